/**
 * Absolute and partial calendar dates: ISO and numeric dates, "January 15, 2022", "15 Jan. 2022",
 * "March 2021", "in 2014", "mid-2014", "1998-99", "the 1990s", "the 20th century", "fiscal 1998".
 *
 * @example "Saturday, January 15, 2022" -> 2022-01-15 (month-day-year); "the 1990s" -> 199 (decade)
 */
import { point, ymd } from './calendar.ts';
import { prevWord } from './context.ts';
import { DAY, HALF_OF, MONTH, PERIOD_MOD, SPELLED_YEAR, WEEKDAY_PREFIX, YEAR } from './fragments.ts';
import { monthOf, reading, spelledYear } from './resolve.ts';
import type { Groups, Reading, Rule, RuleContext } from './rule.ts';

/** TIMEX3 mod of a period modifier ("early" -> START). */
export function modOf(m: string | undefined): string | undefined {
  if (!m) return undefined;
  const w = m.toLowerCase();
  if (/^(early|earlier)|beginning|start|first half/.test(w)) return 'START';
  if (/^(late|later)|end|close|second half|latter half/.test(w)) return 'END';
  if (/^mid|middle/.test(w)) return 'MID';
  return undefined;
}

function day(y: number, m: number | undefined, d: number): Reading | null {
  if (m === undefined) return null;
  const dt = ymd(y, m, d);
  return dt ? reading(point(dt, 'day'), 'none') : null;
}

const int = (s: string | undefined): number => parseInt(s ?? '', 10);

/** A weekday written before a date is a name, so capitalised: "he sat, Jan. 15" has no weekday in it. */
export const weekdayPrefixOk = (g: Groups): boolean => !g.wdp || /^[A-Z]/.test(g.wdp);
const YEAR_WORD_BEFORE = /^(in|since|by|of|from|until|till|through|during|before|after|early|late|mid|fiscal|between|year|summer|spring|autumn|fall|winter)$/i;

/** Four-digit numbers are years unless they count something ("2000 troops"). */
function bareYearOk(g: Groups, ctx: RuleContext): boolean {
  const y = int(g.y);
  if (g.mod) return true;
  const pw = prevWord(ctx.text, ctx.start);
  if (YEAR_WORD_BEFORE.test(pw)) return true;
  if (/^[$£€]|^\d/.test(pw) || /[$£€#]\s*$/.test(ctx.text.slice(Math.max(0, ctx.start - 2), ctx.start))) return false;
  if (y < 1900 || y > 2099) return false;
  const after = ctx.text.slice(ctx.end, ctx.end + 24);
  if (/^\s*(%|percent|per\s?cent|[a-z]+ers?\b|troops|people|soldiers|men|women|votes|units|shares|tons|miles|km|feet|meters|cars|jobs|workers|points|pounds|dollars|euros|yen|kilo|times|hours|minutes|seconds|days|weeks|months|years)/i.test(after)) return false;
  if (/^\s*[-–:]\s*\d/.test(after) || /^[.,]\d/.test(after)) return false;
  return true;
}

export const ABSOLUTE_RULES: Rule[] = [
  {
    name: 'iso-date',
    pattern: '(?<y>\\d{4})-(?<m>[01]\\d)-(?<d>[0-3]\\d)(?:[T ](?<hh>[0-2]\\d):(?<mi>[0-5]\\d))?',
    build: (g) => {
      const r = day(int(g.y), int(g.m), int(g.d));
      if (r && g.hh && r.point) return reading({ ...r.point, gran: 'time', clock: `${g.hh}:${g.mi}` }, 'none');
      return r;
    },
  },
  {
    name: 'numeric-date',
    pattern: '(?<![\\d.,/])(?<a>[0-3]?\\d)(?<sep>[/.])(?<b>[0-3]?\\d)[/.](?<y>\\d{4}|\\d{2})(?![\\d/]|\\.\\d)',
    build: (g, ctx) => {
      let a = int(g.a), b = int(g.b);
      let y = int(g.y);
      if (g.y && g.y.length === 2) y += y < 50 ? 2000 : 1900;
      if (g.sep === '.' && g.y?.length !== 4) return null;
      const dayFirst = a > 12 || (b <= 12 && (ctx.dayFirst || g.sep === '.'));
      if (dayFirst) [a, b] = [b, a];
      return day(y, a, b);
    },
  },
  {
    name: 'month-day-year',
    pattern: `(?:${WEEKDAY_PREFIX},?\\s+)?(?<mon>${MONTH})\\s*(?<d>${DAY}),?\\s*(?<y>${YEAR})`,
    build: (g) => (weekdayPrefixOk(g) ? day(int(g.y), monthOf(g.mon), int(g.d)) : null),
  },
  {
    name: 'day-month-year',
    pattern: `(?:${WEEKDAY_PREFIX},?\\s+)?(?:the\\s+)?(?<d>${DAY})\\s+(?:of\\s+)?(?<mon>${MONTH}),?\\s*(?<y>${YEAR})`,
    build: (g) => (weekdayPrefixOk(g) ? day(int(g.y), monthOf(g.mon), int(g.d)) : null),
  },
  {
    name: 'month-year',
    pattern: `(?:(?<mod>${PERIOD_MOD})[\\s-]*|(?<mod2>${HALF_OF})\\s+)?(?<mon>${MONTH}),?\\s+(?:of\\s+)?(?:(?<y>${YEAR})|(?<ys>${SPELLED_YEAR}))`,
    build: (g) => {
      const m = monthOf(g.mon);
      const dt = m ? ymd(g.ys ? spelledYear(g.ys) : int(g.y), m, 1) : null;
      return dt ? reading(point(dt, 'month'), 'none', undefined, modOf(g.mod ?? g.mod2)) : null;
    },
  },
  {
    name: 'year',
    pattern: `(?:(?<mod>${PERIOD_MOD})[\\s-]*)?(?<![$£€\\d,.])(?<y>${YEAR})(?![,.]\\d|[-–]\\d|\\s*%)`,
    build: (g, ctx) => {
      if (!bareYearOk(g, ctx)) return null;
      return reading(point(ymd(int(g.y), 1, 1) ?? ctx.dct, 'year'), 'none', undefined, modOf(g.mod));
    },
  },
  {
    name: 'year-range',
    pattern: `(?<y>${YEAR})\\s*[-–/]\\s*(?<y2>\\d{2}(?!\\d)|${YEAR})`,
    build: (g) => {
      const y = int(g.y);
      let y2 = int(g.y2);
      if (g.y2 && g.y2.length === 2) y2 += Math.floor(y / 100) * 100;
      if (y2 <= y || y2 - y > 20) return null;
      const r = reading(point(ymd(y, 1, 1)!, 'year'), 'none');
      r.interval = { start: `${g.y}-01-01`, end: `${y2}-12-31`, granularity: 'year' };
      return r;
    },
  },
  {
    name: 'fiscal-year',
    pattern: `(?:fiscal(?:\\s+year)?|fy)\\s*(?<y>${YEAR}|'?\\d{2}(?!\\d))`,
    build: (g) => {
      let y = int(g.y?.replace("'", ''));
      if (y < 100) y += y < 50 ? 2000 : 1900;
      return reading(point(ymd(y, 1, 1)!, 'year'), 'none');
    },
  },
  {
    name: 'decade',
    pattern: `(?:the\\s+)?(?:(?<mod>${PERIOD_MOD})[\\s-]*)?(?:(?<dec>(?:1\\d|20)\\d0)'?s|'(?<dd>\\d0)'?s)`,
    build: (g, ctx) => {
      const y = g.dec ? int(g.dec) : 1900 + int(g.dd);
      const r = reading(point(ymd(y, 1, 1)!, 'decade'), 'none', undefined, modOf(g.mod));
      // TimeBank marks the decade alone ("the late [1980s]"); the modifier survives as mod
      r.trimStart = ctx.text.slice(ctx.start, ctx.end).search(/['\d]/);
      return r;
    },
  },
  {
    name: 'century',
    pattern: `(?:the\\s+)?(?:(?<mod>${PERIOD_MOD})[\\s-]*)?(?<n>1\\d|2[01]|[1-9])(?:st|nd|rd|th)[\\s-]+century`,
    build: (g) => reading(point(ymd((int(g.n) - 1) * 100 || 1, 1, 1)!, 'century'), 'none', undefined, modOf(g.mod)),
  },
];
