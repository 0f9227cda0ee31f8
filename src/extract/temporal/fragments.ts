/**
 * Regular-expression fragments built once from the lexicon. Every fragment is linear: alternations of
 * literal words and bounded digit runs, no nested quantifiers, so the combined scanner stays O(n).
 *
 * @example new RegExp(`${MONTH}\\s*${DAY}`, 'i').test('Jan. 15') === true
 */
import { NUMBERS, WEEKDAYS } from './lexicon.ts';

const alt = (words: string[]): string =>
  words.sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|');

export const MONTH_FULL = '(?:january|february|march|april|may|june|july|august|september|october|november|december)';
export const MONTH_ABBR = '(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)';
/** A month name or abbreviation (with optional full stop); the word must end there. */
export const MONTH = `(?:${MONTH_FULL}\\b|${MONTH_ABBR}\\b\\.?)`;
export const WEEKDAY = `(?:${alt(Object.keys(WEEKDAYS))})\\b`;
/**
 * A weekday before a date, also abbreviated as wire copy and web pages write it ("Tue., Jan. 18", "Sat, 15 Jan
 * 2022"); the named group lets a rule check that it is capitalised ("he sat, Jan. 15" is no weekday).
 */
export const WEEKDAY_PREFIX = `(?<wdp>${WEEKDAY}|(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)(?:\\.|(?=,)))`;
/** Day of month 1-31 with optional ordinal suffix. */
export const DAY = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\\b';
/** A four-digit year 1000-2199 not followed by another digit. */
export const YEAR = '(?:1\\d|20|21)\\d\\d(?!\\d)';
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const ONES = 'one|two|three|four|five|six|seven|eight|nine';
const TEENS = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
/** A year written out as broadcast transcripts do, after a month or season: "nineteen ninety-seven", "two thousand one". */
export const SPELLED_YEAR = `(?:(?:nineteen|twenty)[\\s-]+(?:(?:${TENS})(?:[\\s-](?:${ONES}))?|${TEENS}|hundred|oh[\\s-]+(?:${ONES}))|two\\s+thousand(?:\\s+(?:and\\s+)?(?:${ONES}|${TEENS}))?)\\b`;
/** A cardinal: digits, "twenty-five", "a few", "several", "a"... */
export const NUM = `(?:\\d{1,4}(?:\\.\\d{1,2})?|(?:${TENS})[\\s-](?:${ONES})\\b|(?:${alt(Object.keys(NUMBERS))})\\b)`;
/** Calendar units, singular or plural. */
export const UNIT = '(?:seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|quarters?|years?|decades?|centur(?:y|ies))\\b';
export const SEASON = '(?:spring|summer|fall|autumn|winter)\\b';
export const PART = '(?:morning|afternoon|evening|night)\\b';
/** Hedges kept inside the extent, as TimeML does ("nearly four years ago"). */
export const APPROX = '(?:about|nearly|almost|some|more\\s+than|over|around|roughly|at\\s+least|less\\s+than|up\\s+to|only|just|approximately|under)';
/** A half of a month: "the second half of June" is June with mod END. */
export const HALF_OF = '(?:the\\s+)?(?:first|second|latter)\\s+half\\s+of';
/** Modifiers of a period ("early 2014", "mid-March", "the end of last year"). */
export const PERIOD_MOD = '(?:early|earlier|late|later|mid-?|the\\s+(?:end|beginning|start|middle|close)\\s+of|end\\s+of|(?:the\\s+)?turn\\s+of\\s+the)';
