/**
 * Calendar points: a day plus the granularity a time expression states, formatted as TIMEX3 values.
 * All date arithmetic goes through Luxon in UTC (dates here are calendar days, not instants).
 *
 * @example format(point('2022-01-15', 'week')) === '2022-W02'; format(shift(point('2022-01-15','month'), 'month', -1)) === '2021-12'
 */
import { DateTime } from 'luxon';

export type PointGran = 'time' | 'part' | 'day' | 'weekend' | 'week' | 'month' | 'quarter' | 'half' | 'season' | 'year' | 'decade' | 'century';

/** A resolved date: a representative day inside it and the granularity the text supports. */
export interface Point {
  day: DateTime;
  gran: PointGran;
  /** Time-of-day code (MO, AF, EV, NI) when gran is part; `HH:MM` when gran is time. */
  clock?: string;
}

/** Granularity order, finest first: used to decide which of two granularities is finer. */
export const GRAN_RANK: Record<PointGran, number> = {
  time: 0, part: 1, day: 2, weekend: 3, week: 4, month: 5, quarter: 6, half: 7, season: 7, year: 8, decade: 9, century: 10,
};

/**
 * `DateTime.utc(y, m, d)`, shared: Luxon builds each DateTime through its option and zone machinery (a visible
 * share of tagging), while a news text names the same few days again and again. DateTimes are immutable, so
 * one instance per day is safe. The cache is emptied when full so memory stays flat over any corpus.
 */
export function utcDay(y: number, m: number, d: number): DateTime {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d) || m < 1 || m > 12 || d < 1 || d > 31) return DateTime.utc(y, m, d);
  const key = y * 10000 + m * 100 + d;
  let dt = DAYS.get(key);
  if (!dt) {
    if (DAYS.size >= DAY_CACHE_SIZE) DAYS.clear();
    dt = DateTime.utc(y, m, d);
    DAYS.set(key, dt);
  }
  return dt;
}
const DAY_CACHE_SIZE = 4096;
const DAYS = new Map<number, DateTime>();

/** `DateTime.fromMillis(ms, { zone: 'utc' })`, shared the same way (every `addDays` goes through it). */
function utcMillis(ms: number): DateTime {
  let dt = INSTANTS.get(ms);
  if (!dt) {
    if (INSTANTS.size >= DAY_CACHE_SIZE) INSTANTS.clear();
    dt = DateTime.fromMillis(ms, { zone: 'utc' });
    INSTANTS.set(ms, dt);
  }
  return dt;
}
const INSTANTS = new Map<number, DateTime>();

export function parseDay(iso: string): DateTime {
  const m = /^(-?\d{4})-(\d{2})-(\d{2})/.exec(iso);
  const d = m ? utcDay(+m[1]!, +m[2]!, +m[3]!) : DateTime.invalid('not YYYY-MM-DD');
  if (!d.isValid) throw new Error(`invalid reference date: ${iso}`);
  return d;
}

/**
 * Day and month steps. Luxon's `plus` builds a Duration per call (tens of microseconds); these go through epoch
 * milliseconds and `DateTime.utc`, ten times cheaper, which matters at one call per expression.
 */
export function addDays(d: DateTime, n: number): DateTime {
  return n === 0 ? d : utcMillis(d.toMillis() + n * 864e5);
}

/** `n` calendar months later, the day clamped to the month's length (Jan 31 + 1 month = Feb 28). */
export function addMonths(d: DateTime, n: number): DateTime {
  if (n === 0) return d;
  const total = d.year * 12 + d.month - 1 + n;
  const y = Math.floor(total / 12);
  const m = total - y * 12 + 1;
  const first = utcDay(y, m, 1);
  return utcDay(y, m, Math.min(d.day, first.daysInMonth ?? 28));
}

/** First day of the week (ISO, Monday), month, quarter or year containing `d`. */
export function startOfUnit(d: DateTime, unit: 'week' | 'month' | 'quarter' | 'year'): DateTime {
  if (unit === 'week') return addDays(d, 1 - d.weekday);
  if (unit === 'month') return utcDay(d.year, d.month, 1);
  if (unit === 'quarter') return utcDay(d.year, d.quarter * 3 - 2, 1);
  return utcDay(d.year, 1, 1);
}

/** Last day of the week, month, quarter or year containing `d`. */
export function endOfUnit(d: DateTime, unit: 'week' | 'month' | 'quarter' | 'year'): DateTime {
  const start = startOfUnit(d, unit);
  if (unit === 'week') return addDays(start, 6);
  return addDays(addMonths(start, unit === 'month' ? 1 : unit === 'quarter' ? 3 : 12), -1);
}

export function ymd(y: number, m: number, d: number): DateTime | null {
  const dt = utcDay(y, m, d);
  return dt.isValid ? dt : null;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
const year4 = (y: number): string => (y < 0 ? '-' + pad(-y, 4) : pad(y, 4));

/**
 * Meteorological seasons (northern hemisphere). Winter is labelled with the year of its January:
 * `1998-WI` runs from December 1997 to February 1998. Seasons are numbered year * 4 + order so that
 * "last summer" is arithmetic.
 */
export const SEASON_CODES = ['WI', 'SP', 'SU', 'FA'] as const;

export function seasonIndex(day: DateTime): number {
  const m = day.month;
  return m === 12 ? (day.year + 1) * 4 : day.year * 4 + Math.floor(m / 3);
}

/** First day of the season with the given index. */
export function seasonStart(index: number): DateTime {
  const year = Math.floor(index / 4);
  const ord = index - year * 4;
  return ord === 0 ? utcDay(year - 1, 12, 1) : utcDay(year, ord * 3, 1);
}

export function seasonOf(day: DateTime): { year: number; code: string } {
  const i = seasonIndex(day);
  return { year: Math.floor(i / 4), code: SEASON_CODES[i % 4] ?? 'WI' };
}

/** The TIMEX3 value of a point. */
export function format(p: Point): string {
  const d = p.day;
  switch (p.gran) {
    case 'time': return `${d.toISODate()}T${p.clock ?? '00:00'}`;
    case 'part': return `${d.toISODate()}T${p.clock ?? 'DT'}`;
    case 'day': return d.toISODate() ?? '';
    case 'weekend': return `${year4(d.weekYear)}-W${pad(d.weekNumber)}-WE`;
    case 'week': return `${year4(d.weekYear)}-W${pad(d.weekNumber)}`;
    case 'month': return `${year4(d.year)}-${pad(d.month)}`;
    case 'quarter': return `${year4(d.year)}-Q${d.quarter}`;
    case 'half': return `${year4(d.year)}-H${d.month <= 6 ? 1 : 2}`;
    case 'season': return `${year4(seasonOf(d).year)}-${seasonOf(d).code}`;
    case 'year': return year4(d.year);
    case 'decade': return year4(d.year).slice(0, 3);
    case 'century': return year4(d.year).slice(0, 2);
  }
}

const UNIT_OF: Record<string, string> = {
  day: 'days', week: 'weeks', weekend: 'weeks', month: 'months', quarter: 'quarters', year: 'years',
  decade: 'years', century: 'years', season: 'months', half: 'months', time: 'hours', part: 'days',
};
const UNIT_FACTOR: Record<string, number> = { decade: 10, century: 100, season: 3, half: 6 };

/** Move a point by n units of `unit` (a granularity name), keeping the point's own granularity. */
export function shift(p: Point, unit: PointGran | 'hour' | 'minute', n: number): Point {
  if (unit === 'hour' || unit === 'minute') return { ...p, day: p.day.plus({ [unit + 's']: n }) };
  const key = UNIT_OF[unit] ?? 'days';
  const k = n * (UNIT_FACTOR[unit] ?? 1);
  if (key === 'days') return { ...p, day: addDays(p.day, k) };
  if (key === 'weeks') return { ...p, day: addDays(p.day, 7 * k) };
  if (key === 'months') return { ...p, day: addMonths(p.day, k) };
  if (key === 'quarters') return { ...p, day: addMonths(p.day, 3 * k) };
  if (key === 'years') return { ...p, day: addMonths(p.day, 12 * k) };
  return { ...p, day: p.day.plus({ [key]: k }) };
}

/** The point of granularity `gran` that contains `day`. */
export function point(day: DateTime | string, gran: PointGran, extra: Partial<Point> = {}): Point {
  const d = typeof day === 'string' ? parseDay(day) : day;
  return { day: d, gran, ...extra };
}

/** Latest day with ISO weekday `wd` on or before `ref` (strictly before when `strict`). */
export function weekdayOnOrBefore(ref: DateTime, wd: number, strict = false): DateTime {
  let back = (ref.weekday - wd + 7) % 7;
  if (strict && back === 0) back = 7;
  return addDays(ref, -back);
}

/** First day with ISO weekday `wd` on or after `ref` (strictly after when `strict`). */
export function weekdayOnOrAfter(ref: DateTime, wd: number, strict = false): DateTime {
  let fwd = (wd - ref.weekday + 7) % 7;
  if (strict && fwd === 0) fwd = 7;
  return addDays(ref, fwd);
}
