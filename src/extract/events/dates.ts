/**
 * Dates for triggers: each stated time expression of a sentence goes to the nearest trigger; a trigger without
 * one takes its sentence's date when the tenses agree (a past "said" does not take a future "on September 24"),
 * else a "Following the meeting, ..." anchor, else the publication date marked implicit.
 *
 * @example
 * // "Yesterday, Austin returned from a weeklong trip, said Ryder." -> both triggers: yesterday
 */
import { timexInterval, type DateInterval, type Timex } from '../temporal/index.ts';
import type { DateValue } from './types.ts';

// Intervals by TIMEX3 value: news repeats a handful of dates, and computing one is costly (calendar maths).
const intervals = new Map<string, DateInterval | null>();
function cachedInterval(value: string, mod: string | undefined): DateInterval | null {
  const key = `${value}|${mod ?? ''}`;
  let iv = intervals.get(key);
  if (iv === undefined) {
    if (intervals.size > 5000) intervals.clear();
    iv = timexInterval(value, mod);
    intervals.set(key, iv);
  }
  return iv;
}

/** The tagger's explicit interval ("earlier this week" = Monday .. publication day) before the value's own. */
function intervalOf(t: Timex): DateInterval | null {
  return t.interval ?? cachedInterval(t.value, t.mod);
}

/** Time expressions that can date an event: DATE/TIME with a calendar interval (not "now", not durations). */
export function datable(t: Timex): boolean {
  if (t.type !== 'DATE' && t.type !== 'TIME') return false;
  const iv = intervalOf(t);
  return iv !== null && iv.granularity !== 'century' && iv.granularity !== 'decade';
}

export function fromTimex(t: Timex): DateValue {
  const iv = intervalOf(t)!;
  return {
    start: iv.start, end: iv.end, granularity: iv.granularity, timex: t.value, phrase: t.text, implicit: false,
    rule: `timex:${t.rule}`, phraseStart: t.start, phraseEnd: t.end,
  };
}

export function publicationDate(published: string): DateValue {
  return { start: published, end: published, granularity: 'day', timex: published, phrase: '', implicit: true, rule: 'publication' };
}

/** Longest distance (tokens, a comma counts as five) at which a time phrase still dates a trigger. */
const MAX_DISTANCE = 15;
const COMMA_COST = 5;

/**
 * Assign each timex to the nearest compatible trigger; returns trigger index -> timex index. A comma between
 * them costs extra ("the site of the disaster in 1986" does not date the withdrawal before it).
 */
export function assignTimexes(
  triggerSpans: ReadonlyArray<{ first: number; last: number }>,
  timexSpans: ReadonlyArray<{ first: number; last: number }>,
  commasBetween: (a: number, b: number) => number,
  compatible: (trigger: number, timex: number) => boolean,
): Map<number, number> {
  const out = new Map<number, number>();
  timexSpans.forEach((x, ti) => {
    let best = -1;
    let bestDist = Infinity;
    triggerSpans.forEach((t, k) => {
      if (out.has(k) || !compatible(k, ti)) return;
      const d = x.last <= t.first ? t.first - x.last : t.last <= x.first ? x.first - t.last : 0;
      const commas = x.last <= t.first ? commasBetween(x.last, t.first) : commasBetween(t.last, x.first);
      // Ties go to the trigger before the time phrase ("met ... on Wednesday").
      const score = d + COMMA_COST * commas + (x.first >= t.last ? 0 : 0.5);
      if (score < bestDist && score <= MAX_DISTANCE) { bestDist = score; best = k; }
    });
    if (best >= 0) out.set(best, ti);
  });
  return out;
}

const pad = (n: number): string => String(n).padStart(2, '0');
function shiftDay(day: string, days: number, years: number): string {
  const d = new Date(Date.UTC(+day.slice(0, 4) + years, +day.slice(5, 7) - 1, +day.slice(8, 10) + days));
  return `${String(d.getUTCFullYear()).padStart(4, '0')}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/**
 * The future reading of a month or weekday the tagger read as past: "agreed to meet again in May" (published
 * in March) is next May, not last May. Returns null when the phrase names no such relative date.
 */
export function futureReading(t: Timex, value: DateValue, published: string): DateValue | null {
  if (value.end >= published || !/^(?:month|weekday|month-day)(?::past)?$/.test(t.rule)) return null;
  const weekday = t.rule.startsWith('weekday');
  const start = weekday ? shiftDay(value.start, 7, 0) : shiftDay(value.start, 0, 1);
  let end = weekday ? shiftDay(value.end, 7, 0) : shiftDay(value.end, 0, 1);
  if (value.granularity === 'month') end = `${start.slice(0, 8)}${pad(new Date(Date.UTC(+start.slice(0, 4), +start.slice(5, 7), 0)).getUTCDate())}`;
  return { ...value, start, end, timex: weekday ? start : start.slice(0, value.timex.length), rule: `${value.rule}+future-reading` };
}

/**
 * "after a week of high-level talks": a duration right before "of <event>" in a past sentence is the period
 * that ends at the publication date, aligned to its unit (the publication's ISO week for "a week", its month
 * for "a month"). Granularity follows the unit.
 */
export function durationOfPast(t: Timex, published: string): DateValue | null {
  const m = /^P(\d+)([DWM])$/.exec(t.value);
  if (!m) return null;
  const n = Number(m[1]);
  const unit = m[2]!;
  const [y, mo, d] = [+published.slice(0, 4), +published.slice(5, 7), +published.slice(8, 10)];
  let start: string;
  if (unit === 'D') start = shiftDay(published, -(n - 1), 0);
  else if (unit === 'W') {
    const weekday = (new Date(Date.UTC(y, mo - 1, d)).getUTCDay() + 6) % 7;
    start = shiftDay(published, -weekday - 7 * (n - 1), 0);
  } else {
    const back = new Date(Date.UTC(y, mo - 1 - (n - 1), 1));
    start = `${String(back.getUTCFullYear()).padStart(4, '0')}-${pad(back.getUTCMonth() + 1)}-01`;
  }
  const granularity = unit === 'D' ? 'day' : unit === 'W' ? 'week' : 'month';
  return { start, end: published, granularity, timex: t.value, phrase: t.text, implicit: false, rule: 'duration-of:past', phraseStart: t.start, phraseEnd: t.end };
}
