/**
 * Markdown (`.md`): the text stays verbatim (offsets refer to the file); a YAML-style front matter block
 * gives `title:` and `date:` (or `published:`), else the headline is the first `# Title` or first line and
 * the date comes from the date line. Inline markup is dropped from the title only.
 *
 * @example
 * readMarkdown('notes/talks.md', '---\ntitle: Talks resume\ndate: 2022-01-10\n---\n\nDiplomats met ...')
 * // { articles: [{ title: 'Talks resume', published: '2022-01-10', publishedFrom: { rule: 'front-matter:date', ... } }] }
 */
import { parseDateValue, segmentText } from '../segment/index.ts';
import { buildArticles, type KnownDate, type ReadOptions, type ReadResult } from './build.ts';

interface FrontMatter {
  end: number;
  fields: Map<string, { value: string; start: number; end: number; line: string }>;
}

const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/** The front matter's `key: value` lines (scalars only) and where the block ends. */
export function readFrontMatter(text: string): FrontMatter | null {
  const m = FRONT_MATTER.exec(text);
  if (!m) return null;
  const fields: FrontMatter['fields'] = new Map();
  let pos = text.indexOf('\n') + 1;
  for (const line of (m[1] ?? '').split('\n')) {
    const kv = /^([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$/.exec(line.replace(/\r$/, ''));
    if (kv) {
      const value = (kv[2] ?? '').replace(/^(["'])(.*)\1$/, '$2');
      fields.set((kv[1] ?? '').toLowerCase(), { value, start: pos, end: pos + line.replace(/\r$/, '').length, line: line.replace(/\r$/, '') });
    }
    pos += line.length + 1;
  }
  return { end: m[0].length, fields };
}

/** Markdown inline markup out of a title: links, emphasis, code. */
export function plainInline(s: string): string {
  return s
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|\*|_|`)(.+?)\1/g, '$2')
    .replace(/\s+/g, ' ')
    .trim();
}

export function readMarkdown(source: string, text: string, options: ReadOptions = {}): ReadResult {
  const fm = readFrontMatter(text);
  const warnings: string[] = [];
  let known: KnownDate | undefined;
  const dateField = fm && (fm.fields.get('date') ?? fm.fields.get('published') ?? fm.fields.get('pubdate'));
  if (dateField) {
    const parsed = parseDateValue(dateField.value);
    if (parsed.ok) known = { date: parsed.date, ...(parsed.time ? { time: parsed.time } : {}), provenance: { rule: `front-matter:${parsed.rule}`, text: dateField.line, start: dateField.start, end: dateField.end } };
    else warnings.push(`${source}: front matter date ${parsed.message}; looking for a date line instead`);
  }
  const title = fm?.fields.get('title')?.value;
  const seg = segmentText(text, { from: fm?.end ?? 0, ...(title ? { title } : {}) });
  for (const article of seg.articles) article.title = plainInline(article.title);
  const result = buildArticles(source, text, seg, options, known ? { known } : {});
  return { articles: result.articles, warnings: [...warnings, ...result.warnings] };
}
