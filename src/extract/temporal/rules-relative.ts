/**
 * Deictic expressions resolved against the publication day with tense: weekdays, today / yesterday /
 * tomorrow / tonight, month names and month-days without a year, "this / last / next <unit>",
 * "earlier this week".
 *
 * @example at Sat 2022-01-15: "on Wednesday" -> 2022-01-12 (weekday:past); "Last month" -> 2021-12 (unit:last)
 */
import { AMBIGUOUS_MONTHS, WEEKDAYS } from './lexicon.ts';
import { DAY_PARTS } from './lexicon.ts';
import { GRAN_RANK, addDays, point, startOfUnit, weekdayOnOrAfter, weekdayOnOrBefore, ymd, type Point, type PointGran } from './calendar.ts';
import { nextWord, prevWord, tenseAt } from './context.ts';
import { DAY, HALF_OF, MONTH, MONTH_FULL, PART, PERIOD_MOD, WEEKDAY, WEEKDAY_PREFIX } from './fragments.ts';
import { modOf, weekdayPrefixOk } from './rules-absolute.ts';
import { monthOf, reading, resolveWeekday, yearFor } from './resolve.ts';
import { periodReading } from './periods.ts';
import type { Groups, Reading, Rule, RuleContext } from './rule.ts';

const int = (s: string | undefined): number => parseInt(s ?? '', 10);
/** A sentence ends between two offsets: a full stop, question or exclamation mark before a capital or a quote. */
const SENTENCE_END = /[.!?]["'”’)]?\s+["“‘]?[A-Z]/;
const PREPOSITION = /^(in|since|by|until|till|through|throughout|of|during|before|after|from|to|between|and|or|on|early|late|mid|last|next|this|that|every|each|until|around|into|for|the)$/i;

/** "May"/"March" are months only when capitalised and introduced like a date ("in May", "last March"). */
function monthWordOk(mon: string | undefined, ctx: RuleContext, needsIntro: boolean): boolean {
  if (!mon) return false;
  const lower = mon.toLowerCase().replace(/\.$/, '');
  if (!/^[A-Z]/.test(mon)) return false;
  if (!needsIntro) return true;
  const pw = prevWord(ctx.text, ctx.start);
  const nw = nextWord(ctx.text, ctx.end);
  if (AMBIGUOUS_MONTHS.has(lower)) return PREPOSITION.test(pw) && pw.toLowerCase() !== 'the';
  if (/^[A-Z]/.test(nw) && !PREPOSITION.test(pw)) return false;
  return !/^[A-Z]/.test(pw) || PREPOSITION.test(pw) || ctx.text.slice(Math.max(0, ctx.start - 3), ctx.start).trim() === '';
}

/** "... and Wednesday last week" after a weekday: the week both weekdays lie in. */
const WEEK_AFTER_PAIR = new RegExp(`^\\s+(?:and|or|to|through|and\\s+on)\\s+${WEEKDAY}\\s+(last|next|this)\\s+week\\b`, 'i');
/** "... and Tuesday nights" / "... or Fridays" after a weekday: the part of the day (if any) both repeat on. */
const SHARED_PLURAL = /^\s*(?:,\s*)?(?:and|or)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:s\b|\s+(morning|afternoon|evening|night)s\b)/;

/** A capitalised "This Week" in quotes or before another capitalised word is a title ("ABC's \"This Week With ...\""). */
function titled(ctx: RuleContext): boolean {
  const before = ctx.text.slice(Math.max(0, ctx.start - 1), ctx.start);
  // the next word on the same line: a headline ending in "Next Week" is followed by the story, not a title's rest
  return /["“'‘]/.test(before) || /^[ \t,]*[A-Z]/.test(ctx.text.slice(ctx.end, ctx.end + 3));
}

/** Nouns of people and things in general: "today's youth", "the leaders of tomorrow" name no day. */
const GENERIC = '(?:world|youth|society|generation|generations|children|kids|young|teenagers|students|families|parents|people|leaders|workers|consumers|voters|technology|culture|politics|computers|standards|cities)';
const GENERIC_AFTER = new RegExp(`^['’]s\\s+(?:[a-z]+\\s+)?${GENERIC}\\b`);
const GENERIC_BEFORE = new RegExp(`\\bthe\\s+${GENERIC}\\s+of\\s+$`, 'i');

/** "today's world", "the people of tomorrow": the present or the future in general (TimeML's generic reading), no day. */
function generic(ctx: RuleContext): boolean {
  return GENERIC_AFTER.test(ctx.text.slice(ctx.end, ctx.end + 40)) || GENERIC_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 30), ctx.start));
}

function monthDay(g: Groups, ctx: RuleContext): Reading | null {
  if (!weekdayPrefixOk(g)) return null;
  const m = monthOf(g.mon);
  if (!m || !monthWordOk(g.mon, ctx, false)) return null;
  const d = int(g.d);
  const tense = ctx.tense();
  const y = yearFor(ctx.dct, m, d, tense);
  const dt = ymd(y, m, d);
  if (!dt) return null;
  const r = reading(point(dt, 'day'), 'dct', tense);
  if (g.d2) {
    const end = ymd(y, m, int(g.d2));
    if (!end || end <= dt) return null;
    r.interval = { start: dt.toISODate() ?? '', end: end.toISODate() ?? '', granularity: 'day' };
  } else {
    // "Jan. 30-Feb. 2", "Dec. 28 through Jan. 3": TimeML tags both ends; the first carries the span it opens
    const to = RANGE_END.exec(ctx.text.slice(ctx.end, ctx.end + 30));
    const m2 = to ? monthOf(to[1] ?? to[4]) : undefined;
    if (to && m2) {
      const end = ymd(y + (m2 < m ? 1 : 0), m2, int(to[2] ?? to[3]));
      if (end && end > dt && end <= addDays(dt, 92)) r.interval = { start: dt.toISODate() ?? '', end: end.toISODate() ?? '', granularity: 'day' };
    }
  }
  return r;
}

/** The other end of a cross-month range after a month-day: "-Feb. 2", " to April 2", " through 3 January". */
const RANGE_END = new RegExp(`^\\s*(?:[-–]|to\\b|through\\b|until\\b|till\\b)\\s*(?:(${MONTH})\\s*(${DAY})|(${DAY})\\s+(?:of\\s+)?(${MONTH}))`, 'i');

export const RELATIVE_RULES: Rule[] = [
  {
    // "a hearing the week of March 6": the ISO week holding that day
    name: 'week-of',
    pattern: `the\\s+week\\s+of\\s+(?<mon>${MONTH})\\s*(?<d>${DAY})(?:,?\\s*(?<y>(?:1\\d|20)\\d\\d)(?!\\d))?`,
    build: (g, ctx) => {
      const m = monthOf(g.mon);
      if (!m || !/^[A-Z]/.test(g.mon ?? '')) return null;
      const d = int(g.d);
      const dt = ymd(g.y ? int(g.y) : yearFor(ctx.dct, m, d, ctx.tense()), m, d);
      return dt ? reading(point(dt, 'week'), g.y ? 'none' : 'dct', g.y ? undefined : ctx.tense()) : null;
    },
  },
  {
    name: 'month-day',
    pattern: `(?:${WEEKDAY_PREFIX},?\\s+)?(?<mon>${MONTH})\\s*(?<d>${DAY})(?!\\s*(?:[-–:]\\s*)?\\d)`,
    build: monthDay,
  },
  {
    name: 'month-day-range',
    pattern: `(?<mon>${MONTH})\\s*(?<d>${DAY})\\s*(?:[-–]|to|through|and)\\s*(?<d2>${DAY})(?!\\s*,?\\s*\\d)`,
    build: monthDay,
  },
  {
    name: 'day-month-range',
    pattern: `(?<d>${DAY})\\s*(?:[-–]|to)\\s*(?<d2>${DAY})\\s+(?:of\\s+)?(?<mon>${MONTH})`,
    build: monthDay,
  },
  {
    name: 'day-month',
    pattern: `(?:${WEEKDAY_PREFIX},?\\s+)?(?:the\\s+)?(?<d>${DAY})\\s+(?:of\\s+)?(?<mon>${MONTH})`,
    build: monthDay,
  },
  {
    name: 'month',
    pattern: `(?:(?<pre>last|next|this\\s+past|this\\s+coming|this|coming)\\s+|(?<mod>${PERIOD_MOD})[\\s-]*|(?<mod2>${HALF_OF})\\s+)?(?<mon>${MONTH_FULL})\\b(?!\\s*\\d)(?:,?\\s+(?<rel>this|last|next)\\s+year\\b)?`,
    build: (g, ctx) => {
      const m = monthOf(g.mon);
      if (!m || !monthWordOk(g.mon, ctx, !g.pre && !g.mod && !g.mod2)) return null;
      const pre = (g.pre ?? '').toLowerCase().replace(/\s+/g, ' ');
      const rel = (g.rel ?? '').toLowerCase();
      let y: number;
      if (rel) y = ctx.dct.year + (rel === 'last' ? -1 : rel === 'next' ? 1 : 0);
      // "last February" written in March means a year ago: the month just gone would be "last month"
      else if (pre === 'last' || pre === 'this past') y = ctx.dct.year - (m >= ctx.dct.month - 1 ? 1 : 0);
      else if (pre === 'next' || pre === 'this coming' || pre === 'coming') y = ctx.dct.year + (m - 1 <= ctx.dct.month - 1 ? 1 : 0);
      else if (pre === 'this') y = ctx.dct.year;
      else y = yearFor(ctx.dct, m, undefined, ctx.tense());
      return reading(point(ymd(y, m, 1)!, 'month'), 'dct', ctx.tense(), modOf(g.mod ?? g.mod2));
    },
  },
  {
    name: 'weekday',
    pattern: `(?:(?<pre>last|next|this\\s+past|this\\s+coming|this|coming|past|early|late|earlier|later|the\\s+(?:previous|prior|preceding|following|next))\\s+)?(?<wd>${WEEKDAY})(?:\\s+(?<part>${PART}))?(?:\\s+(?<wk>last|next|this)\\s+week\\b)?`,
    build: (g, ctx) => {
      const wd = WEEKDAYS[(g.wd ?? '').toLowerCase()];
      if (!wd || !/^[A-Z]/.test(g.wd ?? '')) return null;
      // "on Monday and Tuesday nights": the plural after the pair makes both weekdays repeat
      const shared = !g.pre && !g.part ? SHARED_PLURAL.exec(ctx.text.slice(ctx.end, ctx.end + 40)) : null;
      if (shared) {
        const part = shared[1] ? DAY_PARTS[shared[1].toLowerCase()] : undefined;
        return { type: 'SET', value: `XXXX-WXX-${wd}${part ? `T${part}` : ''}`, anchor: 'none' };
      }
      if (/^the\s/i.test(g.pre ?? '') && !g.part) {
        // "the previous Friday": counted from the day the text is talking about, else from publication
        const a = ctx.anchorToText ? ctx.anchor : null;
        const useAnchor = a !== null && GRAN_RANK[a.gran] <= GRAN_RANK.day;
        const base = useAnchor ? a.day : ctx.dct;
        const day = /previous|prior|preceding/i.test(g.pre ?? '') ? weekdayOnOrBefore(base, wd, true) : weekdayOnOrAfter(base, wd, true);
        return reading(point(day, 'day'), useAnchor ? 'text' : 'dct');
      }
      // "Tuesday last week", "on Tuesday and Wednesday last week", "Friday next week": that weekday of that week.
      const week = g.pre ? undefined : (g.wk ?? WEEK_AFTER_PAIR.exec(ctx.text.slice(ctx.end, ctx.end + 40))?.[1]);
      if (week) {
        const monday = addDays(startOfUnit(ctx.dct, 'week'), /last/i.test(week) ? -7 : /next/i.test(week) ? 7 : 0);
        const day = addDays(monday, wd - 1);
        const r = g.part ? reading(point(day, 'part', { clock: DAY_PARTS[g.part.toLowerCase()] ?? 'DT' }), 'dct') : reading(point(day, 'day'), 'dct');
        if (g.part) r.type = 'DATE';
        return r;
      }
      // "Wednesday's ruling" names a known event: past unless a future cue stands right before it
      const possessive = !g.pre && !g.part && /^['’]s\b/.test(ctx.text.slice(ctx.end, ctx.end + 3));
      const tense = possessive ? (tenseAt(ctx.text, ctx.start, ctx.start, 3) === 'future' ? 'future' : 'past') : ctx.tense();
      const day = resolveWeekday(ctx.dct, wd, tense, g.pre);
      // TimeML leaves "early" / "late" outside the extent ("late [Tuesday]")
      const trim = g.pre && /^(early|late|earlier|later)$/i.test(g.pre) ? g.pre.length : 0;
      const r = g.part
        ? reading(point(day, 'part', { clock: DAY_PARTS[g.part.toLowerCase()] ?? 'DT' }), 'dct', tense)
        : reading(point(day, 'day'), 'dct', tense ?? 'past');
      if (g.part) r.type = 'DATE'; // TimeBank types "Friday night" as a date with a part of day
      r.trimStart = trim;
      return r;
    },
  },
  {
    name: 'today',
    pattern: `(?:(?<pre>early|late|earlier|later)\\s+)?(?<rel>today|tonight|yesterday|tomorrow)(?:\\s+(?<part>${PART}))?`,
    build: (g, ctx) => {
      const rel = (g.rel ?? '').toLowerCase();
      // "USA Today", "VOA Today": a capitalised Today after a name is the name's
      if (!g.pre && g.rel === 'Today' && /[A-Za-z]$/.test(ctx.text.slice(Math.max(0, ctx.start - 2), ctx.start).trim()) && /^[A-Z]/.test(prevWord(ctx.text, ctx.start))) return null;
      if (!g.pre && !g.part && rel !== 'tonight' && generic(ctx)) return null;
      const shiftDays = rel === 'yesterday' ? -1 : rel === 'tomorrow' ? 1 : 0;
      const day = addDays(ctx.dct, shiftDays);
      const part = rel === 'tonight' ? 'NI' : g.part ? DAY_PARTS[g.part.toLowerCase()] : undefined;
      if (part) return reading(point(day, 'part', { clock: part }), 'dct');
      if (rel === 'today' && !g.pre && /^(until|till|up\s+to|as\s+of)$/i.test(prevWord(ctx.text, ctx.start))) return reading(point(day, 'day'), 'dct');
      return reading(point(day, 'day'), 'dct', shiftDays < 0 ? 'past' : shiftDays > 0 ? 'future' : 'present');
    },
  },
  {
    name: 'day-part',
    pattern: `(?:(?<pre>this|last|(?:early|earlier|late|later)\\s+(?:this|last))\\s+(?<part>${PART})|(?<over>overnight)(?:\\s+(?:into|to)\\s+(?<into>${WEEKDAY}))?)`,
    build: (g, ctx) => {
      const last = /last/i.test(g.pre ?? '') || !!g.over;
      // "overnight into Sunday": the night that ends on that Sunday (Saturday night), told of the past by default.
      if (g.into) {
        const end = resolveWeekday(ctx.dct, WEEKDAYS[g.into.toLowerCase()] ?? 7, ctx.tense());
        const night = addDays(end, -1);
        const r = reading(point(night, 'part', { clock: 'NI' }), 'dct');
        r.interval = { start: night.toISODate() ?? '', end: end.toISODate() ?? '', granularity: 'day' };
        return r;
      }
      // "Overnight" is the night before the story's today. That is the day its own sentence names ("said on
      // Saturday that it had shot down drones launched overnight"); else publication day, unless the latest
      // day the story has named is older than yesterday (Monday's paper on Friday's trading: "London shares
      // were depressed by overnight losses in New York", Thursday night). An earlier day named in passing
      // does not move it ("Kanyuka said on Wednesday ... The army accused the rebels of shelling a position
      // overnight", in Friday's paper that also told of Thursday: Thursday night).
      const week = addDays(ctx.dct, -7);
      const recent = (p: Point | null): p is Point => p !== null && GRAN_RANK[p.gran] <= GRAN_RANK.day && p.day <= ctx.dct && p.day >= week;
      let ref = ctx.dct;
      if (g.over && ctx.anchorToText) {
        const a = ctx.anchorEnd >= 0 && !SENTENCE_END.test(ctx.text.slice(ctx.anchorEnd, ctx.start)) ? ctx.anchor : null;
        if (recent(a)) ref = a.day;
        else if (ctx.latest && ctx.latest < addDays(ctx.dct, -1) && ctx.latest >= week) ref = ctx.latest;
      }
      const day = addDays(ref, last ? -1 : 0);
      const r = reading(point(day, 'part', { clock: g.over ? 'NI' : DAY_PARTS[(g.part ?? '').toLowerCase()] ?? 'DT' }), ref === ctx.dct ? 'dct' : 'text');
      if (g.over) {
        r.interval = { start: day.toISODate() ?? '', end: ref.toISODate() ?? '', granularity: 'day' };
        r.noAnchor = true; // the night before: later expressions keep to the day itself
      }
      return r;
    },
  },
  {
    name: 'unit',
    pattern: `(?:(?<mod>${PERIOD_MOD})[\\s-]*)?(?<pre>this\\s+past|this\\s+coming|this|last|next|coming|past|previous|current|the\\s+(?:past|last|previous|coming|next|following|current|same|prior|latest|most\\s+recent|preceding)|that)\\s+(?:(?<fiscal>fiscal)\\s+)?(?<unit>week|month|year|quarter|weekend|decade|century)\\b`,
    build: (g, ctx) => {
      const pre = (g.pre ?? '').toLowerCase().replace(/\s+/g, ' ').replace(/^the /, '');
      const unit = (g.unit ?? 'week').toLowerCase() as PointGran;
      if (/^[A-Z]/.test(g.unit ?? '') && titled(ctx)) return null;
      let offset = 0;
      let anchored = false;
      if (/^(last|past|previous|this past|prior|latest|most recent|preceding)$/.test(pre)) offset = -1;
      else if (/^(next|coming|this coming|following)$/.test(pre)) offset = 1;
      if (/^(following|same|that|preceding)$/.test(pre) || (pre === 'next' && /^the /i.test(g.pre ?? ''))) anchored = true;
      if (pre === 'previous' && /^the /i.test(g.pre ?? '')) anchored = true;
      if (pre === 'that' || pre === 'same') offset = 0;
      // "over the past decade" is the last ten years, not the 2010s
      if ((unit === 'decade' || unit === 'century') && offset < 0 && /past|last/.test(pre)) {
        return { type: 'DURATION', value: unit === 'decade' ? 'P10Y' : 'P100Y', anchor: 'none' };
      }
      return periodReading(ctx, unit, offset, anchored, modOf(g.mod), g.mod);
    },
  },
];
