/**
 * Expressions resolved against the previous date in the text (news style) or, failing one, the publication
 * day: "three days later", "a month later", "two weeks ago", "the following day", "the day before",
 * "earlier in the day", "a year earlier", "the year-ago quarter".
 *
 * @example after "on Jan. 12": "the following day" -> 2022-01-13 (following:text); "two weeks ago" -> a week value
 */
import { GRAN_RANK, addDays, format, point, shift } from './calendar.ts';
import { APPROX, NUM, UNIT, WEEKDAY } from './fragments.ts';
import { WEEKDAYS } from './lexicon.ts';
import { numberOf, reading, resolveWeekday, shifted } from './resolve.ts';
import type { Groups, Reading, Rule, RuleContext } from './rule.ts';

export const ANAPHORIC_RULES: Rule[] = [
  {
    name: 'ago',
    pattern: `(?:(?<approx>${APPROX})\\s+)?(?<n>${NUM})[\\s-]+(?<unit>${UNIT})\\s+(?:or\\s+so\\s+)?(?<dir>ago|earlier|later|before|after|from\\s+now|hence|back|previously|since)\\b`,
    build: (g, ctx) => {
      const dir = (g.dir ?? '').toLowerCase();
      if (dir === 'since') return null;
      // "30 days before the vote" is a duration followed by a preposition; only a clause-final "before" is an anchor
      if ((dir === 'before' || dir === 'after' || dir === 'later' || dir === 'earlier') && !/^\s*(?:[.,;:)'"”]|$|\s+(?:and|but|when|as|,))/.test(ctx.text.slice(ctx.end, ctx.end + 6))) {
        if (dir === 'before' || dir === 'after') return null;
      }
      if (g.approx && /^(just|only)$/i.test(g.approx)) return null;
      const past = dir === 'ago' || dir === 'earlier' || dir === 'before' || dir === 'back' || dir === 'previously';
      const anchored = dir !== 'ago' && dir !== 'back' && !dir.startsWith('from') && dir !== 'hence';
      const r = shifted(ctx, numberOf(g.n), g.unit ?? 'day', past ? -1 : 1, anchored);
      if (r) r.noAnchor = true;
      return r;
    },
  },
  {
    name: 'following',
    pattern: `(?:(?:the|that|this)\\s+)?(?<rel>following|next|previous|prior|preceding|same)\\s+(?<unit>day|morning|afternoon|evening|night)\\b|(?<that>that)\\s+(?<unit2>day|morning|afternoon|evening|night)\\b|the\\s+(?<unit3>day|night)\\s+(?<rel2>before|after)(?:\\s+(?:(?<rel3>yesterday|tomorrow|today)|(?:(?<wpre>last|next|this)\\s+)?(?<wd>${WEEKDAY})))?`,
    build: (g, ctx) => {
      const rel = (g.rel ?? g.rel2 ?? 'same').toLowerCase();
      const unit = (g.unit ?? g.unit2 ?? g.unit3 ?? 'day').toLowerCase();
      if (g.wd && !/^[A-Z]/.test(g.wd)) return null;
      if (g.rel2 && !g.rel3 && !g.wd && /^\s+(?:the|a|an|his|her|their|its|last|next|this|[A-Z])/.test(ctx.text.slice(ctx.end, ctx.end + 6))) return null;
      const delta = /following|next|after/.test(rel) ? 1 : /previous|prior|preceding|before/.test(rel) ? -1 : 0;
      // "the day before yesterday", "the day after last Tuesday('s hearing)": a shift of a day the words name
      const named = (g.rel3 ?? '').toLowerCase();
      const base = named ? addDays(ctx.dct, named === 'yesterday' ? -1 : named === 'tomorrow' ? 1 : 0)
        : g.wd ? resolveWeekday(ctx.dct, WEEKDAYS[g.wd.toLowerCase()] ?? 1, ctx.tense(), g.wpre) : null;
      let a = base ? null : ctx.anchorToText ? ctx.anchor : null;
      if (!base && !a && !ctx.anchorToText) return null;
      // "attributed on Monday an attack that paralysed the port in September ... rejected the accusation the
      // following day": a day counted on from a month counts from the last day the text named
      if (a && GRAN_RANK[a.gran] > GRAN_RANK.day && delta !== 0 && !g.rel3 && ctx.lastDay) a = ctx.lastDay;
      // a day counted from a month is some day of it ("that same day" after "in October": 1998-10-XX);
      // from a year or a season it is no day the text can place
      if (a && GRAN_RANK[a.gran] > GRAN_RANK.day) {
        if (a.gran !== 'month' || g.rel3 || delta !== 0) return null;
        return { type: 'DATE', value: `${format(a)}-XX`, anchor: 'text', noAnchor: true };
      }
      const day = addDays(base ?? a?.day ?? ctx.dct, delta);
      const part = unit === 'day' ? null : unit === 'morning' ? 'MO' : unit === 'afternoon' ? 'AF' : unit === 'evening' ? 'EV' : 'NI';
      const p = part ? point(day, 'part', { clock: part }) : point(day, 'day');
      return reading(p, base ? 'dct' : a ? 'text' : 'dct');
    },
  },
  {
    name: 'earlier-in-the',
    pattern: '(?<ea>earlier|later)\\s+(?:in\\s+the|that)\\s+(?<unit>day|week|month|year)\\b',
    build: (g, ctx) => {
      const unit = (g.unit ?? 'day').toLowerCase() as 'day' | 'week' | 'month' | 'year';
      const a = ctx.anchorToText ? ctx.anchor : null;
      return reading(point((a ?? point(ctx.dct, 'day')).day, unit), a ? 'text' : 'dct');
    },
  },
  {
    // "met the protesters in the afternoon": a part of the day being told (of the publication's day, without a text
    // anchor), ending its clause; never "in the morning of 5 May" (read by the dated rules) or "in the morning session".
    name: 'part-of-day',
    pattern: '(?<=\\bin\\s)the\\s+(?<unit>morning|afternoon|evening)(?=\\s*(?:[.,;:!?)"”]|$)|\\s+(?:and|but|when|as|while|after|before|to|with|at|in|on|local)\\b)',
    build: (g, ctx) => {
      const unit = (g.unit ?? 'morning').toLowerCase();
      const a = ctx.anchorToText ? ctx.anchor : null;
      const onAnchor = a !== null && GRAN_RANK[a.gran] <= GRAN_RANK.day;
      const part = unit === 'morning' ? 'MO' : unit === 'afternoon' ? 'AF' : 'EV';
      return reading(point(onAnchor && a ? a.day : ctx.dct, 'part', { clock: part }), onAnchor ? 'text' : 'dct');
    },
  },
  {
    name: 'year-ago',
    pattern: '(?:the\\s+)?(?:(?:comparable|same)\\s+)?(?<n>year|month|quarter|week)[\\s-](?:ago|earlier)(?:\\s+(?<what>(?:first|second|third|fourth|fiscal|nine-month|six-month)\\s+)?(?<w2>quarter|period|month|year|fiscal\\s+year|week|nine\\s+months|six\\s+months))?',
    build: yearAgo,
  },
  {
    // the same comparison with the year after the period: "the quarter a year ago", "the corresponding period last year"
    name: 'period-year-ago',
    pattern: 'the\\s+(?:(?:same|corresponding|comparable)\\s+)?(?<w2>quarter|period)\\s+(?:a\\s+year\\s+(?:ago|earlier)|(?:of\\s+)?last\\s+year|of\\s+the\\s+(?:previous|prior)\\s+year)\\b',
    build: (g, ctx) => yearAgo({ n: 'year', w2: g.w2 }, ctx),
  },
];

/** "a year ago", "the year-earlier quarter": the period being reported (or the publication's), a unit back. */
function yearAgo(g: Groups, ctx: RuleContext): Reading | null {
  if (!g.w2 && /^the\s/i.test(ctx.text.slice(ctx.start, ctx.end))) return null;
  const unit = (g.n ?? 'year').toLowerCase() as 'year' | 'month' | 'quarter' | 'week';
  const a = ctx.anchor;
  const w2 = (g.w2 ?? '').toLowerCase();
  const quarterly = w2.startsWith('quarter') || w2 === 'period' || unit === 'quarter';
  // without a period to compare with, a quarter is the last one reported: the quarter before publication
  const own = quarterly ? shift(point(ctx.dct, 'quarter'), 'quarter', -1) : point(ctx.dct, unit);
  // in a report on a quarter, "the year-ago results" are that quarter's a year before; after a year-to-date
  // report ("the first nine months") the comparison is that span a year before, a year value, unless the
  // words name a quarter
  const p = ctx.period;
  const reported = p && (p.gran === 'year' ? !(w2.startsWith('quarter') || unit === 'quarter') : quarterly || unit === 'year') ? p : null;
  const coarse = a && a.gran !== 'day' && a.gran !== 'time' && a.gran !== 'part' && (!quarterly || a.gran === 'quarter') ? a : null;
  const base = reported ?? coarse ?? own;
  const r = reading(shift(base, unit === 'quarter' ? 'quarter' : unit, -1), base === own ? 'dct' : 'text', 'past');
  r.noAnchor = true; // a comparison: later anaphora keep to the period being reported
  return r;
}
