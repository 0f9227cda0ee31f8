/**
 * The shape shared by every rule: a regex source (named groups allowed) and a builder that turns the groups
 * into a TIMEX3 reading, or declines (null) so the scanner tries the next candidate.
 */
import type { DateTime } from 'luxon';
import type { Point } from './calendar.ts';
import type { Tense } from './context.ts';
import type { DateInterval, TimexType } from './types.ts';

export type Groups = Record<string, string | undefined>;

export interface RuleContext {
  text: string;
  /** Document creation (publication) day. */
  dct: DateTime;
  /** The last date resolved earlier in the text (news-style anchor), or null. */
  anchor: Point | null;
  /** Where the expression that set `anchor` ends (-1: none). */
  anchorEnd: number;
  /** The latest day (or finer point) named so far that is not after publication: the story's "today". */
  latest: DateTime | null;
  /** The last day (or finer point) named so far, whatever came after it. */
  lastDay: Point | null;
  /**
   * The last fiscal period (quarter or half) mentioned: what "a year ago" compares with in earnings news. A
   * year when the last period reported was the year to date ("the first nine months"): "a year earlier" is then
   * the same months of the year before, a year value.
   */
  period: Point | null;
  /** The expression found just before this one: where it ends and the point it names (null: none, or no point). */
  previous: { end: number; point: Point | null } | null;
  /** Read numeric dates day first (21/01/2022) rather than month first. */
  dayFirst: boolean;
  anchorToText: boolean;
  start: number;
  end: number;
  /** Tense of the surrounding clause (computed lazily). */
  tense(): Tense | undefined;
}

export interface Reading {
  type: TimexType;
  value: string;
  mod?: string;
  tense?: Tense;
  anchor?: 'dct' | 'text' | 'none';
  /** The resolved point, which later anaphoric expressions may anchor to. */
  point?: Point;
  interval?: DateInterval;
  /** A comparison ("a year earlier") that later anaphora must not anchor to. */
  noAnchor?: boolean;
  /** A reported span that later comparisons ("a year earlier", "the year-ago results") are made with. */
  period?: Point;
  /** Trim the extent: characters to drop at the start (e.g. a leading "the" TimeML leaves out). */
  trimStart?: number;
}

export interface Rule {
  name: string;
  pattern: string;
  build(g: Groups, ctx: RuleContext): Reading | null;
}
