/**
 * The rule table, in priority order. The scanner takes the longest match at each position; between matches
 * of the same length the earlier rule wins, so specific rules come before general ones (a full date before a
 * month-day, a duration before a vague plural, a clock time before a bare weekday).
 *
 * Adding a rule: write `{ name, pattern, build }` in the file of its kind (rules-*.ts). `pattern` is a regex
 * source (case-insensitive, named groups allowed, no backreferences; keep it linear: alternations of words
 * and bounded repeats only); `build(groups, ctx)` returns the TIMEX3 reading or null to decline. Words go in
 * lexicon.ts; if none of the expression's words is a digit or a lexicon/HEAD_WORDS entry, add its key word to
 * HEAD_WORDS, or the prefilter will never look there (tests/unit/temporal.cases.test.ts checks the prefilter
 * against an exhaustive scan). Then add a table case with its text, type and value.
 */
import { ABSOLUTE_RULES } from './rules-absolute.ts';
import { ANAPHORIC_RULES } from './rules-anaphoric.ts';
import { DURATION_RULES } from './rules-durations.ts';
import { NAMED_RULES } from './rules-named.ts';
import { PERIOD_RULES } from './rules-periods.ts';
import { RELATIVE_RULES } from './rules-relative.ts';
import { TIME_RULES } from './rules-times.ts';
import type { Rule } from './rule.ts';

export const RULES: readonly Rule[] = [
  ...TIME_RULES,
  ...ABSOLUTE_RULES,
  ...PERIOD_RULES,
  ...NAMED_RULES,
  ...ANAPHORIC_RULES,
  ...RELATIVE_RULES,
  ...DURATION_RULES,
];
