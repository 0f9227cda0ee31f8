/**
 * The publication date of an article, read from its date line: the short line near the top that is only a
 * date (with a weekday, a time, "Published on", a byline after a bar), or the dateline that opens the first
 * sentence of a wire story ("WASHINGTON, Jan. 5 (Reuters) -"). Numeric dates are read by the usual
 * conventions: ISO year-month-day, dotted day.month.year, and for slashes the field above 12 decides; when
 * neither does, the date is reported as ambiguous rather than guessed.
 *
 * @example
 * findPublicationDate('Saturday, January 15, 2022\n\nHeadline\n\nBody ...')
 * // { ok: true, date: '2022-01-15', provenance: { rule: 'date-line:month-day-year', text: 'Saturday, January 15, 2022', start: 0, end: 26 }, ... }
 * findPublicationDate('05/06/2022\n\nHeadline') // { ok: false, reason: 'ambiguous', message: '"05/06/2022" can be 5 June or May 6 ...' }
 */
import type { Provenance } from '../../model/schema.ts';
import { DATELINE_FILLER, MONTHS, WEEKDAYS } from './lexicon.ts';

export type DateFailure = 'missing' | 'ambiguous' | 'no-year' | 'invalid';

export type PublicationDate =
  | { ok: true; date: string; time?: string; warning?: string; provenance: Provenance & { start: number; end: number; text: string } }
  | { ok: false; reason: DateFailure; message: string; provenance?: Provenance; monthDay?: { month: number; day: number } };

/** A date expression found inside a string; offsets are relative to that string. */
export interface DateMatch {
  start: number;
  end: number;
  rule: string;
  /** The date when the expression fixes one; `readings` when it is ambiguous (day/month order). */
  date?: string;
  time?: string;
  readings?: [string, string];
  problem?: 'ambiguous' | 'invalid';
  /** Set when the line names a weekday that is not the date's ("Friday, January 15, 2022"). */
  weekdayMismatch?: string;
}

const monthAlt = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');
const weekdayAlt = Object.keys(WEEKDAYS).sort((a, b) => b.length - a.length).join('|');
const WD = `(?:(?:${weekdayAlt})\\.?,?\\s+)?`;

/** The date patterns, earliest match in a line wins. Each names the rule recorded in provenance. */
const PATTERNS: ReadonlyArray<{ rule: string; re: RegExp }> = [
  // (A word start that may follow Markdown's "_": "_29 September 2025_".)
  { rule: 'month-day-year', re: new RegExp(`(?<![A-Za-z0-9])${WD}(${monthAlt})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`, 'gi') },
  { rule: 'day-month-year', re: new RegExp(`(?<![A-Za-z0-9])${WD}(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+|[-/])(?:of\\s+)?(${monthAlt})\\.?,?(?:\\s+|[-/])(\\d{4})(?!\\d)`, 'gi') },
  { rule: 'iso', re: /(?<![\d./-])(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(?![\d/-]|\.\d)/g },
  { rule: 'numeric-dotted', re: /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d|\.\d)/g },
  { rule: 'numeric', re: /(?<![\d/-])(\d{1,2})([/-])(\d{1,2})\2(\d{4})(?![\d/-])/g },
];

const FOUR_DIGITS = /\d{4}/;
// ("19h05": the hour mark of French, Portuguese and Spanish style.)
const TIME_RE = /(?<![\d.:])(\d{1,2})(?:[:.h](\d{2})(?::\d{2})?)?\s*(?:([ap])\.?\s*m\b\.?)?(?![\d:])/gi;
const MONTH_NAMES = ['', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const WEEKDAY_NAMES = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** ISO weekday (Monday 1 .. Sunday 7) of a YYYY-MM-DD day, by arithmetic (no Date, no clock). */
export function isoWeekday(day: string): number {
  const [y0 = 0, m = 1, d = 1] = day.split('-').map(Number);
  const y = m < 3 ? y0 - 1 : y0;
  const offsets = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
  const sundayZero = (y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) + (offsets[m - 1] ?? 0) + d) % 7;
  return sundayZero === 0 ? 7 : sundayZero;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** `YYYY-MM-DD` when year, month and day make a real calendar day (years 1900-2199), else null. */
export function calendarDay(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2199 || month < 1 || month > 12 || day < 1) return null;
  const days = [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= (days[month - 1] ?? 0) ? `${year}-${pad(month)}-${pad(day)}` : null;
}

function describe(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return `${d} ${MONTH_NAMES[m ?? 0]} ${y}`;
}

/** Reads two numeric fields whose order is unknown: the one above 12 is the day. */
function numericReadings(a: number, b: number, year: number, dottedDayFirst: boolean): Omit<DateMatch, 'start' | 'end' | 'rule'> & { order?: string } {
  const dmy = calendarDay(year, b, a);
  const mdy = calendarDay(year, a, b);
  if (dmy && mdy && dmy !== mdy) {
    if (dottedDayFirst) return { date: dmy, order: 'dmy' };
    return { problem: 'ambiguous', readings: [dmy, mdy] };
  }
  if (dmy) return { date: dmy, order: 'dmy' };
  if (mdy) return { date: mdy, order: 'mdy' };
  return { problem: 'invalid' };
}

function readMatch(rule: string, m: RegExpExecArray): DateMatch {
  const base = { start: m.index, end: m.index + m[0].length };
  const num = (i: number) => Number(m[i]);
  if (rule === 'month-day-year' || rule === 'day-month-year') {
    const [monthWord, day] = rule === 'month-day-year' ? [m[1], num(2)] : [m[2], num(1)];
    const date = calendarDay(num(3), MONTHS[(monthWord ?? '').toLowerCase()] ?? 0, day);
    if (!date) return { ...base, rule, problem: 'invalid' };
    const named = WEEKDAYS[(/^\p{L}+/u.exec(m[0])?.[0] ?? '').toLowerCase()];
    const actual = isoWeekday(date);
    return named && named !== actual
      ? { ...base, rule, date, weekdayMismatch: `the date line names a ${WEEKDAY_NAMES[named]}, but ${describe(date)} is a ${WEEKDAY_NAMES[actual]}; the date is used` }
      : { ...base, rule, date };
  }
  if (rule === 'iso') {
    const date = calendarDay(num(1), num(3), num(4));
    if (!date) return { ...base, rule, problem: 'invalid' };
    return m[5] ? { ...base, rule: 'iso-datetime', date, time: `${m[5]}:${m[6]}` } : { ...base, rule, date };
  }
  const dotted = rule === 'numeric-dotted';
  const [a, b, y] = dotted ? [num(1), num(2), num(3)] : [num(1), num(3), num(4)];
  const { order, ...reading } = numericReadings(a, b, y, dotted);
  return { ...base, rule: order ? `${rule}-${order}` : rule, ...reading };
}

/**
 * The first date with a year in `s` (the earliest start; the longest on a tie).
 * @example findDate('Published on 21/01/2022 at 18:30') // { start: 13, end: 23, rule: 'numeric-dmy', date: '2022-01-21' }
 */
export function findDate(s: string): DateMatch | null {
  // Every pattern needs a four-digit year: most lines of prose have none, and skip five regexes.
  if (!FOUR_DIGITS.test(s)) return null;
  let best: DateMatch | null = null;
  for (const { rule, re } of PATTERNS) {
    re.lastIndex = 0;
    const m = re.exec(s);
    if (!m) continue;
    if (!best || m.index < best.start || (m.index === best.start && m.index + m[0].length > best.end)) best = readMatch(rule, m);
  }
  return best;
}

/** A time of day next to a date ("at 18:30", "– 5:35 pm", "2:10 P.M."), as HH:MM, or undefined. */
function findTime(s: string): string | undefined {
  TIME_RE.lastIndex = 0;
  for (let m = TIME_RE.exec(s); m; m = TIME_RE.exec(s)) {
    if (!m[2] && !m[3]) continue; // a bare number is not a time
    let hour = Number(m[1]);
    const minute = Number(m[2] ?? 0);
    if (m[3]) {
      if (hour < 1 || hour > 12) continue;
      hour = (hour % 12) + (m[3].toLowerCase() === 'p' ? 12 : 0);
    }
    if (hour < 24 && minute < 60) return `${pad(hour)}:${pad(minute)}`;
  }
  return undefined;
}

const FILLER = new Set([...DATELINE_FILLER, ...Object.keys(WEEKDAYS)]);
// (after the emphasis that closes around the date: "*Published 29 September 2025* | By the desk")
const SEPARATOR_START = /^\s*[*_]*\s*(?:[|–—•·]|-+\s|\/\s|by\s)/i;
const LEADING_TIME = /^\s*,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[ap]\.?m\b\.?)?(?:\s*(?:GMT|UTC|[A-Z]{2,4}T))?(?:\s*[+-]\d{1,2}(?::?\d{2})?)?/i;
// What may stand before the date on a date line: a place or label set off by a comma, dash or bar
// ("BRUSSELS, ", "Washington, D.C. — ", "Readout | ", "By Jane Doe | "), or "Posted by Jane Doe on ".
const PREFIXES: readonly RegExp[] = [
  /^\s*[\p{Lu}\p{N}][\p{L}\p{N}.'’ ,&/#№]{0,60}?\s*(?:,|[–—|•·]|-)\s*$/u,
  /^\s*(?:(?:posted|published|written|updated)\s+)?by\s+\p{L}[\p{L}.'’ -]{0,40}?\s+on\s*$/iu,
];

/** Words left in a fragment of a date line once times, separators and filler words are removed. */
function leftoverWords(s: string): string[] {
  const noTimes = s
    .replace(/(?:\b(?:GMT|UTC))?[+-]\d{2}:?\d{2}\b|\b(?:GMT|UTC)[+-]\d{1,2}\b/giu, ' ') // "+0100", "UTC+3"
    .replace(TIME_RE, (t, _h, min, ampm) => (min || ampm ? ' ' : t));
  return noTimes
    .split(/[\s|–—\-,:;·•/()[\]*_]+/)
    .map((w) => w.toLowerCase().replace(/\.$/, ''))
    .filter((w) => w && !FILLER.has(w) && !FILLER.has(`${w}.`));
}

/** Maximum length of a date line; longer lines are sentences. */
const MAX_DATE_LINE = 200;

/**
 * Reads `line` as a date line: a date, with nothing around it but filler ("Published on", weekday, time,
 * time zone), a place or label set off before it ("BRUSSELS, 15 January 2022") or anything after a separator
 * ("Aug. 1, 2023 | By C. Todd Lopez , DOD News"). Returns null for a sentence that merely contains a date.
 */
export function readDateLine(line: string): (DateMatch & { prefixed?: boolean; label?: string }) | null {
  if (line.length > MAX_DATE_LINE) return null;
  const found = findDate(line);
  if (!found) return null;
  const prefix = line.slice(0, found.start);
  const suffix = line.slice(found.end);
  const leftover = leftoverWords(prefix);
  const prefixed = leftover.length > 0;
  if (prefixed && !PREFIXES.some((re) => re.test(prefix))) return null;
  const after = leftoverWords(suffix);
  // A time may stand between the date and the separator: "15.9.2026 14.05 | Prime Minister's Office".
  if (after.length > 0 && !SEPARATOR_START.test(suffix.replace(LEADING_TIME, ''))) return null;
  // "Washington, March 3, 2022 - The company said it would ..." is a sentence that opens with a dateline.
  // After a bar the rest is a label however long ("| Press service of the Ministry of Foreign Affairs of ..."),
  // unless it ends as a sentence does.
  const barred = /^\s*[*_]*\s*[|•·]/u.test(suffix.replace(LEADING_TIME, ''));
  if (after.length > (barred ? 24 : 8) || (after.length >= 4 && /[.!?]["”’]?\s*$/u.test(suffix))) return null;
  const match = byWeekday(found, prefix);
  const time = match.time ?? findTime(suffix.split(/[|]/)[0] ?? '') ?? findTime(prefix);
  // "Department Press Briefing - March 7, 2024": words before a dash or bar make a headline that carries its date.
  // A place ("Washington, D.C. —") has a comma or fewer words; a byline starts with "By".
  const labelText = prefix.replace(/\s*[–—|-]\s*$/u, '').trim();
  const isLabel = labelText !== prefix.trim() && leftover.length >= 2 && labelText.split(/\s+/).length >= 3 && !labelText.includes(',') && !/^(?:by|posted|published|updated)\b/iu.test(labelText);
  const label = isLabel ? labelText : undefined;
  return { ...match, ...(time ? { time } : {}), ...(prefixed ? { prefixed } : {}), ...(label ? { label } : {}) };
}

/**
 * An ambiguous numeric date decided by the weekday written before it: "Monday 11/03/2024" is 11 March
 * (3 November 2024 is a Sunday). Other matches pass through unchanged.
 */
function byWeekday(match: DateMatch, prefix: string): DateMatch {
  if (match.problem !== 'ambiguous' || !match.readings) return match;
  const named = WEEKDAYS[(/(\p{L}+)\.?,?\s*$/u.exec(prefix)?.[1] ?? '').toLowerCase()];
  const fitting = match.readings.filter((d) => isoWeekday(d) === named);
  if (!named || fitting.length !== 1) return match;
  const order = fitting[0] === match.readings[0] ? 'dmy' : 'mdy';
  return { start: match.start, end: match.end, rule: `${match.rule}-${order}-by-weekday`, date: fitting[0]! };
}

// "WASHINGTON, Jan. 5 (Reuters) -", "KYIV, Ukraine, March 3, 2022 (AP) —", "GENEVA, 10 January 2022 -",
// "GENEVA (15 January 2022) –", "MOSCOW, January 15. /TASS/.".
const PLACE = String.raw`\p{Lu}[\p{L}.'’ -]{1,40}?(?:,\s*\p{Lu}[\p{L}.'’ -]{1,30}?)?`;
const SENTENCE_DATELINE = new RegExp(
  String.raw`^\s*(?:(${PLACE})\s*(?:\([^)]{1,40}\))?[,.]?\s+)?\(?(?:(\p{L}{3,9})\.?\s+(\d{1,2})|(\d{1,2})\s+(\p{L}{3,9})\.?)(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?\)?(?:\s*(\([^)]{1,40}\)|\/[^/\s]{1,30}\/)?\s*[-–—:]+|\.\s*(\/[^/\s]{1,30}\/)\.?)(?:\s|$)`,
  'u',
);

/** The dateline that opens a wire story's first sentence; `date` needs the year, else `problem: 'no-year'`. */
export function readSentenceDateline(line: string): { end: number; date?: string; monthDay: string; month: number; day: number; rule: string } | null {
  const m = /\d/.test(line) ? SENTENCE_DATELINE.exec(line) : null;
  if (!m) return null;
  const [, place, monthA, dayA, dayB, monthB, year, agency, wire] = m;
  if (!place && !agency && !wire) return null; // "Jan 5 - ..." alone could be a list item
  // Wire style writes the place in capitals; a mixed-case place needs the year to count ("Geneva, 10 January 2022 -").
  if (!year && !agency && !wire && place !== place?.toUpperCase()) return null;
  const month = MONTHS[(monthA ?? monthB ?? '').toLowerCase()];
  const day = Number(dayA ?? dayB);
  if (!month) return null;
  const end = m[0].trimEnd().length;
  const monthDay = `${MONTH_NAMES[month]} ${day}`;
  if (!year) return calendarDay(2000, month, day) ? { end, monthDay, month, day, rule: 'first-sentence-dateline' } : null;
  const date = calendarDay(Number(year), month, day);
  return date ? { end, date, monthDay, month, day, rule: 'first-sentence-dateline' } : null;
}

export interface FindOptions {
  /** Where to start looking (a digest part, a body after front matter). Default 0. */
  from?: number;
  /** How many non-blank lines to look at. Default 12. */
  maxLines?: number;
}

/**
 * The publication date of the text starting at `from`: the first date line among the first lines, else a
 * dated first-sentence dateline. Offsets in the provenance refer to `text`.
 */
export function findPublicationDate(text: string, options: FindOptions = {}): PublicationDate {
  const maxLines = options.maxLines ?? 12;
  let failure: PublicationDate | null = null;
  let seen = 0;
  let pos = options.from ?? 0;
  while (pos < text.length && seen < maxLines) {
    const nl = text.indexOf('\n', pos);
    const lineEnd = nl < 0 ? text.length : nl;
    const raw = text.slice(pos, lineEnd);
    const lead = raw.length - raw.replace(/^[\s\uFEFF]+/, '').length;
    const line = raw.trim().replace(/^\uFEFF/, '');
    const start = pos + lead;
    const here = { text: line, start, end: start + line.length };
    pos = lineEnd + 1;
    if (!line) continue;
    seen++;
    const dl = readDateLine(line);
    if (dl?.date) {
      const rule = `date-line:${dl.rule}${dl.prefixed ? ':prefixed' : ''}`;
      return { ok: true, date: dl.date, ...(dl.time ? { time: dl.time } : {}), ...(dl.weekdayMismatch ? { warning: dl.weekdayMismatch } : {}), provenance: { rule, ...here } };
    }
    if (dl && !failure) {
      const what = `"${line.slice(dl.start, dl.end)}"`;
      failure = dl.problem === 'ambiguous' && dl.readings
        ? { ok: false, reason: 'ambiguous', message: `the date line ${what} can be ${describe(dl.readings[0])} or ${describe(dl.readings[1])}`, provenance: { rule: `date-line:${dl.rule}`, ...here } }
        : { ok: false, reason: 'invalid', message: `the date line ${what} is not a calendar date`, provenance: { rule: `date-line:${dl.rule}`, ...here } };
    }
    const sd = readSentenceDateline(line);
    if (sd?.date) return { ok: true, date: sd.date, provenance: { rule: sd.rule, text: line.slice(0, sd.end), start, end: start + sd.end } };
    if (sd && !failure) {
      failure = { ok: false, reason: 'no-year', message: `the dateline "${line.slice(0, sd.end)}" gives ${sd.monthDay} without a year`, provenance: { rule: sd.rule, text: line.slice(0, sd.end), start, end: start + sd.end }, monthDay: { month: sd.month, day: sd.day } };
    }
  }
  return failure ?? lastLinesDate(text, options.from ?? 0) ?? looseDateLine(text, options.from ?? 0)
    ?? { ok: false, reason: 'missing', message: `no date line found (looked at the first ${maxLines} and last ${END_LINES} lines)` };
}

/** How many lines at the start a loosely read date line may be on, and how long it may be. */
const LOOSE_LINES = 3;
const LOOSE_LENGTH = 160;
/** What marks a line as the article's metadata rather than a headline: a publishing word, a byline, a separator. */
const LOOSE_CUE = /\b(?:published|posted|updated|issued|released|date|dated|press release|by)\b|[|·•]/iu;

/**
 * The last resort before an article is skipped as undated: a full calendar date on one of its first short lines,
 * whatever words stand around it ("Published 14/08/2024 19h05 by the Press Office"), when that line reads as no
 * sentence and names itself metadata (a publishing word, a byline, a separator). The warning says so; the rule ends
 * in ":loose".
 */
function looseDateLine(text: string, from: number): PublicationDate | null {
  let pos = from;
  for (let seen = 0; pos < text.length && seen < LOOSE_LINES; ) {
    const nl = text.indexOf('\n', pos);
    const lineEnd = nl < 0 ? text.length : nl;
    const raw = text.slice(pos, lineEnd);
    const line = raw.trim();
    const start = pos + raw.indexOf(line);
    pos = lineEnd + 1;
    if (!line) continue;
    seen++;
    if (line.length > LOOSE_LENGTH || /[.!?]["”’*_]*$/u.test(line) || !LOOSE_CUE.test(line)) continue;
    const found = findDate(line);
    if (!found?.date) continue;
    return {
      ok: true, date: found.date, warning: `read the date in "${line}" loosely (no date line of a known style was found)`,
      provenance: { rule: `date-line:${found.rule}:loose`, text: line, start, end: start + line.length },
    };
  }
  return null;
}

/** How many lines at the end of a text may hold its date line ("Published 3 March 2022" under the body). */
const END_LINES = 3;

/** A date line among the last lines, for pages that print the date under the article. */
function lastLinesDate(text: string, from: number): PublicationDate | null {
  let end = text.length;
  for (let seen = 0; end > from && seen < END_LINES; ) {
    const nl = text.lastIndexOf('\n', end - 1);
    const lineStart = Math.max(nl + 1, from);
    const raw = text.slice(lineStart, end);
    end = nl < from ? from : nl;
    const line = raw.trim();
    if (!line) continue;
    seen++;
    const dl = readDateLine(line);
    if (dl?.date) {
      const start = lineStart + raw.indexOf(line);
      return { ok: true, date: dl.date, ...(dl.time ? { time: dl.time } : {}), provenance: { rule: `date-line:${dl.rule}:end`, text: line, start, end: start + line.length } };
    }
  }
  return null;
}

/**
 * Reads a date given on its own (a `--published` option, a front matter `date:`, a meta tag, a JSON Lines
 * `published` field): any of the date-line styles, with nothing else around it but a time.
 * @example parseDateValue('2022-01-15T18:30:00Z') // { ok: true, date: '2022-01-15', time: '18:30', rule: 'iso-datetime' }
 */
export function parseDateValue(value: string): { ok: true; date: string; time?: string; rule: string } | { ok: false; message: string } {
  const dl = readDateLine(value.trim());
  if (dl?.date) return { ok: true, date: dl.date, ...(dl.time ? { time: dl.time } : {}), rule: dl.rule };
  if (dl?.problem === 'ambiguous' && dl.readings) return { ok: false, message: `"${value}" can be ${describe(dl.readings[0])} or ${describe(dl.readings[1])}` };
  return { ok: false, message: `"${value}" is not a date (expected YYYY-MM-DD)` };
}
