/**
 * Calendar instants as epoch milliseconds in UTC. Timeline dates are calendar dates (no zone), so the
 * viewer reads and draws them in UTC and says so on the axis.
 *
 * @example
 * parseIsoInstant('2022-01-12')        // 1641945600000
 * eventInterval({ start: '2022-01-10', end: '2022-01-16' }) // [10 Jan 00:00, 17 Jan 00:00)
 */
export const DAY_MS = 86_400_000;
export const HOUR_MS = 3_600_000;

const ISO = /^(-?\d{4,6})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?Z?$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const digit = (text: string, i: number) => text.charCodeAt(i) - 48;

/**
 * The common case, a plain YYYY-MM-DD from year 100 on, read digit by digit (a document of 100,000 events
 * has 200,000 dates); anything else returns undefined and takes the general path.
 */
function parsePlainDay(text: string): number | null | undefined {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return undefined;
  for (let i = 0; i < 10; i++) {
    const d = digit(text, i);
    if (i !== 4 && i !== 7 && (d < 0 || d > 9)) return undefined;
  }
  const y = digit(text, 0) * 1000 + digit(text, 1) * 100 + digit(text, 2) * 10 + digit(text, 3);
  if (y < 100) return undefined;
  const month = digit(text, 5) * 10 + digit(text, 6), day = digit(text, 8) * 10 + digit(text, 9);
  if (month < 1 || month > 12 || day < 1) return null;
  const leap = month === 2 && (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0));
  if (day > DAYS_IN_MONTH[month - 1]! + (leap ? 1 : 0)) return null;
  return daysFromCivil(y, month, day) * DAY_MS;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil), without a Date. */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Parses YYYY-MM-DD or YYYY-MM-DDTHH:MM(:SS) (UTC); null when malformed. */
export function parseIsoInstant(text: string): number | null {
  const plain = parsePlainDay(text);
  if (plain !== undefined) return plain;
  const m = ISO.exec(text.trim());
  if (!m) return null;
  const [, y, mo, d, h, mi, s] = m;
  const month = Number(mo), day = Number(d), hour = Number(h ?? 0), minute = Number(mi ?? 0), second = Number(s ?? 0);
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) return null;
  const date = new Date(0);
  date.setUTCFullYear(Number(y), month - 1, day);
  date.setUTCHours(hour, minute, second, 0);
  if (date.getUTCDate() !== day) return null;
  return date.getTime();
}

export function hasTime(text: string): boolean {
  return text.includes('T');
}

/**
 * The half-open interval [start, end) an event's date covers. Date-only ends are inclusive days, so the end
 * moves to the next midnight; a datetime end equal to its start becomes a one-hour interval.
 */
export function eventInterval(when: { start: string; end: string }): [number, number] {
  const start = parseIsoInstant(when.start) ?? 0;
  let end = parseIsoInstant(when.end) ?? start;
  if (!hasTime(when.end)) end += DAY_MS;
  if (end <= start) end = start + (hasTime(when.start) ? HOUR_MS : DAY_MS);
  return [start, end];
}

/** Formats an instant for the URL: a plain date at midnight, else minutes precision. */
export function formatIsoInstant(ms: number): string {
  const d = new Date(Math.round(ms / 60_000) * 60_000);
  const y = d.getUTCFullYear();
  const year = y < 0 ? '-' + String(-y).padStart(4, '0') : String(y).padStart(4, '0');
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${year}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  if (d.getUTCHours() === 0 && d.getUTCMinutes() === 0) return day;
  return `${day}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}
