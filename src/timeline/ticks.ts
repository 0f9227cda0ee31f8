/**
 * Axis tick choice: the finest calendar step (hours to millennia) whose ticks stay at least `minPx` apart,
 * ticks aligned to calendar boundaries in UTC, labelled with Luxon in the reader's locale. A tick that starts
 * a larger unit (a new day, month or year) is "major" and says so in its label.
 *
 * @example
 * chooseTickStep(365 * DAY_MS, 1200)  // { unit: 'month', step: 1 }
 * ticks(Date.UTC(2022, 0, 1), Date.UTC(2022, 3, 1), { unit: 'month', step: 1 }, 'en-GB').map((t) => t.label)
 * // ['2022', 'Feb', 'Mar', 'Apr']  (January is major: it names the year)
 */
import { DateTime } from 'luxon';

export type TickUnit = 'hour' | 'day' | 'week' | 'month' | 'year';
export interface TickStep { unit: TickUnit; step: number }
export interface Tick { ms: number; label: string; major: boolean }

const HOUR = 3_600_000, DAY = 24 * HOUR;
const APPROX: Record<TickUnit, number> = { hour: HOUR, day: DAY, week: 7 * DAY, month: 30.44 * DAY, year: 365.25 * DAY };

export const TICK_STEPS: readonly TickStep[] = [
  { unit: 'hour', step: 1 }, { unit: 'hour', step: 3 }, { unit: 'hour', step: 6 }, { unit: 'hour', step: 12 },
  { unit: 'day', step: 1 }, { unit: 'day', step: 2 }, { unit: 'week', step: 1 }, { unit: 'month', step: 1 },
  { unit: 'month', step: 3 }, { unit: 'month', step: 6 }, { unit: 'year', step: 1 }, { unit: 'year', step: 2 },
  { unit: 'year', step: 5 }, { unit: 'year', step: 10 }, { unit: 'year', step: 20 }, { unit: 'year', step: 50 },
  { unit: 'year', step: 100 }, { unit: 'year', step: 500 }, { unit: 'year', step: 1000 },
];

export function stepMs(s: TickStep): number {
  return APPROX[s.unit] * s.step;
}

/** The finest step whose ticks are at least `minPx` apart on a `widthPx` axis spanning `spanMs`. */
export function chooseTickStep(spanMs: number, widthPx: number, minPx = 90): TickStep {
  for (const s of TICK_STEPS) if ((stepMs(s) / spanMs) * widthPx >= minPx) return s;
  return TICK_STEPS[TICK_STEPS.length - 1]!;
}

function align(dt: DateTime, s: TickStep): DateTime {
  switch (s.unit) {
    case 'hour': return dt.startOf('hour').set({ hour: Math.floor(dt.hour / s.step) * s.step });
    case 'day': return dt.startOf('day');
    case 'week': return dt.startOf('week');
    case 'month': return dt.startOf('month').set({ month: Math.floor((dt.month - 1) / s.step) * s.step + 1 });
    case 'year': return dt.startOf('year').set({ year: Math.floor(dt.year / s.step) * s.step });
  }
}

function isMajor(dt: DateTime, s: TickStep): boolean {
  switch (s.unit) {
    case 'hour': return dt.hour === 0;
    case 'day': case 'week': return dt.day <= (s.unit === 'week' ? 7 : s.step) && (dt.day === 1 || s.unit === 'week');
    case 'month': return dt.month === 1;
    case 'year': return false;
  }
}

/** `context`: the first tick also names the larger unit ("Dec 2021", "12 Jan 18:00") so the axis reads alone. */
export function formatTick(dt: DateTime, s: TickStep, major: boolean, context = false): string {
  if (context && !major) {
    switch (s.unit) {
      case 'hour': return `${dt.toLocaleString({ day: 'numeric', month: 'short' })} ${dt.toLocaleString({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })}`;
      case 'day': case 'week': return dt.toLocaleString({ day: 'numeric', month: 'short', year: 'numeric' });
      case 'month': return dt.toLocaleString({ month: 'short', year: 'numeric' });
      case 'year': return String(dt.year);
    }
  }
  switch (s.unit) {
    case 'hour': return major ? dt.toLocaleString({ day: 'numeric', month: 'short' }) : dt.toLocaleString({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    case 'day': case 'week':
      return major && dt.month === 1 && dt.day <= 7 ? dt.toLocaleString({ day: 'numeric', month: 'short', year: 'numeric' }) : dt.toLocaleString({ day: 'numeric', month: 'short' });
    case 'month': return major ? String(dt.year) : dt.toLocaleString({ month: 'short' });
    case 'year': return String(dt.year);
  }
}

/** Ticks inside [start, end], at most 200. */
export function ticks(start: number, end: number, s: TickStep, locale?: string): Tick[] {
  const out: Tick[] = [];
  let dt = align(DateTime.fromMillis(start, { zone: 'utc', locale }), s);
  if (s.unit === 'week' && dt.toMillis() < start) dt = dt.plus({ weeks: 1 });
  while (dt.toMillis() < start) dt = dt.plus({ [s.unit + 's']: s.step });
  for (let i = 0; i < 200 && dt.toMillis() <= end; i++) {
    const major = isMajor(dt, s);
    out.push({ ms: dt.toMillis(), label: formatTick(dt, s, major, i === 0), major });
    dt = dt.plus({ [s.unit + 's']: s.step });
  }
  return out;
}
