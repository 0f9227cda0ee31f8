/**
 * Resolution of partial and relative expressions against the reference day, with tense:
 * weekdays, month names and month-days without a year, "this/last/next <unit>", "N units ago/later".
 *
 * @example resolveWeekday(DateTime.utc(2022, 1, 15), 3, 'past').toISODate() === '2022-01-12' // Wednesday
 */
import type { DateTime } from 'luxon';
import { GRAN_RANK, format, point, shift, weekdayOnOrAfter, weekdayOnOrBefore, type Point, type PointGran } from './calendar.ts';
import type { Tense } from './context.ts';
import { MONTHS, NUMBERS, UNITS } from './lexicon.ts';
import type { Reading, RuleContext } from './rule.ts';

export function monthOf(word: string | undefined): number | undefined {
  return word === undefined ? undefined : MONTHS[word.toLowerCase().replace(/\.$/, '')];
}

/** "twenty-five" -> 25, "a few" -> NaN, "3" -> 3. */
export function numberOf(word: string | undefined): number {
  if (word === undefined) return 1;
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  if (/^\d/.test(w)) return Number(w);
  if (w in NUMBERS) return NUMBERS[w] ?? NaN;
  const parts = w.split(/[\s-]/);
  if (parts.length === 2) return (NUMBERS[parts[0] ?? ''] ?? NaN) + (NUMBERS[parts[1] ?? ''] ?? NaN);
  return NaN;
}

/** "nineteen ninety-seven" -> 1997, "two thousand one" -> 2001, "twenty oh five" -> 2005 (see SPELLED_YEAR). */
export function spelledYear(s: string): number {
  const w = s.toLowerCase().replace(/\s+and\s+/, ' ');
  const rest = (p: string): number => p.replace(/^oh[\s-]+/, '').split(/[\s-]+/).reduce((n, x) => n + (x === 'hundred' ? 0 : NUMBERS[x] ?? 0), 0);
  if (w.startsWith('two thousand')) return 2000 + rest(w.slice(12).trim());
  const m = /^(nineteen|twenty)[\s-]+(.*)$/.exec(w);
  return m ? (m[1] === 'nineteen' ? 1900 : 2000) + rest(m[2] ?? '') : NaN;
}

/** Unit word -> [granularity, TIMEX3 duration letter, multiplier]. */
export function unitOf(word: string): { gran: PointGran | 'hour' | 'minute' | 'second'; letter: string; k: number } {
  const w = word.toLowerCase().replace(/ies$/, 'y').replace(/s$/, '');
  const [letter, k] = UNITS[w] ?? ['D', 1];
  const gran: Record<string, PointGran | 'hour' | 'minute' | 'second'> = {
    S: 'second', TM: 'minute', H: 'hour', D: 'day', W: 'week', M: 'month', Q: 'quarter', Y: 'year', DE: 'decade', CE: 'century', WE: 'weekend',
  };
  return { gran: gran[letter] ?? 'day', letter, k };
}

/** Fractions of a unit are written in the next smaller unit: 2.5 years = P2Y6M, 5.5 hours = PT5H30M. */
const FRACTION_UNIT: Record<string, [string, number]> = { Y: ['M', 12], M: ['D', 30], W: ['D', 7], D: ['TH', 24], H: ['M', 60], TM: ['S', 60] };

/** A TIMEX3 duration value for n units: P3D, PT24H, P2W, PXY, P10Y (decade), P100Y (century). */
export function durationValue(n: number, word: string): string {
  const { letter, k } = unitOf(word);
  const whole = Math.floor(n);
  if (!Number.isNaN(n) && whole !== n && FRACTION_UNIT[letter]) {
    const [sub, per] = FRACTION_UNIT[letter]!;
    const rest = Math.round((n - whole) * per);
    const head = whole > 0 ? durationValue(whole, word) : letter === 'H' || letter === 'TM' ? 'PT' : 'P';
    return head + (head.includes('T') || !sub.startsWith('T') ? '' : 'T') + `${rest}${sub.replace(/^T/, '')}`;
  }
  const q = Number.isNaN(n) ? 'X' : String(n * k);
  switch (letter) {
    case 'S': return `PT${q}S`;
    case 'TM': return `PT${q}M`;
    case 'H': return `PT${q}H`;
    case 'DE': return Number.isNaN(n) ? 'PXDE' : `P${n * 10}Y`;
    case 'CE': return Number.isNaN(n) ? 'PXCE' : `P${n * 100}Y`;
    case 'WE': return `P${Number.isNaN(n) ? 'X' : n * 2}D`;
    default: return `P${q}${letter}`;
  }
}

/** The weekday `wd` nearest the reference in the direction the tense gives (past by default, as news is). */
export function resolveWeekday(ref: DateTime, wd: number, tense: Tense | undefined, pre = ''): DateTime {
  const p = pre.toLowerCase().replace(/\s+/g, ' ');
  if (p === 'next' || p === 'this coming' || p === 'coming') return weekdayOnOrAfter(ref, wd, true);
  if (p === 'last' || p === 'this past' || p === 'past') return weekdayOnOrBefore(ref, wd, true);
  if (p === 'this') return tense === 'past' ? weekdayOnOrBefore(ref, wd) : weekdayOnOrAfter(ref, wd); // "this Friday": the coming one
  return tense === 'future' ? weekdayOnOrAfter(ref, wd) : weekdayOnOrBefore(ref, wd);
}

/**
 * Year for a month (and day) stated without one. News mostly talks about dates near its publication, so the
 * year that puts the date nearest the reference wins; a tense cue moves it to the other side of the
 * reference when that stays within about nine months ("met on May 15" published in January: last May).
 */
export function yearFor(ref: DateTime, month: number, day: number | undefined, tense: Tense | undefined): number {
  const y = ref.year;
  const refDay = Date.UTC(y, ref.month - 1, ref.day) / 864e5;
  // signed distance from the reference in days (month-day) or months (month alone); epoch days keep this cheap
  const dist = (yy: number): number =>
    day === undefined ? (yy - y) * 12 + month - ref.month : Date.UTC(yy, month - 1, Math.min(day, 28)) / 864e5 - refDay;
  const limit = day === undefined ? 11 : 280;
  const cands = [y - 1, y, y + 1].sort((a, b) => Math.abs(dist(a)) - Math.abs(dist(b)));
  const best = cands[0] ?? y;
  const d = dist(best);
  const slack = day === undefined ? 0 : 1; // a day's slack: the publication date may be the next morning's
  if (tense === 'past' && d > slack && -dist(best - 1) <= limit) return best - 1;
  if (tense === 'future' && d < -slack && dist(best + 1) <= limit) return best + 1;
  return best;
}

/** A DATE (or TIME for sub-day points) reading of a resolved point. */
export function reading(p: Point, anchor: 'dct' | 'text' | 'none', tense?: Tense, mod?: string): Reading {
  const type = p.gran === 'time' || p.gran === 'part' ? 'TIME' : 'DATE';
  const r: Reading = { type, value: format(p), point: p, anchor };
  if (tense) r.tense = tense;
  if (mod) r.mod = mod;
  return r;
}

/** The finer of two granularities. */
export function finer(a: PointGran, b: PointGran): PointGran {
  return GRAN_RANK[a] <= GRAN_RANK[b] ? a : b;
}

/**
 * "N units ago/earlier/later": shift the anchor (text) or the reference day (dct). The result keeps the unit's
 * granularity, or the anchor's when that is finer but not a day ("a year earlier" after "the third quarter").
 */
export function shifted(ctx: RuleContext, n: number, unitWord: string, dir: -1 | 1, useAnchor: boolean): Reading | null {
  const u = unitOf(unitWord);
  const a = useAnchor && ctx.anchorToText ? ctx.anchor : null;
  // "a few minutes ago", "two hours ago": the publication day, as its clock is not known; "an hour later" stays
  // a duration (TimeML marks "later" as a signal)
  if (u.gran === 'second' || u.gran === 'minute' || u.gran === 'hour') return useAnchor ? null : reading(point(ctx.dct, 'day'), 'dct', dir < 0 ? 'past' : 'future');
  // "a decade ago" is about a year (1989 in 1999), not the 1980s
  const gran: PointGran = u.gran === 'weekend' ? 'week' : u.gran === 'decade' || u.gran === 'century' ? 'year' : (u.gran as PointGran);
  // "a year ago" in a report on a quarter compares with that quarter a year before; other "ago"s count from
  // the publication day, "later"/"earlier" from the previous date in the text
  const ref = gran === 'year' && n === 1 && ctx.period ? ctx.period : a;
  const ag = ref?.gran;
  const keep = ag !== undefined && GRAN_RANK[ag] < GRAN_RANK[gran] && GRAN_RANK[ag] > GRAN_RANK.week && ag !== 'season';
  const base: Point = keep && ref ? ref : a ?? point(ctx.dct, gran);
  if (Number.isNaN(n)) return { type: 'DATE', value: dir < 0 ? 'PAST_REF' : 'FUTURE_REF', anchor: 'dct' };
  const years = u.gran === 'decade' ? 10 : u.gran === 'century' ? 100 : 1;
  const moved = shift(base, gran, dir * n * u.k * years);
  const g = keep ? (ag as PointGran) : gran;
  const out: Point = { day: moved.day, gran: g };
  return reading(out, a || keep ? 'text' : 'dct', dir < 0 ? 'past' : 'future');
}
