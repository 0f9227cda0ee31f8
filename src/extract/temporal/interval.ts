/**
 * TIMEX3 value -> calendar interval (both ends inclusive) with the granularity the value states. ISO weeks
 * run Monday to Sunday; a weekend (`-WE`) is Saturday..Sunday at day granularity; seasons are meteorological
 * (`2022-WI` = 2021-12-01..2022-02-28). START / MID / END narrow the interval to its first, middle or last third.
 *
 * @example timexInterval('2022-W02') -> { start: '2022-01-10', end: '2022-01-16', granularity: 'week' }
 */
import { DateTime } from 'luxon';
import type { Granularity } from '../../model/schema.ts';
import { SEASON_CODES, addDays, addMonths, endOfUnit, seasonStart, utcDay } from './calendar.ts';
import type { DateInterval, Timex } from './types.ts';

const iso = (d: DateTime): string => d.toISODate() ?? '';
const span = (s: DateTime, e: DateTime, granularity: Granularity): DateInterval => ({ start: iso(s), end: iso(e), granularity });

function narrow(iv: DateInterval, mod: string | undefined): DateInterval {
  if (!mod || !/^(START|MID|END)$/.test(mod) || iv.granularity === 'day') return iv;
  const s = DateTime.fromISO(iv.start, { zone: 'utc' });
  const days = DateTime.fromISO(iv.end, { zone: 'utc' }).diff(s, 'days').days + 1;
  const third = Math.max(1, Math.floor(days / 3));
  const from = mod === 'START' ? 0 : mod === 'MID' ? third : days - third;
  return { ...iv, start: iso(addDays(s, from)), end: iso(addDays(s, from + third - 1)) };
}

function parse(value: string): DateInterval | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$/.exec(value);
  if (m) {
    const d = utcDay(+m[1]!, +m[2]!, +m[3]!);
    return d.isValid ? span(d, d, 'day') : null;
  }
  m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(value);
  if (m) {
    const mon = DateTime.fromObject({ weekYear: +m[1]!, weekNumber: +m[2]!, weekday: 1 }, { zone: 'utc' });
    if (!mon.isValid) return null;
    return m[3] ? span(addDays(mon, 5), addDays(mon, 6), 'day') : span(mon, addDays(mon, 6), 'week');
  }
  // a month written out, or some unstated day of it ("that same day" in October: 1998-10-XX)
  m = /^(\d{4})-(\d{2})(?:-XX)?$/.exec(value);
  if (m) {
    const d = utcDay(+m[1]!, +m[2]!, 1);
    return d.isValid ? span(d, endOfUnit(d, 'month'), 'month') : null;
  }
  m = /^(\d{4})-(Q[1-4]|H[12])$/.exec(value);
  if (m) {
    const n = +m[2]!.slice(1);
    const len = m[2]!.startsWith('Q') ? 3 : 6;
    const d = utcDay(+m[1]!, (n - 1) * len + 1, 1);
    return span(d, addDays(addMonths(d, len), -1), 'quarter');
  }
  m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value);
  if (m) {
    const s = seasonStart(+m[1]! * 4 + SEASON_CODES.indexOf(m[2] as 'WI'));
    return span(s, addDays(addMonths(s, 3), -1), 'season');
  }
  m = /^(\d{2,4})$/.exec(value);
  if (m) {
    const k = 10 ** (4 - m[1]!.length);
    const y = +m[1]! * k;
    const g: Granularity = k === 1 ? 'year' : k === 10 ? 'decade' : 'century';
    return span(utcDay(y, 1, 1), utcDay(y + k - 1, 12, 31), g);
  }
  return null;
}

/** The interval of a TIMEX3 value, or null for durations, sets and vague references (`P3D`, `PRESENT_REF`). */
export function timexInterval(value: string, mod?: string): DateInterval | null {
  const iv = parse(value);
  return iv ? narrow(iv, mod) : null;
}

/** The interval a tagged expression stands for: its explicit `interval` ("earlier this week") or its value's. */
export function intervalOf(t: Pick<Timex, 'value' | 'mod' | 'interval'>): DateInterval | null {
  return t.interval ?? timexInterval(t.value, t.mod);
}
