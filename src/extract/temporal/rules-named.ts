/**
 * Years and decades written out, as broadcast transcripts do ("nineteen ninety-six", "the year two
 * thousand", "the nineties"), and named holidays ("Thanksgiving Day", "last Christmas", "Election Day").
 *
 * @example "in nineteen ninety-one" -> 1991; "Thanksgiving Day" published 2000-01-07 -> 1999-11-25
 */
import type { DateTime } from 'luxon';
import { addDays, endOfUnit, point, weekdayOnOrAfter, weekdayOnOrBefore, ymd } from './calendar.ts';
import { prevWord } from './context.ts';
import { HOLIDAYS, NUMBERS } from './lexicon.ts';
import { reading, yearFor } from './resolve.ts';
import type { Rule, RuleContext } from './rule.ts';

const ONES = 'one|two|three|four|five|six|seven|eight|nine';
const TEENS = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const DECADES: Record<string, number> = { twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9 };

/** "ninety-six" -> 96, "oh five" -> 5, "hundred" -> 0. */
function twoDigits(s: string): number {
  const w = s.toLowerCase().replace(/^oh[\s-]+/, '');
  if (w === 'hundred') return 0;
  return w.split(/[\s-]+/).reduce((n, p) => n + (NUMBERS[p] ?? 0), 0);
}

/** Date of a holiday in a given year from its table entry. */
function holidayIn(spec: string, year: number): DateTime | null {
  const easter = /^E([+-]\d+)/.exec(spec);
  if (easter) return addDays(easterSunday(year), Number(easter[1]));
  const fixed = /^(\d\d)-(\d\d)$/.exec(spec);
  if (fixed) return ymd(year, +fixed[1]!, +fixed[2]!);
  const nth = /^(\d\d)(?:-(\d\d))?:(\d):(-?\d)$/.exec(spec);
  if (!nth) return null;
  const [month, from, wd, n] = [+nth[1]!, nth[2] ? +nth[2] : 1, +nth[3]!, +nth[4]!];
  if (n < 0) return weekdayOnOrBefore(endOfUnit(ymd(year, month, 1)!, 'month'), wd);
  return addDays(weekdayOnOrAfter(ymd(year, month, from)!, wd), 7 * (n - 1));
}

/** Western Easter Sunday of a year (the anonymous Gregorian computus). */
export function easterSunday(year: number): DateTime {
  const a = year % 19, b = Math.floor(year / 100), c = year % 100, d = Math.floor(b / 4), e = b % 4;
  const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return ymd(year, month, ((h + l - 7 * m + 114) % 31) + 1)!;
}

const holidayNames = Object.keys(HOLIDAYS).sort((a, b) => b.length - a.length).map((h) => h.replace(/'/g, "['’]").replace(/ /g, '\\s+')).join('|');

function yearWord(ctx: RuleContext): boolean {
  return /^(in|since|by|until|of|from|through|during|before|after|year)$/i.test(prevWord(ctx.text, ctx.start));
}

export const NAMED_RULES: Rule[] = [
  {
    name: 'spelled-year',
    pattern: `(?:the\\s+year\\s+)?(?:(?<c>nineteen|twenty)[\\s-]+(?<yy>(?:${TENS})(?:[\\s-](?:${ONES}))?|${TEENS}|hundred|oh[\\s-]+(?:${ONES}))|(?<k>two\\s+thousand)(?:\\s+(?:and\\s+)?(?<z>${ONES}|${TEENS}))?)`,
    build: (g, ctx) => {
      const text = ctx.text.slice(ctx.start, ctx.end).toLowerCase();
      const hasYear = text.startsWith('the year');
      let y: number;
      if (g.k) {
        if (!hasYear && !yearWord(ctx)) return null;
        y = 2000 + (g.z ? twoDigits(g.z) : 0);
      } else {
        y = (g.c?.toLowerCase() === 'nineteen' ? 1900 : 2000) + twoDigits(g.yy ?? '');
        if (/^(nineteen|twenty)[\s-]+(one|two|three|four|five|six|seven|eight|nine)$/.test(text) && !yearWord(ctx)) return null;
      }
      if (/^\s+(troops|people|dollars|men|women|years|percent|miles)/i.test(ctx.text.slice(ctx.end, ctx.end + 12))) return null;
      return reading(point(ymd(y, 1, 1)!, 'year'), 'none');
    },
  },
  {
    name: 'spelled-decade',
    pattern: `the\\s+(?:(?<mod>early|mid|late)[\\s-]+)?(?:(?<c>nineteen|twenty)[\\s-]+)?(?<d>${Object.keys(DECADES).join('|')})\\b`,
    build: (g) => {
      const century = g.c?.toLowerCase() === 'twenty' ? 2000 : 1900;
      const y = century + 10 * (DECADES[(g.d ?? '').toLowerCase()] ?? 0);
      const mod = g.mod ? ({ early: 'START', mid: 'MID', late: 'END' } as Record<string, string>)[g.mod.toLowerCase()] : undefined;
      return reading(point(ymd(y, 1, 1)!, 'decade'), 'none', undefined, mod);
    },
  },
  {
    name: 'holiday',
    pattern: `(?:(?<pre>last|next|this)\\s+)?(?<h>${holidayNames})\\b(?:,?\\s+(?<y>(?:1\\d|20)\\d\\d)(?!\\d))?`,
    build: (g, ctx) => {
      if (!/^[A-Z]/.test(g.h ?? '')) return null;
      // a holiday name inside another name: "Easter Island", "Christmas Carol"
      if (!g.y && /^\s+[A-Z][a-z]/.test(ctx.text.slice(ctx.end, ctx.end + 3)) && !/^\s+(?:Day|Eve)\b/.test(ctx.text.slice(ctx.end, ctx.end + 5))) return null;
      const spec = HOLIDAYS[(g.h ?? '').toLowerCase().replace(/\s+/g, ' ').replace('’', "'")];
      if (!spec) return null;
      const pre = (g.pre ?? '').toLowerCase();
      const thisYear = holidayIn(spec, ctx.dct.year);
      if (!thisYear) return null;
      let year: number;
      if (g.y) year = +g.y;
      else if (pre === 'last') year = thisYear < ctx.dct ? ctx.dct.year : ctx.dct.year - 1;
      else if (pre === 'next') year = thisYear > ctx.dct ? ctx.dct.year : ctx.dct.year + 1;
      else if (pre === 'this') year = ctx.dct.year;
      else year = yearFor(ctx.dct, thisYear.month, thisYear.day, ctx.tense());
      const day = holidayIn(spec, year);
      return day ? reading(point(day, spec.endsWith(':W') ? 'week' : 'day'), g.y ? 'none' : 'dct', ctx.tense()) : null;
    },
  },
];
