/**
 * JSON Lines (`.jsonl`), for large batches: one article per line as `{id, title, published, text, url}`.
 * `text` is required; `published` (any date-line style) else the text's date line; `title` else the
 * headline found in the text. A malformed line is reported as `file:line` and skipped; the rest go on.
 * Each record's `source` is its `url`, else `file#id`: offsets refer to the record's text, not the file.
 *
 * @example
 * readJsonl('batch.jsonl', '{"id":"a1","title":"Talks","published":"2022-01-10","text":"Diplomats met ..."}\n')
 * // { articles: [{ id: 'a1', title: 'Talks', published: '2022-01-10', source: 'batch.jsonl#a1', ... }], warnings: [] }
 */
import { parseDateValue, segmentText } from '../segment/index.ts';
import { buildArticles, slugId, type KnownDate, type ReadOptions, type ReadResult } from './build.ts';

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v : typeof v === 'number' ? String(v) : undefined);

export function readJsonl(source: string, content: string, options: ReadOptions = {}): ReadResult {
  const result: ReadResult = { articles: [], warnings: [] };
  const lines = content.split('\n');
  for (const [i, raw] of lines.entries()) {
    const line = raw.trim();
    if (!line) continue;
    const where = `${source}:${i + 1}`;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch (error) {
      result.warnings.push(`${where}: not valid JSON (${(error as Error).message}); line skipped`);
      continue;
    }
    if (!record || typeof record !== 'object' || Array.isArray(record)) {
      result.warnings.push(`${where}: expected an object {id, title, published, text, url}; line skipped`);
      continue;
    }
    const r = record as Record<string, unknown>;
    const text = str(r['text']);
    if (!text) {
      result.warnings.push(`${where}: no "text"; line skipped`);
      continue;
    }
    const id = str(r['id']);
    const url = str(r['url']);
    let known: KnownDate | undefined;
    const published = str(r['published']);
    if (published) {
      const parsed = parseDateValue(published);
      if (!parsed.ok) {
        result.warnings.push(`${where}: "published" ${parsed.message}; line skipped`);
        continue;
      }
      known = { date: parsed.date, ...(parsed.time ? { time: parsed.time } : {}), provenance: { rule: `jsonl:published:${parsed.rule}`, text: published } };
    }
    const title = str(r['title']);
    const seg = segmentText(text, { split: false, ...(title ? { title } : {}) });
    const recordSource = url ?? `${source}#${id ?? i + 1}`;
    const built = buildArticles(recordSource, text, seg, options, {
      ...(known ? { known } : {}),
      ...(url ? { url } : {}),
      idBase: id ? slugId(id, false) : `${slugId(source)}-${i + 1}`,
    });
    result.articles.push(...built.articles);
    result.warnings.push(...built.warnings.map((w) => `${where}: ${w.slice(recordSource.length + 2)}`));
  }
  return result;
}
