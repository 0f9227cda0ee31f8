/**
 * Splits a digest (several articles under one date line, as newsletters and blog round-ups publish them)
 * into its articles. A new article starts at a headline that follows the previous article's body after more
 * blank lines than separate that body's paragraphs (at least two), and that is followed by a standfirst, a
 * caption or byline, another wide gap, or a widely set-off headline; both sides must carry real body text.
 * A line of asterisks or dashes, or a new date line set off from the body, also starts an article.
 * A normal article, whose subheadings sit at paragraph distance, stays whole.
 *
 * @example
 * splitDigest(splitLines('Title one\n\nStandfirst\n\nBody ...\n\n\n\nTitle two\n\n\nBody ...')) // two groups of lines
 */
import type { Line } from './lines.ts';

/** Body text a part needs on each side of a split, in characters. */
const MIN_BODY = 150;

/** The gap that usually separates paragraphs of body text (the most common one), at least 0. */
export function paragraphGap(lines: readonly Line[]): number {
  const counts = new Map<number, number>();
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.kind === 'body' && lines[i - 1]!.kind === 'body') counts.set(line.gap, (counts.get(line.gap) ?? 0) + 1);
  }
  let best = 1;
  let bestCount = 0;
  for (const [gap, n] of counts) if (n > bestCount || (n === bestCount && gap < best)) [best, bestCount] = [gap, n];
  return best;
}

const opensArticle = (line: Line) => line.kind === 'title' || line.kind === 'date';

/** A line drawn between stories: "***", "* * *", "----", "=====", "###". */
const SEPARATOR_LINE = /^(?:[*\-_=~#•·]\s*){3,}$/u;

/** Groups of consecutive lines, one per article; a single group when the text is one article. */
export function splitDigest(lines: readonly Line[]): Line[][] {
  const p = paragraphGap(lines);
  const wide = Math.max(2, p + 1);
  const isCandidate = (i: number): boolean => {
    const line = lines[i]!;
    if (!opensArticle(line)) return false;
    const previous = lines[i - 1];
    if (previous?.kind === 'junk' && SEPARATOR_LINE.test(previous.text)) return true; // "* * *" between stories
    if (line.kind === 'date' && line.gap > p && i + 1 < lines.length) return true; // each story under its own date line
    if (line.gap < wide) return false;
    let j = i + 1;
    while (j < lines.length && lines[j]!.kind === 'continuation') j++;
    const next = lines[j];
    if (!next) return false;
    // A headline is set off widely, or heads a group (standfirst, byline, caption) before the body;
    // a single line at a wide gap straight above body text is a subheading or an embedded post.
    return line.gap >= p + 2 || next.kind !== 'body';
  };
  // Body characters before each line, so any stretch's body size is one subtraction.
  const bodyBefore = [0];
  for (const line of lines) bodyBefore.push(bodyBefore.at(-1)! + (line.kind === 'body' ? line.end - line.start : 0));
  const bodyBetween = (from: number, to: number): number => bodyBefore[to]! - bodyBefore[from]!;

  const candidates: number[] = [];
  for (let i = 1; i < lines.length; i++) if (isCandidate(i)) candidates.push(i);
  const cuts: number[] = [];
  let segmentStart = 0;
  for (const at of candidates) {
    // A candidate without enough body before it (a standfirst under a headline) joins the current part.
    if (bodyBetween(segmentStart, at) >= MIN_BODY && bodyBetween(at, lines.length) >= MIN_BODY) {
      cuts.push(at);
      segmentStart = at;
    }
  }
  const groups: Line[][] = [];
  let from = 0;
  for (const cut of [...cuts, lines.length]) {
    groups.push(lines.slice(from, cut));
    from = cut;
  }
  return groups;
}
