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

/** Parses YYYY-MM-DD or YYYY-MM-DDTHH:MM(:SS) (UTC); null when malformed. */
export function parseIsoInstant(text: string): number | null {
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
