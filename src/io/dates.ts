/**
 * Partial calendar dates as people type them in spreadsheets and other timeline tools ("2022", "2022-01",
 * "2022-01-15", "2022-01-15T10:30") turned into Dateline's inclusive day interval with its granularity, and
 * back. Pure calendar arithmetic on UTC fields: no clock, no time zone.
 *
 * @example
 * parsePartialDate('2022-02')   // { start: '2022-02-01', end: '2022-02-28', granularity: 'month' }
 * parsePartialDate('31/01/2022') // null (only ISO order is accepted: day/month order is ambiguous)
 */
import type { Granularity } from '../model/schema.ts';

export interface DateParts {
  year: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
}

export interface PartialInterval {
  start: string;
  end: string;
  granularity: Granularity;
}

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

function isoYear(year: number): string {
  return (year < 0 ? '-' : '') + pad(year, 4);
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : MONTH_DAYS[month - 1] ?? 31;
}

/** Formats parts as an ISO day (or day and time when an hour is given). */
export function formatParts(p: DateParts): string {
  const day = `${isoYear(p.year)}-${pad(p.month ?? 1)}-${pad(p.day ?? 1)}`;
  return p.hour === undefined ? day : `${day}T${pad(p.hour)}:${pad(p.minute ?? 0)}`;
}

/** Checks ranges (month 1-12, a day that exists in its month, hour 0-23, minute 0-59). */
export function validParts(p: DateParts): boolean {
  if (!Number.isInteger(p.year) || Math.abs(p.year) > 9999) return false;
  if (p.month !== undefined && !(Number.isInteger(p.month) && p.month >= 1 && p.month <= 12)) return false;
  if (p.day !== undefined && (p.month === undefined || !Number.isInteger(p.day) || p.day < 1 || p.day > daysInMonth(p.year, p.month))) return false;
  if (p.hour !== undefined && (p.day === undefined || !Number.isInteger(p.hour) || p.hour < 0 || p.hour > 23)) return false;
  if (p.minute !== undefined && (p.hour === undefined || !Number.isInteger(p.minute) || p.minute < 0 || p.minute > 59)) return false;
  return true;
}

/** The inclusive interval the parts stand for: a month runs from its first to its last day. */
export function partsToInterval(p: DateParts): PartialInterval {
  if (p.hour !== undefined) {
    const at = formatParts(p);
    return { start: at, end: at, granularity: 'hour' };
  }
  if (p.day !== undefined) {
    const at = formatParts(p);
    return { start: at, end: at, granularity: 'day' };
  }
  if (p.month !== undefined) {
    return {
      start: formatParts({ year: p.year, month: p.month, day: 1 }),
      end: formatParts({ year: p.year, month: p.month, day: daysInMonth(p.year, p.month) }),
      granularity: 'month',
    };
  }
  return { start: formatParts({ year: p.year, month: 1, day: 1 }), end: formatParts({ year: p.year, month: 12, day: 31 }), granularity: 'year' };
}

const PARTIAL = /^(-?\d{1,4})(?:-(\d{1,2})(?:-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

/** Reads an ISO-ordered partial date; null when it is not one or names a day that does not exist. */
export function parsePartialDateParts(text: string): DateParts | null {
  const m = PARTIAL.exec(text.trim());
  if (!m) return null;
  const parts: DateParts = { year: Number(m[1]) };
  if (m[2] !== undefined) parts.month = Number(m[2]);
  if (m[3] !== undefined) parts.day = Number(m[3]);
  if (m[4] !== undefined) { parts.hour = Number(m[4]); parts.minute = Number(m[5]); }
  return validParts(parts) ? parts : null;
}

export function parsePartialDate(text: string): PartialInterval | null {
  const parts = parsePartialDateParts(text);
  return parts ? partsToInterval(parts) : null;
}

/** Splits a Dateline day ("2022-01-15" or "2022-01-15T10:30") into numeric parts. */
export function isoToParts(iso: string): DateParts | null {
  return parsePartialDateParts(iso);
}
