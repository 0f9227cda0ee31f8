/**
 * Clock times with the day they belong to: "5:35 pm", "10 a.m. EST", "at noon", "midnight Friday",
 * "17:35 GMT", "9 p.m. Wednesday". The day is the publication day unless a weekday or yesterday/tomorrow
 * is attached.
 *
 * @example at 2022-01-12: "5:35 pm" -> 2022-01-12T17:35; "noon Thursday" -> 2022-01-13T12:00 (future) or the past Thursday
 */
import type { DateTime } from 'luxon';
import { prevWord } from './context.ts';
import { WEEKDAYS } from './lexicon.ts';
import { DAY, MONTH, WEEKDAY } from './fragments.ts';
import { monthOf, reading, resolveWeekday, yearFor } from './resolve.ts';
import { GRAN_RANK, addDays, point, ymd } from './calendar.ts';
import type { Groups, Rule, RuleContext } from './rule.ts';

const ZONE = '(?:[ECMP][SD]?T|GMT|UTC|BST|CES?T|EES?T|MSK|IST|JST|KST|HKT|SGT|AES?T|AEDT|WIB|SAST|local\\s+time)(?![A-Za-z])';
const DAYREF = `(?:(?<wd>${WEEKDAY})|(?<rel>today|yesterday|tomorrow|tonight))`;
const pad = (n: number): string => String(n).padStart(2, '0');
/** Words that introduce a clock time written without a.m./p.m. or a zone ("at 17:30", "by 4 in the morning"). */
const CLOCK_PREP = /^(at|by|from|until|till|since|before|after|around|about|to)$/i;

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
  // the day named just before, in the same phrase: "on Feb. 1 at 10:00 CET", "March 3, at 5 p.m."
  const p = ctx.previous;
  if (p?.point && (p.point.gran === 'day' || p.point.gran === 'part') && ctx.start - p.end <= 24 && JUST_BEFORE.test(ctx.text.slice(p.end, ctx.start))) return p.point.day;
  // a weekday after a restated time belongs to it: "10:35 a.m. (0735 GMT) Friday"
  const after = RESTATED_DAY.exec(ctx.text.slice(ctx.end, ctx.end + 40));
  const wd = after ? WEEKDAYS[after[1]!.toLowerCase()] : undefined;
  return wd ? resolveWeekday(ctx.dct, wd, ctx.tense()) : ctx.dct;
}

/** What may stand between a day and its clock time: "Feb. 1 at 10:00", "March 3, at about 5 p.m.", "Jan. 12 from 9 a.m.". */
const JUST_BEFORE = /^[\s,]*(?:(?:at|around|about|from|by|before|after|until|till|starting\s+at|at\s+about|at\s+around)\s+)?$/i;

/** "(0735 GMT) Friday" or "(4 a.m. EDT Thursday)" right after a clock time: the weekday it restates the time for. */
const RESTATED_DAY = /^(?:(?:\s*\([^()]{1,24})?\)\s*,?\s*(?:on\s+)?|\s*\(\s*\d[^()]{0,30}?\b(?=[a-z]+day\b[^()]{0,12}\)))(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;

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
    pattern: `(?<![\\d:.])(?<h>[01]?\\d|2[0-3]):(?<mi>[0-5]\\d)(?![\\d:])(?:\\s*(?<z>${ZONE}|hours|hrs|h\\b))?(?:,?\\s+(?:on\\s+)?(?<wd>${WEEKDAY})|\\s+(?<rel>today|yesterday|tomorrow))?`,
    build: (g, ctx) => {
      if (!g.z && !CLOCK_PREP.test(prevWord(ctx.text, ctx.start))) return null;
      return clock({ wd: g.wd, rel: g.rel }, ctx, parseInt(g.h ?? '0', 10), parseInt(g.mi ?? '0', 10));
    },
  },
  {
    // military style, always with its zone: "0100 GMT", "1930 UTC Friday"
    name: 'clock-military',
    pattern: `(?<h>[01]\\d|2[0-3])(?<mi>[0-5]\\d)\\s*(?:GMT|UTC)\\b(?:,?\\s+(?:on\\s+)?(?<wd>${WEEKDAY})|\\s+(?<rel>today|yesterday|tomorrow))?`,
    build: (g, ctx) => clock(g, ctx, parseInt(g.h ?? '0', 10), parseInt(g.mi ?? '0', 10)),
  },
  {
    // "at 4 in the morning", "9 o'clock at night", "7:30 in the evening"
    name: 'clock-words',
    pattern: `(?<h>1[0-2]|0?[1-9])(?::(?<mi>[0-5]\\d))?(?:\\s+o['’]clock)?\\s+(?:in\\s+the\\s+(?<p>morning|afternoon|evening)|at\\s+(?<n>night))(?:,?\\s+(?:on\\s+)?(?<wd>${WEEKDAY})|\\s+(?<rel>today|yesterday|tomorrow))?`,
    build: (g, ctx) => {
      // a bare number needs a clock preposition: "at 4 in the morning", not "scored 4 in the morning session"
      if (!CLOCK_PREP.test(prevWord(ctx.text, ctx.start))) return null;
      let h = parseInt(g.h ?? '0', 10) % 12;
      const p = (g.p ?? '').toLowerCase();
      if (p === 'afternoon' || p === 'evening' || (g.n && h >= 6)) h += 12;
      return clock(g, ctx, h, parseInt(g.mi ?? '0', 10));
    },
  },
  {
    // "by mid-afternoon", "at mid-morning yesterday": a part of the day, on the day named or the one being told
    name: 'mid-day-part',
    pattern: `(?<p>mid-?\\s?(?:afternoon|morning))(?:\\s+(?<rel>today|yesterday|tomorrow)|,?\\s+(?:on\\s+)?(?<wd>${WEEKDAY}))?`,
    build: (g, ctx) => {
      const part = /afternoon/i.test(g.p ?? '') ? 'AF' : 'MO';
      const a = ctx.anchorToText ? ctx.anchor : null;
      const named = g.rel || g.wd;
      const onAnchor = !named && a !== null && GRAN_RANK[a.gran] <= GRAN_RANK.day;
      const day = onAnchor && a ? a.day : dayFor(g, ctx);
      return reading(point(day, 'part', { clock: part }), onAnchor ? 'text' : 'dct');
    },
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
