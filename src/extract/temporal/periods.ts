/**
 * Calendar periods named relative to a day: "this week", "last month", "next year", "the following week",
 * "earlier this week", "this weekend". Returns the period's TIMEX3 value and, where the text narrows the
 * period ("earlier this week" = Monday .. publication day), an explicit interval.
 *
 * @example at Sat 2022-01-15: periodReading(ctx, 'week', 0, false, 'START', 'Earlier') -> 2022-W02, 2022-01-10..2022-01-15
 */
import type { DateTime } from 'luxon';
import { addDays, endOfUnit, point, shift, startOfUnit, weekdayOnOrAfter, weekdayOnOrBefore, type Point, type PointGran } from './calendar.ts';
import { reading } from './resolve.ts';
import type { Reading, RuleContext } from './rule.ts';
import type { Granularity } from '../../model/schema.ts';

const iso = (d: DateTime): string => d.toISODate() ?? '';

function weekend(ref: DateTime, offset: number, past: boolean): DateTime {
  if (offset < 0 || (offset === 0 && past)) return weekdayOnOrBefore(addDays(ref, -1), 6);
  const sat = ref.weekday === 7 ? addDays(ref, -1) : weekdayOnOrAfter(ref, 6);
  return offset > 0 ? addDays(sat, 7) : sat;
}

const UNIT_START: Partial<Record<PointGran, 'week' | 'month' | 'quarter' | 'year'>> = { week: 'week', month: 'month', quarter: 'quarter', year: 'year' };

/** `defaultPast`: read an untensed period as past ("over the weekend" in news is the one just gone). */
export function periodReading(ctx: RuleContext, unit: PointGran, offset: number, anchored: boolean, mod?: string, modText?: string, defaultPast = false): Reading | null {
  const useAnchor = anchored && ctx.anchorToText && ctx.anchor !== null;
  const base: DateTime = useAnchor && ctx.anchor ? ctx.anchor.day : ctx.dct;
  const tense = ctx.tense();
  if (unit === 'weekend') {
    const sat = weekend(base, offset, tense === 'past' || (defaultPast && tense !== 'future'));
    const r = reading(point(sat, 'weekend'), useAnchor ? 'text' : 'dct', tense);
    r.interval = { start: iso(sat), end: iso(addDays(sat, 1)), granularity: 'day' };
    return r;
  }
  const p: Point = shift(point(base, unit), unit, offset);
  const r = reading(p, useAnchor ? 'text' : 'dct', tense, mod);
  const startOf = UNIT_START[unit];
  if (offset === 0 && !useAnchor && startOf) {
    const word = (modText ?? '').toLowerCase();
    const g = unit as Granularity;
    const past = word.startsWith('earlier') || (unit === 'week' && !modText && tense === 'past');
    const future = !past && (word.startsWith('later') || (unit === 'week' && !modText && tense === 'future'));
    if (past) r.interval = { start: iso(startOfUnit(ctx.dct, startOf)), end: iso(ctx.dct), granularity: g };
    else if (future) r.interval = { start: iso(ctx.dct), end: iso(endOfUnit(ctx.dct, startOf)), granularity: g };
  }
  return r;
}
