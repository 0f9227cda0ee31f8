/**
 * The temporal tagger's contract, shared by the extractor, the `timex` command and the browser worker.
 */
import type { Granularity } from '../../model/schema.ts';

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** A temporal expression found in text, normalised to a TIMEX3 value against a reference date. */
export interface Timex {
  /** UTF-16 offsets into the text given to the tagger; `end` exclusive. */
  start: number;
  end: number;
  text: string;
  type: TimexType;
  /** TIMEX3 value: `2022-01-12`, `2022-W02`, `2021-12`, `2014`, `201`, `2022-Q1`, `2022-SU`, `P1D`, `PRESENT_REF`, ... */
  value: string;
  /** TIMEX3 mod: START, MID, END, APPROX, BEFORE, AFTER, ... */
  mod?: string;
  /** How the value was reached: past/future reading of a relative expression. */
  tense?: 'past' | 'present' | 'future';
  /** What the value was resolved against: the document date, the previous date in the text, or nothing (absolute). */
  anchor?: 'dct' | 'text' | 'none';
  /**
   * The rule that matched, for provenance: the rule's name, plus `:<tense>` when the tense chose the value
   * ("weekday:past", "month-day:future", "month-day-year", "ago:past", "following", ...).
   */
  rule: string;
  /**
   * The interval the words state when it is narrower or wider than the value's own period, e.g. "earlier
   * this week" at Sat 2022-01-15 is `2022-W02` with interval 2022-01-10..2022-01-15 (granularity week),
   * "July 9-13" is `2022-07-09` with interval 2022-07-09..2022-07-13, "over the weekend" is `2022-W01-WE`
   * with 2022-01-08..2022-01-09 (granularity day). Absent when `timexInterval(value, mod)` says it all;
   * use `intervalOf(timex)` to get either.
   */
  interval?: DateInterval;
}

/** A calendar interval derived from a TIMEX3 value; days are ISO `YYYY-MM-DD`, both ends inclusive. */
export interface DateInterval {
  start: string;
  end: string;
  granularity: Granularity;
}

export interface TagOptions {
  /** Resolve "the following day", "a month later" against the previous date in the text (news style). Default true. */
  anchorToText?: boolean;
  /** Read ambiguous numeric dates (03/04/2022) day first. Default: decided by the text's other numeric dates, else month first. */
  dayFirst?: boolean;
}
