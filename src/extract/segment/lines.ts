/**
 * Splits a text into its non-blank lines, each with its offsets, the number of blank lines before it and
 * what it looks like (a headline, body text, a photo caption, a byline, page boilerplate, a date line).
 * The digest splitter and the article layout read these; nothing here knows any particular site.
 *
 * @example
 * splitLines('Headline\n\n\nBody text. More.')
 * // [{ start: 0, end: 8, text: 'Headline', gap: 0, kind: 'title' }, { start: 11, ..., gap: 2, kind: 'body' }]
 */
import { readDateLine } from './dateline.ts';
import { BOILERPLATE_PATTERNS, BREADCRUMB_PATTERNS, BYLINE_PATTERN, CAPTION_PATTERNS } from './lexicon.ts';

export type LineKind = 'title' | 'continuation' | 'body' | 'date' | 'caption' | 'byline' | 'boilerplate' | 'breadcrumb' | 'junk';

export interface Line {
  start: number;
  end: number;
  /** The line without surrounding white space (and without a Markdown heading's `#`). */
  text: string;
  /** Blank lines between this line and the previous non-blank one. */
  gap: number;
  kind: LineKind;
  /** A date line that is also a headline: "Department Press Briefing - March 7, 2024". */
  headline?: boolean;
}

/** Kinds that later stages skip: present in the text, but not the article's prose. */
export const SKIPPED_KINDS: ReadonlySet<LineKind> = new Set(['date', 'caption', 'byline', 'boilerplate', 'breadcrumb', 'junk']);

/** Longest line that can be a headline. */
const MAX_TITLE = 160;

function isTitleLike(text: string): boolean {
  if (text.length > MAX_TITLE) return false;
  const core = text.replace(/["'”’»)\]\s]+$/u, '');
  return !/[.,;:…]$/u.test(core) || /\b(?:U\.S|U\.K|U\.N|Jr|Sr|Inc|Co)\.$/u.test(core);
}

/** What a single line looks like, by its own text. `previous` is the kind of the line before it. */
export function classifyLine(text: string, previous: LineKind | null, gap: number): LineKind {
  if (/^!\[[^\]]*\]\([^)]*\)$/u.test(text)) return 'caption'; // Markdown image
  if (CAPTION_PATTERNS.some((re) => re.test(text))) return 'caption';
  if (BOILERPLATE_PATTERNS.some((re) => re.test(text))) return 'boilerplate';
  if (text.length <= 100 && BYLINE_PATTERN.test(text)) return 'byline';
  if (text.length <= 200 && readDateLine(text)) return 'date';
  if (!/\p{L}/u.test(text)) return 'junk';
  if (BREADCRUMB_PATTERNS.some((re) => re.test(text)) && !/[.!?]["”’]?$/u.test(text)) return 'breadcrumb';
  if (/^\p{Ll}/u.test(text)) return (previous === 'title' || previous === 'continuation') && gap <= 1 && text.length <= MAX_TITLE ? 'continuation' : 'body';
  return isTitleLike(text) ? 'title' : 'body';
}

/**
 * The non-blank lines of `text` between `from` and `to`, classified. A Markdown heading ("## Talks resume")
 * is a title line whose `text` drops the hashes; its offsets still cover the whole line.
 */
export function splitLines(text: string, from = 0, to = text.length): Line[] {
  const lines: Line[] = [];
  let gap = 0;
  let pos = from;
  while (pos < to) {
    const nl = text.indexOf('\n', pos);
    const lineEnd = nl < 0 || nl > to ? to : nl;
    const raw = text.slice(pos, lineEnd);
    const trimmed = raw.replace(/^[\s\uFEFF]+/u, '');
    const start = pos + (raw.length - trimmed.length);
    const body = trimmed.trimEnd();
    pos = lineEnd + 1;
    if (!body) {
      if (lines.length) gap++;
      continue;
    }
    const heading = /^#{1,6}\s+(.*?)\s*#*$/u.exec(body);
    const kind: LineKind = heading ? 'title' : classifyLine(body, lines.at(-1)?.kind ?? null, gap);
    const headline = kind === 'date' && readDateLine(body)?.label !== undefined;
    lines.push({ start, end: start + body.length, text: heading ? (heading[1] ?? '') : body, gap, kind, ...(headline ? { headline } : {}) });
    gap = 0;
  }
  return lines;
}
