/**
 * Named parts of a year: quarters ("the third quarter", "third-quarter", "Q3 2021", "the latest quarter"),
 * halves ("the first half of 2021"), seasons ("last fall", "the summer of 2019") and "the weekend".
 *
 * @example in an article of 1989-10-20: "the third quarter" -> 1989-Q3; "last fall" -> 1988-FA
 */
import { addDays, addMonths, point, seasonIndex, seasonStart, startOfUnit, ymd, type Point } from './calendar.ts';
import { prevWord } from './context.ts';
import { ORDINALS, SEASONS } from './lexicon.ts';
import { PERIOD_MOD, SEASON, SPELLED_YEAR, YEAR } from './fragments.ts';
import { modOf } from './rules-absolute.ts';
import { monthOf, reading, spelledYear, yearFor } from './resolve.ts';
import { periodReading } from './periods.ts';
import type { Rule, RuleContext } from './rule.ts';

const ORD = '(?:first|second|third|fourth|1st|2nd|3rd|4th|final)';

const REL_YEAR = '(?:this|last|next|the\\s+(?:current|previous|next|past))\\s+(?:fiscal\\s+)?year';

/** The year a relative phrase ("last year") or a number names, else undefined. */
function yearOf(s: string | undefined, ctx: RuleContext): number | undefined {
  if (!s) return undefined;
  if (/^\d/.test(s)) return parseInt(s, 10);
  const w = s.toLowerCase();
  return ctx.dct.year + (/last|previous|past/.test(w) ? -1 : /next/.test(w) ? 1 : 0);
}

function quarter(q: number, y: number | undefined, ctx: RuleContext, mod?: string) {
  let year = y;
  if (year === undefined) {
    year = ctx.dct.year;
    if (q > ctx.dct.quarter && ctx.tense() !== 'future') year -= 1;
  }
  return reading(point(ymd(year, q * 3 - 2, 1)!, 'quarter'), y === undefined ? 'dct' : 'none', undefined, mod);
}

const ENDED = /^\s+end(?:ed|ing)\s+([A-Za-z]{3,9})\.?\s*(\d{1,2})?(?:,?\s*((?:19|20)\d\d))?/;

/**
 * "the quarter ended Sept. 30": the three months ending there, named by the calendar quarter holding most of
 * them (a quarter ended July 31 is mostly May-July: Q2), so a fiscal quarter gets the nearest calendar value.
 */
function endedQuarter(ctx: RuleContext): Point | null {
  const m = ENDED.exec(ctx.text.slice(ctx.end, ctx.end + 40));
  const month = m ? monthOf(m[1]) : undefined;
  if (!m || !month) return null;
  const day = m[2] ? parseInt(m[2], 10) : 28;
  const year = m[3] ? parseInt(m[3], 10) : yearFor(ctx.dct, month, day, /^\s+ended/.test(m[0]) ? 'past' : ctx.tense());
  const end = ymd(year, month, Math.min(day, 28));
  return end ? point(addDays(end, -45), 'quarter') : null;
}

export const PERIOD_RULES: Rule[] = [
  {
    name: 'quarter',
    pattern: `(?:(?<mod>${PERIOD_MOD})[\\s-]*)?(?:(?<the>the)\\s+)?(?:(?<yp>this|last|next)\\s+year's\\s+|(?<y1>${YEAR})\\s+)?(?:fiscal[\\s-]+)?(?<ord>${ORD})(?<hy>[\\s-]+)(?:fiscal[\\s-]+)?quarter\\b(?:\\s+(?:of\\s+)?(?:fiscal\\s+)?(?<y>${YEAR}|${REL_YEAR}))?`,
    build: (g, ctx) => {
      const r = quarter(ORDINALS[(g.ord ?? '').toLowerCase()] ?? 1, yearOf(g.y ?? g.y1 ?? g.yp, ctx), ctx, modOf(g.mod));
      // "the third-quarter loss": an adjective, TimeML leaves the article out
      if (g.the && !g.mod && !g.yp && !g.y1 && g.hy === '-') r.trimStart = 4;
      return r;
    },
  },
  {
    name: 'year-quarter',
    pattern: `(?:(?<yp>this|last|next)\\s+year's|the\\s+(?<y1>${YEAR}))\\s+(?<w>quarter|period)\\b`,
    build: (g, ctx) => {
      const y = yearOf(g.y1 ?? g.yp, ctx) ?? ctx.dct.year;
      // "the 1988 quarter": the quarter being reported, in that year
      const a = ctx.period ?? (ctx.anchor?.gran === 'quarter' ? ctx.anchor : null);
      if (a) return reading(point(ymd(y, a.gran === 'year' ? 1 : a.day.month, 1)!, a.gran === 'year' ? 'year' : 'quarter'), 'text');
      if (/quarter/i.test(g.w ?? '')) return reading(point(ymd(y, startOfUnit(addMonths(ctx.dct, -3), 'quarter').month, 1)!, 'quarter'), 'dct');
      return reading(point(ymd(y, 1, 1)!, 'year'), 'none');
    },
  },
  {
    name: 'quarter-code',
    pattern: `(?:(?<y0>${YEAR})\\s*)?Q(?<q>[1-4])\\b(?:\\s*(?<y>${YEAR}))?`,
    build: (g, ctx) => quarter(parseInt(g.q ?? '1', 10), yearOf(g.y ?? g.y0, ctx), ctx),
  },
  {
    name: 'the-quarter',
    pattern: '(?:the\\s+)?(?:(?<rel>latest|current|recent|most\\s+recent|same|comparable|just-ended|just\\s+ended|fiscal)\\s+)?(?<w>quarter|period)\\b',
    build: (g, ctx) => {
      const text = ctx.text.slice(ctx.start, ctx.end).toLowerCase();
      const rel = (g.rel ?? '').toLowerCase();
      if (!text.startsWith('the') && !rel) return null;
      if (/^[-‐]/.test(ctx.text.slice(ctx.end, ctx.end + 1))) return null; // "the quarter-to-quarter comparison
      if (/period/i.test(g.w ?? '') && !/latest|recent|same|comparable/.test(rel)) return null;
      const a = ctx.anchor;
      if (/current/.test(rel)) return reading(point(ctx.dct, 'quarter'), 'dct');
      const ended = endedQuarter(ctx);
      if (ended && /quarter/i.test(g.w ?? '')) return reading(ended, 'dct');
      const reported = a && a.gran === 'quarter' ? a : ctx.period;
      if (!/latest|recent|just/.test(rel) && reported) return reading(reported, 'text');
      return periodReading(ctx, 'quarter', -1, false);
    },
  },
  {
    name: 'year-end',
    // also "the beginning of the year", "the middle of the month": the period with its part as mod
    pattern: `(?:(?<y>${YEAR})\\s+)?year(?:[-\\s]end|'s\\s+end)\\b|the\\s+(?<pos>end|close|beginning|start|middle)\\s+of\\s+the\\s+(?<u>year|month|week|quarter)\\b`,
    build: (g, ctx) => {
      const unit = (g.u ?? 'year').toLowerCase() as 'year' | 'month' | 'week' | 'quarter';
      const base = g.y ? ymd(parseInt(g.y, 10), 1, 1)! : ctx.dct;
      return reading(point(base, unit), g.y ? 'none' : 'dct', undefined, modOf(g.pos) ?? 'END');
    },
  },
  {
    name: 'the-week',
    pattern: 'the\\s+(?<u>week|month)\\b(?![-‐])',
    build: (g, ctx) => {
      const after = ctx.text.slice(ctx.end, ctx.end + 12);
      if (/^\s*(before|after|earlier|ago|of|in\s+which|when|that|following)\b/i.test(after)) return null;
      const unit = (g.u ?? 'week').toLowerCase() as 'week' | 'month';
      const a = ctx.anchor;
      const useAnchor = a !== null && ctx.anchorToText && (a.gran === 'day' || a.gran === 'part' || a.gran === 'time' || a.gran === unit);
      return reading(point(useAnchor ? a.day : ctx.dct, unit), useAnchor ? 'text' : 'dct');
    },
  },
  {
    name: 'the-year',
    pattern: 'the\\s+(?:(?<adj>full|current|calendar|entire|whole|same)\\s+)?(?:(?<fiscal>fiscal)\\s+)?year\\b',
    build: (g, ctx) => {
      const after = ctx.text.slice(ctx.end, ctx.end + 12);
      if (/^[-‐]/.test(after)) return null;
      if (/^\s*(ended|ending|to\s)/i.test(after)) return { type: 'DURATION', value: 'P1Y', anchor: 'none' };
      if (/^\s*(before|after|earlier|ago|of|in\s+which|when)\b/i.test(after) || after.startsWith("'s")) return null;
      return reading(point(ctx.dct, 'year'), 'dct');
    },
  },
  {
    name: 'half',
    // also "the last half of 1989" and "the first two quarters of 1990" (halves in other words)
    pattern: `(?:the\\s+)?(?:(?<ord>first|second|last)\\s+half|(?<q>first|last)\\s+two\\s+quarters)(?:\\s+of\\s+(?:the\\s+year\\s+)?(?<y>${YEAR}|${REL_YEAR}))?`,
    build: (g, ctx) => {
      const y = yearOf(g.y, ctx) ?? ctx.dct.year;
      if (!g.y && !/^the\s/i.test(ctx.text.slice(ctx.start, ctx.end))) return null;
      // "the last half" needs its year: alone it is as often "the last half hour" or "the last half of the game"
      if (!g.y && (g.q || /last/i.test(g.ord ?? ''))) return null;
      return reading(point(ymd(y, /second|last/i.test(g.ord ?? g.q ?? '') ? 7 : 1, 1)!, 'half'), g.y ? 'none' : 'dct');
    },
  },
  {
    name: 'season',
    pattern: `(?:(?<pre>this\\s+past|this\\s+coming|this|last|next|coming|past|early|late|mid-?|the)[\\s-]*)?(?<s>${SEASON})(?:\\s+(?:of\\s+)?(?:(?<y>${YEAR})|(?<ys>${SPELLED_YEAR})))?`,
    build: (g, ctx) => {
      const code = SEASONS[(g.s ?? '').toLowerCase()] ?? 'SU';
      if (g.ys) g = { ...g, y: String(spelledYear(g.ys)) };
      const pre = (g.pre ?? '').toLowerCase().replace(/\s+/g, ' ');
      const intro = /^(in|into|during|by|until|since|over|through|throughout|for|this|last|next|early|late)$/i.test(prevWord(ctx.text, ctx.start));
      if (!g.y && (!pre || pre === 'the') && !intro) return null;
      if (pre === 'the' && !g.y && !intro) return null;
      const order = ['WI', 'SP', 'SU', 'FA'].indexOf(code);
      const cur = seasonIndex(ctx.dct);
      let idx: number;
      if (g.y) idx = parseInt(g.y, 10) * 4 + order;
      else {
        const thisYear = Math.floor(cur / 4) * 4 + order;
        const tense = ctx.tense();
        if (/past|last/.test(pre)) idx = thisYear < cur ? thisYear : thisYear - 4;
        else if (/next|coming/.test(pre)) idx = thisYear > cur ? thisYear : thisYear + 4;
        else if (pre === 'this') idx = thisYear;
        else idx = tense === 'future' ? (thisYear >= cur ? thisYear : thisYear + 4) : thisYear <= cur ? thisYear : thisYear - 4;
      }
      const mod = modOf(/early|late|mid/.test(pre) ? pre : undefined);
      return reading(point(seasonStart(idx), 'season'), g.y ? 'none' : 'dct', undefined, mod);
    },
  },
  {
    name: 'weekend',
    pattern: 'the\\s+weekend\\b',
    build: (_g, ctx) => periodReading(ctx, 'weekend', 0, false, undefined, undefined, true),
  },
];
