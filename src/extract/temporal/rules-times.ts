/**
 * Clock times with the day they belong to: "5:35 pm", "10 a.m. EST", "at noon", "midnight Friday",
 * "17:35 GMT", "9 p.m. Wednesday". The day is the publication day unless a weekday or yesterday/tomorrow
 * is attached.
 *
 * @example at 2022-01-12: "5:35 pm" -> 2022-01-12T17:35; "noon Thursday" -> 2022-01-13T12:00 (future) or the past Thursday
 */
import type { DateTime } from 'luxon';
import { point } from './calendar.ts';
import { prevWord } from './context.ts';
import { WEEKDAYS } from './lexicon.ts';
import { DAY, MONTH, WEEKDAY } from './fragments.ts';
import { monthOf, reading, resolveWeekday, yearFor } from './resolve.ts';
import { addDays, ymd } from './calendar.ts';
import type { Groups, Rule, RuleContext } from './rule.ts';

const ZONE = '(?:[ECMP][SD]T|GMT|UTC|BST|CET|CEST|local\\s+time)';
const DAYREF = `(?:(?<wd>${WEEKDAY})|(?<rel>today|yesterday|tomorrow|tonight))`;
const pad = (n: number): string => String(n).padStart(2, '0');

function dayFor(g: Groups, ctx: RuleContext): DateTime {
  const m = monthOf(g.mon);
  if (m && g.md) {
    const d = parseInt(g.md, 10);
    const dt = ymd(yearFor(ctx.dct, m, d, ctx.tense()), m, d);
    if (dt) return dt;
  }
  if (g.wd) return resolveWeekday(ctx.dct, WEEKDAYS[g.wd.toLowerCase()] ?? 1, ctx.tense());
  const rel = (g.rel ?? '').toLowerCase();
  if (rel) return addDays(ctx.dct, rel === 'yesterday' ? -1 : rel === 'tomorrow' ? 1 : 0);
  // a weekday after a restated time belongs to it: "10:35 a.m. (0735 GMT) Friday"
  const after = RESTATED_DAY.exec(ctx.text.slice(ctx.end, ctx.end + 40));
  const wd = after ? WEEKDAYS[after[1]!.toLowerCase()] : undefined;
  return wd ? resolveWeekday(ctx.dct, wd, ctx.tense()) : ctx.dct;
}

/** "(0735 GMT) Friday" right after a clock time: the weekday it restates the time for. */
const RESTATED_DAY = /^(?:\s*\([^()]{1,24})?\)\s*,?\s*(?:on\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;

function clock(g: Groups, ctx: RuleContext, h: number, mi: number) {
  if (h > 23 || mi > 59) return null;
  return reading(point(dayFor(g, ctx), 'time', { clock: `${pad(h)}:${pad(mi)}` }), 'dct');
}

export const TIME_RULES: Rule[] = [
  {
    name: 'clock-ampm',
    pattern: `(?:${DAYREF},?\\s+(?:at\\s+)?)?(?<h>1[0-2]|0?[1-9])(?:[:.](?<mi>[0-5]\\d))?\\s*(?<ap>[ap]\\.m\\.?|[ap]m\\b)(?:\\s*,?\\s*${ZONE})?(?:,?\\s+(?:on\\s+)?(?<wd2>${WEEKDAY})|\\s+(?<rel2>today|yesterday|tomorrow))?(?:,?\\s+(?:on\\s+)?(?<mon>${MONTH})\\s*(?<md>${DAY}))?`,
    build: (g, ctx) => {
      let h = parseInt(g.h ?? '0', 10) % 12;
      if (/^p/i.test(g.ap ?? '')) h += 12;
      return clock({ wd: g.wd ?? g.wd2, rel: g.rel ?? g.rel2, mon: g.mon, md: g.md }, ctx, h, parseInt(g.mi ?? '0', 10));
    },
  },
  {
    name: 'clock-24h',
    pattern: `(?<![\\d:.])(?<h>[01]?\\d|2[0-3]):(?<mi>[0-5]\\d)(?![\\d:])(?:\\s*(?<z>${ZONE}|hours|hrs|h\\b))?`,
    build: (g, ctx) => {
      const pw = prevWord(ctx.text, ctx.start).toLowerCase();
      if (!g.z && !/^(at|by|from|until|till|since|before|after|around|about|to)$/.test(pw)) return null;
      return clock({}, ctx, parseInt(g.h ?? '0', 10), parseInt(g.mi ?? '0', 10));
    },
  },
  {
    // military style, always with its zone: "0100 GMT", "1930 UTC Friday"
    name: 'clock-military',
    pattern: `(?<h>[01]\\d|2[0-3])(?<mi>[0-5]\\d)\\s*(?:GMT|UTC)\\b(?:,?\\s+(?:on\\s+)?(?<wd>${WEEKDAY})|\\s+(?<rel>today|yesterday|tomorrow))?`,
    build: (g, ctx) => clock(g, ctx, parseInt(g.h ?? '0', 10), parseInt(g.mi ?? '0', 10)),
  },
  {
    name: 'noon',
    pattern: `(?:${DAYREF}\\s+(?:at\\s+)?)?(?<n>noon|midnight|midday)(?:,?\\s+(?:on\\s+)?(?<wd2>${WEEKDAY})|\\s+(?<rel2>today|yesterday|tomorrow))?`,
    build: (g, ctx) => {
      // "high noon" is an idiom (and a film), not a clock time
      if (!g.wd && !g.rel && /^high$/i.test(prevWord(ctx.text, ctx.start))) return null;
      // TIMEX3 writes midnight as the end of its day: "midnight Friday" = Friday T24:00
      const midnight = /midnight/i.test(g.n ?? '');
      const r = clock({ wd: g.wd ?? g.wd2, rel: g.rel ?? g.rel2 }, ctx, 12, 0);
      if (r && midnight && r.point) return reading({ ...r.point, clock: '24:00' }, 'dct');
      return r;
    },
  },
];
