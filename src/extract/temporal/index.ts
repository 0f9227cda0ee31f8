/**
 * Dateline's temporal tagger: finds the time expressions of a news text and normalises them to TIMEX3 values
 * against the publication date. Runs in Node and in the browser (no `node:` imports; the clock is an input).
 *
 * @example
 * tagTimexes('The minister said on Wednesday ...', '2022-01-15')
 * // -> [{ start: 22, end: 31, text: 'Wednesday', type: 'DATE', value: '2022-01-12', rule: 'weekday:past', tense: 'past', anchor: 'dct' }]
 */
import type { DateTime } from 'luxon';
import { GRAN_RANK, addMonths, parseDay, startOfUnit, type Point } from './calendar.ts';
import { tenseAt, type Tense } from './context.ts';
import type { RuleContext } from './rule.ts';
import { FREQUENCIES, HEAD_WORDS, HOLIDAYS, MONTHS, SEASONS, VAGUE, WEEKDAYS } from './lexicon.ts';
import { RULES } from './rules.ts';
import { compile, scan, type Compiled } from './scan.ts';
import type { TagOptions, Timex } from './types.ts';

export type { DateInterval, TagOptions, Timex, TimexType } from './types.ts';
export { intervalOf, timexInterval } from './interval.ts';

function lastWord(phrase: string): string {
  return phrase.slice(phrase.lastIndexOf(' ') + 1);
}

const COMPILED = compile(RULES, [
  ...HEAD_WORDS, ...Object.keys(MONTHS), ...Object.keys(WEEKDAYS), ...Object.keys(SEASONS), ...Object.keys(FREQUENCIES),
  // a phrase's last word is head enough ("as soon as possible", "Martin Luther King Day"): function words are no heads
  ...Object.keys(VAGUE).map(lastWord), ...Object.keys(HOLIDAYS).map(lastWord),
].filter((w) => !/^(the|at|of|in|near|short|long|more|these|new|good|palm)$/.test(w)));
const NUMERIC_DATE = /(?<![\d/.])(\d{1,2})[/.](\d{1,2})[/.]\d{2,4}(?![\d/])/g;

/** Day-first when some numeric date in the text can only be read day first (21/01/2022), month-first otherwise. */
function dayFirstIn(text: string): boolean {
  for (const m of text.matchAll(NUMERIC_DATE)) {
    if (+(m[1] ?? 0) > 12) return true;
    if (+(m[2] ?? 0) > 12) return false;
  }
  return false;
}

/** The rule context of one document, moved from candidate to candidate (one object: no closures per candidate). */
class Context implements RuleContext {
  anchor: Point | null = null;
  anchorEnd = -1;
  latest: DateTime | null = null;
  lastDay: Point | null = null;
  period: Point | null = null;
  previous: { end: number; point: Point | null } | null = null;
  start = 0;
  end = 0;
  private cached: Tense | undefined | null = null;
  constructor(readonly text: string, readonly dct: DateTime, readonly dayFirst: boolean, readonly anchorToText: boolean) {}
  at(start: number, end: number): this {
    // The tense depends on the span only: keep it when the scanner asks again for the same span.
    if (start !== this.start || end !== this.end) this.cached = null;
    this.start = start;
    this.end = end;
    return this;
  }
  tense(): Tense | undefined {
    if (this.cached === null) this.cached = tenseAt(this.text, this.start, this.end);
    return this.cached;
  }
}

/** Tag every time expression in `text`; `dct` is the publication date (YYYY-MM-DD) relative dates resolve against. */
export function tagTimexes(text: string, dct: string, options: TagOptions = {}): Timex[] {
  return tagWith(COMPILED, text, dct, options);
}

/** The rule table compiled with its head words (exported for tests that compare it with an exhaustive scan). */
export { COMPILED, RULES };

/** `tagTimexes` with another compiled rule set. */
export function tagWith(compiled: Compiled, text: string, dct: string, options: TagOptions = {}): Timex[] {
  const ref = parseDay(dct);
  const out: Timex[] = [];
  const dayFirst = options.dayFirst ?? dayFirstIn(text);
  const anchorToText = options.anchorToText ?? true;
  const ctx = new Context(text, ref, dayFirst, anchorToText);
  const context = (start: number, end: number): RuleContext => ctx.at(start, end);
  scan(text, compiled, context, ({ start, end, rule, reading }) => {
    const t: Timex = { start, end, text: text.slice(start, end), type: reading.type, value: reading.value, rule: rule.name };
    if (reading.mod) t.mod = reading.mod;
    if (reading.tense) {
      t.tense = reading.tense;
      t.rule = `${rule.name}:${reading.tense}`;
    }
    if (reading.anchor) t.anchor = reading.anchor;
    if (reading.interval) t.interval = reading.interval;
    out.push(t);
    ctx.previous = { end, point: reading.point ?? null };
    if (reading.period) ctx.period = reading.period;
    if (reading.point && !reading.noAnchor && (t.type === 'DATE' || t.type === 'TIME')) {
      ctx.anchor = reading.point;
      ctx.anchorEnd = end;
      if (GRAN_RANK[reading.point.gran] <= GRAN_RANK.day && reading.point.day <= ref && (!ctx.latest || reading.point.day > ctx.latest)) ctx.latest = reading.point.day;
      if (GRAN_RANK[reading.point.gran] <= GRAN_RANK.day) ctx.lastDay = reading.point;
      // the period a report compares ("a year earlier") is one already over, never one under way or forecast
      // and the latest one the text names: an earlier quarter mentioned for contrast ("after a flat second
      // quarter") does not replace the third quarter being reported
      if ((reading.point.gran === 'quarter' || reading.point.gran === 'half') && addMonths(startOfUnit(reading.point.day, 'quarter'), reading.point.gran === 'half' ? 6 : 3) <= ref && !(ctx.period && ctx.period.gran !== 'year' && reading.point.day < ctx.period.day)) ctx.period = reading.point;
    }
  });
  return out;
}
