/**
 * Durations ("24 hours", "the past two months", "a decade", "2 1/2 years", "for weeks"), sets ("weekly",
 * "every year", "each Monday", "$5 million a year") and vague references ("now", "recently", "the past",
 * "current", "in recent months", "coming weeks").
 *
 * Extents follow TimeBank: bounding hedges ("nearly", "at least") belong to a duration, vague ones ("about",
 * "only") do not; "the" is kept before a plural
 * ("the nine months") or a direction ("the past two months") but not before an adjective ("the 30-day").
 *
 * @example "over the course of the next 24 hours" -> "the next 24 hours" PT24H; "for weeks" -> "weeks" PXW
 */
import { DAY_PARTS, FREQUENCIES, MONTHS, VAGUE, VAGUE_PLURAL, WEEKDAYS } from './lexicon.ts';
import { nextWord, prevWord } from './context.ts';
import { MONTH_FULL, NUM, UNIT, WEEKDAY } from './fragments.ts';
import { durationValue, numberOf } from './resolve.ts';
import { point, ymd } from './calendar.ts';
import type { Reading, Rule } from './rule.ts';

const alt = (o: Record<string, string>): string =>
  Object.keys(o).sort((a, b) => b.length - a.length).map((w) => w.replace(/'/g, "['’]").replace(/ /g, '\\s+')).join('|');

const FRACTION = '(?:\\s+(?<half>1/2|and\\s+a\\s+half))';
const COUNTS = /^(\d[\d,.]*%?|million|billion|thousand|hundred|times|once|twice|dollars|cents|percent)$/i;
const FUNCTION_WORD = /^(and|or|but|nor|so|yet|in|on|at|for|to|from|by|since|through|until|during|over|as|with|of|each|every|the|a|an|this|that|these|those|if|when|while|before|after|because|than|is|are|was|were|will|would|has|have|had)$/;
const MODAL_OR_SUBJECT = /^(will|would|could|can|may|might|should|must|shall|he|she|they|we|I|you|it)$/i;
const NOT_PRESENT_NOUN = /^(account|accounts|assets|liabilities|affairs|events|flow|flows|density|source|sources|meter)$/i;

export const DURATION_RULES: Rule[] = [
  {
    name: 'duration',
    pattern: `(?:(?<hedge>nearly|almost|more\\s+than|less\\s+than|fewer\\s+than|at\\s+least|up\\s+to|no\\s+more\\s+than|no\\s+less\\s+than)\\s+)?(?:(?<the>the)\\s+)?(?:(?<dir>past|last|next|previous|coming|first|final|following|remaining|latest|same)\\s+)?(?<n>${NUM})(?:\\s+(?:to|or)\\s+(?<n2>${NUM}))?${FRACTION}?(?<sep>[\\s-]+)(?:(?:full|straight|consecutive|more|additional|long|trading|business|working|calendar)\\s+)?(?<unit>${UNIT})(?<and>\\s+and\\s+a\\s+half)?(?:\\s+or\\s+(?:so|two|three)\\b)?(?![-‐]|\\s+old\\b)`,
    build: (g, ctx): Reading | null => {
      let n = numberOf(g.n);
      const unit = (g.unit ?? '').toLowerCase();
      const nw = (g.n ?? '').toLowerCase();
      const article = nw === 'a' || nw === 'an';
      if (unit.startsWith('second') && !/^\d/.test(nw)) return null;
      // a capitalised unit inside a sentence is a title: CBS's "60 Minutes", "48 Hours"
      if (/^[A-Z]/.test(g.unit ?? '') && !/^[A-Z]/.test(ctx.text.slice(ctx.start, ctx.start + 1)) && /[\w,"“'‘]\s*$/.test(ctx.text.slice(Math.max(0, ctx.start - 3), ctx.start))) return null;
      // "a quarter of its value", "three quarters of the votes" are fractions; "several quarters of losses" is time
      if (unit.startsWith('quarter') && (/-/.test(g.sep ?? '') || (/^(a|an|one|three)$/.test(nw) && /^of$/i.test(nextWord(ctx.text, ctx.end))))) return null;
      // "the first two quarters of 1990" names a part of that year (a half), not a stretch of time
      if (unit.startsWith('quarter') && /^\s+of\s+(?:the\s+year\s+)?(?:(?:1\d|20)\d\d|this|last|next|the\s+(?:current|previous|next|past))\b/i.test(ctx.text.slice(ctx.end, ctx.end + 30))) return null;
      if (/^\d/.test(nw) && /[$£€#]\s*$/.test(ctx.text.slice(Math.max(0, ctx.start - 2), ctx.start))) return null;
      if (nw === 'half') return null;
      if (g.half || g.and) n += 0.5;
      const pw = prevWord(ctx.text, ctx.start);
      // "Islam will one day be ...", "he hopes she some day returns": an adverb for an unnamed future time
      if ((nw === 'one' || nw === 'some') && unit === 'day' && !g.the && !g.dir && !g.hedge && !g.n2 && MODAL_OR_SUBJECT.test(pw)) {
        const next = nextWord(ctx.text, ctx.end);
        if (/^[a-z]+$/.test(next) && !FUNCTION_WORD.test(next) && !/^(later|earlier|ago|after|before|more|longer)$/.test(next)) return { type: 'DATE', value: 'FUTURE_REF', anchor: 'dct' };
      }
      if (article && !g.the && (COUNTS.test(pw) || pw.toLowerCase() === 'per')) return { type: 'SET', value: durationValue(1, unit), anchor: 'none' };
      const plural = unit.endsWith('s');
      const trim = g.the && !g.dir && !plural && !g.hedge ? 4 : 0;
      const r: Reading = { type: 'DURATION', value: durationValue(n, unit), anchor: 'none', trimStart: trim };
      // "the first nine months", "the latest six months": a report on the year to date; what is compared with
      // it "a year earlier" is the same months of the year before
      if ((n === 6 || n === 9) && unit.startsWith('month') && (g.the || /^(first|latest)$/i.test(g.dir ?? '')) && (!g.dir || /^(first|latest)$/i.test(g.dir))) {
        r.period = point(ymd(ctx.period?.day.year ?? ctx.dct.year, 1, 1) ?? ctx.dct, 'year');
      }
      return r;
    },
  },
  {
    name: 'duration-long',
    pattern: `(?:(?<n>${NUM})-)?(?<unit>${UNIT})-long|(?<unit2>day|week|month|year)long`,
    build: (g) => {
      const unit = g.unit ?? g.unit2 ?? 'day';
      return { type: 'DURATION', value: durationValue(g.n ? numberOf(g.n) : /s$/i.test(unit) ? NaN : 1, unit), anchor: 'none' };
    },
  },
  {
    name: 'duration-vague',
    pattern: `(?:(?<the>the)\\s+(?<dir>past|last|next|coming)\\s+(?:few\\s+|several\\s+)?)?(?<unit>years|months|weeks|days|decades|hours|minutes|centuries)\\b|the\\s+(?<unit3>years|months|weeks|days)\\s+ahead\\b|the\\s+(?<unit2>years|decades)\\b`,
    build: (g, ctx) => {
      const pw = prevWord(ctx.text, ctx.start).toLowerCase();
      // "over the years", "over the decades": a stretch of unstated length
      if (g.unit2) return pw === 'over' && !/^\s*(?:of|that|when|before|after|since|to)\b/i.test(ctx.text.slice(ctx.end, ctx.end + 8)) ? { type: 'DURATION', value: durationValue(NaN, g.unit2), anchor: 'none' } : null;
      // "in the weeks ahead"
      if (g.unit3) return { type: 'DURATION', value: durationValue(NaN, g.unit3), anchor: 'none' };
      if (!g.the && !/^(for|over|within|in|took|take|takes|lasted|spent|spend)$/.test(pw)) return null;
      if (!g.the && /^\s*(of|ago|later|earlier|before|after)\b/i.test(ctx.text.slice(ctx.end, ctx.end + 8))) return null;
      return { type: 'DURATION', value: durationValue(NaN, g.unit ?? 'days'), anchor: 'none' };
    },
  },
  {
    name: 'set',
    pattern: `(?<every>every|each|per)\\s+(?:(?<n>other|two|three|four|\\d{1,2})\\s+)?(?:(?<unit>day|night|week|month|quarter|year|decade|hour|minute|weekend|morning|evening|summer|winter|spring|fall)s?\\b|(?<wd>${WEEKDAY})|(?<mon>${MONTH_FULL})\\b)`,
    build: (g) => {
      if (g.wd) return { type: 'SET', value: `XXXX-WXX-${WEEKDAYS[g.wd.toLowerCase()] ?? 1}`, anchor: 'none' };
      if (g.mon) return { type: 'SET', value: `XXXX-${String(MONTHS[g.mon.toLowerCase()] ?? 1).padStart(2, '0')}`, anchor: 'none' };
      const n = g.n === 'other' ? 2 : g.n ? numberOf(g.n) : 1;
      const unit = (g.unit ?? 'day').toLowerCase();
      const parts: Record<string, string> = { morning: 'XXXX-XX-XXTMO', evening: 'XXXX-XX-XXTEV', summer: 'XXXX-SU', winter: 'XXXX-WI', spring: 'XXXX-SP', fall: 'XXXX-FA' };
      return { type: 'SET', value: parts[unit] ?? durationValue(n, unit), anchor: 'none' };
    },
  },
  {
    // "on Mondays", "Tuesday nights", "Saturday mornings": a weekday that repeats (capitalised, as names are)
    name: 'weekday-set',
    pattern: `(?<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:s\\b(?:\\s+(?<part>morning|afternoon|evening|night)s?\\b)?|\\s+(?<parts>morning|afternoon|evening|night)s\\b)`,
    build: (g) => {
      if (!/^[A-Z]/.test(g.wd ?? '')) return null;
      const part = DAY_PARTS[(g.part ?? g.parts ?? '').toLowerCase()];
      return { type: 'SET', value: `XXXX-WXX-${WEEKDAYS[(g.wd ?? '').toLowerCase()] ?? 1}${part ? `T${part}` : ''}`, anchor: 'none' };
    },
  },
  {
    name: 'frequency',
    pattern: `(?<f>${alt(FREQUENCIES)})\\b`,
    build: (g, ctx) => {
      const f = (g.f ?? '').toLowerCase();
      if (f === 'annual' || f === 'biannual' || f === 'semiannual') return null;
      // "its quarterly dividend" names the dividend of a quarter, not a repetition; "a daily rally" is a set
      const nw = nextWord(ctx.text, ctx.end);
      if (f === 'quarterly' && /^[a-z]/.test(nw) && !FUNCTION_WORD.test(nw)) return null;
      // a noun before "of", not a repetition: a payment ("declared its initial quarterly of five cents")
      if (/^\s+of\b/i.test(ctx.text.slice(ctx.end, ctx.end + 4))) return null;
      // "average daily volume" is a rate, not a repetition
      if (/^average$/i.test(prevWord(ctx.text, ctx.start))) return null;
      return { type: 'SET', value: FREQUENCIES[f] ?? 'P1D', anchor: 'none' };
    },
  },
  {
    name: 'vague',
    pattern: `(?<pl>${alt(VAGUE_PLURAL)})\\s+(?<unit>years|months|weeks|days|decades|quarters)\\b|(?<v>${alt(VAGUE)})\\b`,
    build: (g, ctx) => {
      if (g.pl) return { type: 'DATE', value: VAGUE_PLURAL[g.pl.toLowerCase().replace(/\s+/g, ' ')] ?? 'PAST_REF', anchor: 'dct' };
      const v = (g.v ?? '').toLowerCase().replace(/\s+/g, ' ');
      const pw = prevWord(ctx.text, ctx.start).toLowerCase();
      const nw = nextWord(ctx.text, ctx.end);
      if (v === 'now' && /^(than|right|just)$/.test(pw)) return null;
      if (v === 'future') return null; // mostly a noun modifier TimeML leaves alone ("future earnings")
      if (v === 'current' || v === 'recent') {
        // adjectives: only before a noun, never "current account" and the like
        if (!/^[a-z]/.test(nw) || NOT_PRESENT_NOUN.test(nw) || /^(is|are|was|were|and|or|of)$/.test(nw)) return null;
      }
      return { type: 'DATE', value: VAGUE[v] ?? 'PRESENT_REF', anchor: 'dct' };
    },
  },
];
