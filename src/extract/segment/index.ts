/**
 * Segmentation: a text in, its articles out (one, or several for a digest), each with its headline, its
 * span and the spans later stages skip (captions, bylines, boilerplate, date lines), plus the publication
 * date read from the date line. Offsets refer to the text as given, which is never changed.
 *
 * @example
 * const { date, articles } = segmentText('Saturday, January 15, 2022\n\nHeadline\n\nBody text ...');
 * // date.ok && date.date === '2022-01-15'; articles[0].title === 'Headline'
 */
import { findPublicationDate, type PublicationDate } from './dateline.ts';
import { splitDigest } from './digest.ts';
import { SKIPPED_KINDS, splitLines, type Line } from './lines.ts';

export { findPublicationDate, parseDateValue, readDateLine, calendarDay, type PublicationDate } from './dateline.ts';

export interface Span {
  start: number;
  end: number;
}

export interface SegmentedArticle {
  title: string;
  headline?: Span;
  span: Span;
  skip: Span[];
  /** The part's own date line, in a digest whose articles carry one each. */
  date?: PublicationDate;
}

export interface Segmentation {
  /** The text's publication date (its first date line). */
  date: PublicationDate;
  articles: SegmentedArticle[];
}

export interface SegmentOptions {
  /** Split digests into their articles (default true); false keeps the text one article. */
  split?: boolean;
  /** Where the article text starts (after front matter). Default 0. */
  from?: number;
  /** A title known from elsewhere (front matter, HTML meta): used instead of the first title line. */
  title?: string;
}

const MAX_FALLBACK_TITLE = 100;

/** A title from the first sentence of body text, for an article without a headline line. */
export function titleFromBody(text: string): string {
  // The title is cut at MAX_FALLBACK_TITLE characters, so a long paragraph needs only its opening squashed.
  const head = text.length > 20 * MAX_FALLBACK_TITLE ? text.slice(0, 20 * MAX_FALLBACK_TITLE) : text;
  const squashed = head.replace(/\s+/gu, ' ').trim();
  const sentence = /^.+?[.!?](?=\s|$)/u.exec(squashed)?.[0] ?? squashed;
  if (sentence.length <= MAX_FALLBACK_TITLE) return sentence;
  const cut = sentence.slice(0, MAX_FALLBACK_TITLE);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 40)).trimEnd()}…`;
}

/** Headline, span and skipped spans of one article's lines. */
export function layoutArticle(text: string, lines: readonly Line[], knownTitle?: string): SegmentedArticle | null {
  const firstBody = lines.findIndex((l) => l.kind === 'body');
  if (firstBody < 0) return withUnpunctuatedBody(text, lines, knownTitle);
  const prefixEnd = firstBody;
  let headline: Span | undefined;
  let title = '';
  const titleAt = lines.findIndex((l, i) => i < prefixEnd && (l.kind === 'title' || l.headline === true));
  let startLine = firstBody;
  if (titleAt >= 0) {
    const first = lines[titleAt]!;
    let last = titleAt;
    while (lines[last + 1]?.kind === 'continuation') last++;
    headline = { start: first.start, end: lines[last]!.end };
    title = lines.slice(titleAt, last + 1).map((l) => l.text).join(' ');
    startLine = titleAt;
  }
  let lastBody = lines.length - 1;
  while (lastBody > firstBody && lines[lastBody]!.kind !== 'body') lastBody--;
  const span = { start: lines[startLine]!.start, end: lines[lastBody]!.end };
  const skip = lines
    .filter((l, i) => i >= startLine && i <= lastBody && SKIPPED_KINDS.has(l.kind) && !(headline && l.start >= headline.start && l.end <= headline.end))
    .map((l) => ({ start: l.start, end: l.end }));
  const ownDate = lines.slice(0, prefixEnd).find((l) => l.kind === 'date');
  return {
    title: (knownTitle ?? title).replace(/\s+/gu, ' ').trim() || titleFromBody(text.slice(lines[firstBody]!.start, lines[firstBody]!.end)),
    ...(headline ? { headline } : {}),
    span,
    skip,
    ...(ownDate ? { date: findPublicationDate(text.slice(0, ownDate.end), { from: ownDate.start, maxLines: 1 }) } : {}),
  };
}

/**
 * An article whose paragraphs lack final stops (notes, lists, social posts): every title-like line after the
 * headline is read as body. Null when there is nothing after the headline.
 */
function withUnpunctuatedBody(text: string, lines: readonly Line[], knownTitle?: string): SegmentedArticle | null {
  const firstTitle = lines.findIndex((l) => l.kind === 'title');
  if (firstTitle < 0) return null;
  let after = firstTitle + 1;
  while (lines[after]?.kind === 'continuation') after++;
  const promoted = lines.map((l, i): Line => (i >= after && (l.kind === 'title' || l.kind === 'continuation') ? { ...l, kind: 'body' } : l));
  return promoted.some((l) => l.kind === 'body') ? layoutArticle(text, promoted, knownTitle) : null;
}

/** Finds the date, splits a digest and lays out each article. Texts without body text give no articles. */
export function segmentText(text: string, options: SegmentOptions = {}): Segmentation {
  const from = options.from ?? 0;
  const date = findPublicationDate(text, { from });
  const lines = splitLines(text, from);
  const groups = options.split === false ? [lines] : splitDigest(lines);
  const articles: SegmentedArticle[] = [];
  for (const group of groups) {
    const article = layoutArticle(text, group, groups.length === 1 ? options.title : undefined);
    if (article) articles.push(article);
  }
  return { date, articles };
}
