/**
 * Dateline's temporal tagger: finds the time expressions of a news text and normalises them to TIMEX3 values
 * against the publication date. Runs in Node and in the browser (no `node:` imports; the clock is an input).
 *
 * @example
 * tagTimexes('The minister said on Wednesday ...', '2022-01-15')
 * // -> [{ start: 22, end: 31, text: 'Wednesday', type: 'DATE', value: '2022-01-12', rule: 'weekday:past', tense: 'past', anchor: 'dct' }]
 */
import { parseDay, type Point } from './calendar.ts';
import { tenseAt, type Tense } from './context.ts';
import type { RuleContext } from './rule.ts';
import { RULES } from './rules.ts';
import { compile, scan } from './scan.ts';
import type { TagOptions, Timex } from './types.ts';

export type { DateInterval, TagOptions, Timex, TimexType } from './types.ts';
export { intervalOf, timexInterval } from './interval.ts';

const COMPILED = compile(RULES);
const NUMERIC_DATE = /(?<![\d/.])(\d{1,2})[/.](\d{1,2})[/.]\d{2,4}(?![\d/])/g;

/** Day-first when some numeric date in the text can only be read day first (21/01/2022), month-first otherwise. */
function dayFirstIn(text: string): boolean {
  for (const m of text.matchAll(NUMERIC_DATE)) {
    if (+(m[1] ?? 0) > 12) return true;
    if (+(m[2] ?? 0) > 12) return false;
  }
  return false;
}

/** Tag every time expression in `text`; `dct` is the publication date (YYYY-MM-DD) relative dates resolve against. */
export function tagTimexes(text: string, dct: string, options: TagOptions = {}): Timex[] {
  const ref = parseDay(dct);
  const out: Timex[] = [];
  let anchor: Point | null = null;
  const dayFirst = options.dayFirst ?? dayFirstIn(text);
  const anchorToText = options.anchorToText ?? true;
  const context = (start: number, end: number): RuleContext => {
    let tense: Tense | undefined | null = null;
    return {
      text, dct: ref, anchor, dayFirst, anchorToText, start, end,
      tense: () => (tense === null ? (tense = tenseAt(text, start, end)) : tense),
    };
  };
  scan(text, COMPILED, context, ({ start, end, rule, reading }) => {
    const t: Timex = { start, end, text: text.slice(start, end), type: reading.type, value: reading.value, rule: rule.name };
    if (reading.mod) t.mod = reading.mod;
    if (reading.tense) {
      t.tense = reading.tense;
      t.rule = `${rule.name}:${reading.tense}`;
    }
    if (reading.anchor) t.anchor = reading.anchor;
    if (reading.interval) t.interval = reading.interval;
    out.push(t);
    if (reading.point && !reading.noAnchor && (t.type === 'DATE' || t.type === 'TIME')) anchor = reading.point;
  });
  return out;
}
