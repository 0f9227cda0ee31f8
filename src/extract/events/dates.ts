/**
 * Dates for triggers: each stated time expression of a sentence goes to the nearest trigger; a trigger without
 * one takes its sentence's date when the tenses agree (a past "said" does not take a future "on September 24"),
 * else a "Following the meeting, ..." anchor, else the publication date marked implicit.
 *
 * @example
 * // "Yesterday, Austin returned from a weeklong trip, said Ryder." -> both triggers: yesterday
 */
import { timexInterval, type Timex } from '../temporal/index.ts';
import type { DateValue } from './types.ts';

/** Time expressions that can date an event: DATE/TIME with a calendar interval (not "now", not durations). */
export function datable(t: Timex): boolean {
  return (t.type === 'DATE' || t.type === 'TIME') && timexInterval(t.value, t.mod) !== null;
}

export function fromTimex(t: Timex): DateValue {
  const iv = timexInterval(t.value, t.mod)!;
  return {
    start: iv.start, end: iv.end, granularity: iv.granularity, timex: t.value, phrase: t.text, implicit: false,
    rule: `timex:${t.rule}`, phraseStart: t.start, phraseEnd: t.end,
  };
}

export function publicationDate(published: string): DateValue {
  return { start: published, end: published, granularity: 'day', timex: published, phrase: '', implicit: true, rule: 'publication' };
}

/** Assign each timex to the trigger nearest to it (by token distance); returns trigger index -> timex. */
export function assignTimexes(triggerSpans: ReadonlyArray<{ first: number; last: number }>, timexSpans: ReadonlyArray<{ first: number; last: number }>): Map<number, number> {
  const out = new Map<number, number>();
  timexSpans.forEach((x, ti) => {
    let best = -1;
    let bestDist = Infinity;
    triggerSpans.forEach((t, k) => {
      const d = x.last <= t.first ? t.first - x.last : t.last <= x.first ? x.first - t.last : 0;
      // Ties go to the trigger before the time phrase ("met ... on Wednesday").
      const score = d + (x.first >= t.last ? 0 : 0.5);
      if (score < bestDist) { bestDist = score; best = k; }
    });
    if (best >= 0 && !out.has(best)) out.set(best, ti);
  });
  return out;
}
