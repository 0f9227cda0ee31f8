/**
 * Dates as people read them, by granularity (Luxon, the reader's locale, UTC calendar dates).
 *
 * @example
 * formatWhen({ start: '2022-01-12', end: '2022-01-12', granularity: 'day' }, 'en-GB')            // 'Wed 12 Jan 2022'
 * formatWhen({ start: '2022-01-10', end: '2022-01-16', granularity: 'week' }, 'en-GB')           // 'week of Mon 10 Jan 2022'
 * dateInWords({ start: '2022-01-12', end: '2022-01-12', granularity: 'day' }, 'en-GB')           // 'Wednesday 12 January 2022'
 */
import { DateTime } from 'luxon';
import type { When } from '../model/schema.ts';
import { parseIsoInstant, hasTime } from './time.ts';

type WhenLike = Pick<When, 'start' | 'end' | 'granularity'>;

function dt(iso: string, locale?: string): DateTime {
  return DateTime.fromMillis(parseIsoInstant(iso) ?? 0, { zone: 'utc', locale });
}

function describe(w: WhenLike, locale: string | undefined, long: boolean): string {
  const s = dt(w.start, locale);
  const e = dt(w.end, locale);
  const day = long
    ? { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' } as const
    : { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' } as const;
  switch (w.granularity) {
    case 'hour': {
      const time = s.toLocaleString({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
      return `${s.toLocaleString(day)}, ${time} UTC`;
    }
    case 'day': {
      const text = s.toLocaleString(day);
      if (hasTime(w.start)) return `${text}, ${s.toLocaleString({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })} UTC`;
      return w.end !== w.start && e > s ? `${text} to ${e.toLocaleString(day)}` : text;
    }
    case 'week': return `${long ? 'the week of' : 'week of'} ${s.toLocaleString(day)}`;
    case 'month': return s.toLocaleString({ month: long ? 'long' : 'short', year: 'numeric' });
    case 'quarter': return `Q${s.quarter} ${s.year}`;
    case 'season': return `${s.toLocaleString({ month: 'short' })}–${e.toLocaleString({ month: 'short', year: 'numeric' })}`;
    case 'year': return String(s.year);
    case 'decade': return `the ${Math.floor(s.year / 10) * 10}s`;
    case 'century': return `the ${Math.floor(s.year / 100) + 1}th century`;
  }
}

/** Short form for labels, the panel and the table: "Wed 12 Jan 2022", "Dec 2021", "week of Mon 10 Jan 2022". */
export function formatWhen(w: WhenLike, locale?: string): string {
  return describe(w, locale, false);
}

/** Long form for ARIA labels: "Wednesday 12 January 2022". */
export function dateInWords(w: WhenLike, locale?: string): string {
  return describe(w, locale, true);
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** "12 Jan 2022" in UTC; one cached Intl formatter per locale, cheap enough for every frame. */
export function formatDayMs(ms: number, locale?: string): string {
  const key = locale ?? '';
  let f = dayFormats.get(key);
  if (!f) dayFormats.set(key, (f = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })));
  return Number.isFinite(ms) && Math.abs(ms) < 8.64e15 ? f.format(ms) : '';
}

/** A range for the date-range control and ARIA: "12 Jan 2022 – 3 Mar 2022". */
export function formatRange(start: number, end: number, locale?: string): string {
  return `${formatDayMs(start, locale)} – ${formatDayMs(end, locale)}`;
}

export function formatDay(iso: string, locale?: string): string {
  return dt(iso, locale).toLocaleString({ day: 'numeric', month: 'short', year: 'numeric' });
}

/**
 * A label cut to `max` characters with an ellipsis, for names drawn where they cannot wrap (lane headers).
 * @example clipLabel('A'.repeat(60), 40) // 'AAAA…' (40 characters)
 */
export function clipLabel(s: string, max = 40): string {
  return s.length <= max ? s : `${s.slice(0, max - 1).trimEnd()}…`;
}
