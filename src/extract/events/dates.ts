/**
 * Dates for triggers: each stated time expression of a sentence goes to the nearest trigger; a trigger without
 * one takes its sentence's date when the tenses agree (a past "said" does not take a future "on September 24"),
 * else a "Following the meeting, ..." anchor, else the publication date marked implicit.
 *
 * @example
 * // "Yesterday, Austin returned from a weeklong trip, said Ryder." -> both triggers: yesterday
 */
import type { DateTime } from 'luxon';
import { addDays, addMonths, endOfUnit, parseDay, startOfUnit } from '../temporal/calendar.ts';
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
 * them costs extra ("the site of the disaster in 1986" does not date the withdrawal before it). The closest
 * pairs are matched first, so a time phrase does not take a trigger that a closer phrase dates better
 * ("handed over the dam last week under a deal signed in March 2025": "signed" takes March 2025, and "last
 * week" the handover).
 */
export function assignTimexes(
  triggerSpans: ReadonlyArray<{ first: number; last: number }>,
  timexSpans: ReadonlyArray<{ first: number; last: number }>,
  commasBetween: (a: number, b: number) => number,
  compatible: (trigger: number, timex: number) => boolean,
  penalty: (trigger: number, timex: number) => number = () => 0,
  /** Tokens between two positions that an appositive sets aside (", the head of the army,"): not counted. */
  setAside: (a: number, b: number) => number = () => 0,
): Map<number, number> {
  const pairs: { k: number; ti: number; score: number }[] = [];
  timexSpans.forEach((x, ti) => {
    triggerSpans.forEach((t, k) => {
      if (!compatible(k, ti)) return;
      const d = x.last <= t.first ? t.first - x.last - setAside(x.last, t.first) : t.last <= x.first ? x.first - t.last - setAside(t.last, x.first) : 0;
      const commas = x.last <= t.first ? commasBetween(x.last, t.first) : commasBetween(t.last, x.first);
      // Ties go to the trigger before the time phrase ("met ... on Wednesday").
      const score = d + COMMA_COST * commas + (x.first >= t.last ? 0 : 0.5) + penalty(k, ti);
      if (score <= MAX_DISTANCE) pairs.push({ k, ti, score });
    });
  });
  // Stable: equal scores keep text order (earlier time phrase, then earlier trigger).
  pairs.sort((a, b) => a.score - b.score);
  const out = new Map<number, number>();
  const used = new Set<number>();
  for (const p of pairs) {
    if (out.has(p.k) || used.has(p.ti)) continue;
    out.set(p.k, p.ti);
    used.add(p.ti);
  }
  return out;
}

const iso = (d: DateTime): string => d.toISODate() ?? '';

/**
 * The future reading of a month or weekday the tagger read as past: "agreed to meet again in May" (published
 * in March) is next May, not last May. Returns null when the phrase names no such relative date.
 */
export function futureReading(t: Timex, value: DateValue, published: string): DateValue | null {
  if (value.end >= published || !/^(?:month|weekday|month-day)(?::past)?$/.test(t.rule)) return null;
  const weekday = t.rule.startsWith('weekday');
  // A weekday a week on, a month or day a year on (calendar maths shared with the tagger).
  const later = (day: string) => iso(weekday ? addDays(parseDay(day), 7) : addMonths(parseDay(day), 12));
  const start = later(value.start);
  const end = value.granularity === 'month' ? iso(endOfUnit(parseDay(start), 'month')) : later(value.end);
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
  const day = parseDay(published);
  const start = iso(unit === 'D' ? addDays(day, -(n - 1))
    : unit === 'W' ? addDays(startOfUnit(day, 'week'), -7 * (n - 1))
    : addMonths(startOfUnit(day, 'month'), -(n - 1)));
  const granularity = unit === 'D' ? 'day' : unit === 'W' ? 'week' : 'month';
  return { start, end: published, granularity, timex: t.value, phrase: t.text, implicit: false, rule: 'duration-of:past', phraseStart: t.start, phraseEnd: t.end };
}
