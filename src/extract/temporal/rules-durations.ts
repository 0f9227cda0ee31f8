/**
 * Durations ("24 hours", "the past two months", "a decade", "for weeks"), sets ("weekly", "every year",
 * "each Monday") and vague references ("now", "recently", "the past", "in recent months").
 *
 * @example "over the course of the next 24 hours" -> "the next 24 hours" PT24H; "for weeks" -> "weeks" PXW
 */
import { FREQUENCIES, VAGUE, WEEKDAYS } from './lexicon.ts';
import { prevWord } from './context.ts';
import { APPROX, NUM, UNIT, WEEKDAY } from './fragments.ts';
import { durationValue, numberOf } from './resolve.ts';
import type { Rule } from './rule.ts';

const alt = (o: Record<string, string>): string =>
  Object.keys(o).sort((a, b) => b.length - a.length).map((w) => w.replace(/'/g, "['’]").replace(/ /g, '\\s+')).join('|');

export const DURATION_RULES: Rule[] = [
  {
    name: 'duration',
    pattern: `(?:(?:each\\s+of\\s+)?(?<the>the)\\s+)?(?:(?<dir>past|last|next|previous|coming|first|final|following|remaining|latest)\\s+)?(?:(?<approx>${APPROX})\\s+)?(?<n>${NUM})[\\s-]+(?:(?:full|straight|consecutive|more|additional|long)\\s+)?(?<unit>${UNIT})(?!-old|\\s+old\\b)`,
    build: (g, ctx) => {
      const n = numberOf(g.n);
      const unit = (g.unit ?? '').toLowerCase();
      const nw = (g.n ?? '').toLowerCase();
      if (/^second/.test(unit) && !/^\d/.test(nw)) return null;
      if ((nw === 'a' || nw === 'an') && /^(per|[$£€\d])/.test(prevWord(ctx.text, ctx.start))) return null;
      if (/^\d/.test(nw) && /[$£€]\s*$/.test(ctx.text.slice(Math.max(0, ctx.start - 2), ctx.start))) return null;
      if (n === 0.5 && nw === 'half') return null;
      const r = { type: 'DURATION' as const, value: durationValue(n, unit), anchor: 'none' as const };
      return r;
    },
  },
  {
    name: 'duration-vague',
    pattern: `(?:(?<the>the)\\s+(?<dir>past|last|next|coming)\\s+(?:few\\s+|several\\s+)?)?(?<unit>years|months|weeks|days|decades|hours|minutes|centuries)\\b`,
    build: (g, ctx) => {
      const pw = prevWord(ctx.text, ctx.start).toLowerCase();
      if (!g.the && !/^(for|over|within|took|take|takes|lasted|last|spent|spend)$/.test(pw)) return null;
      return { type: 'DURATION', value: durationValue(NaN, g.unit ?? 'days'), anchor: 'none' };
    },
  },
  {
    name: 'set',
    pattern: `(?<every>every|each|per)\\s+(?:(?<n>other|two|three|four|\\d{1,2})\\s+)?(?:(?<unit>day|night|week|month|quarter|year|decade|hour|minute|weekend|morning|evening|summer|winter|spring|fall)s?\\b|(?<wd>${WEEKDAY}))`,
    build: (g) => {
      if (g.wd) return { type: 'SET', value: `XXXX-WXX-${WEEKDAYS[g.wd.toLowerCase()] ?? 1}`, anchor: 'none' };
      const n = g.n === 'other' ? 2 : g.n ? numberOf(g.n) : 1;
      const unit = (g.unit ?? 'day').toLowerCase();
      const parts: Record<string, string> = { morning: 'XXXX-XX-XXTMO', evening: 'XXXX-XX-XXTEV', summer: 'XXXX-SU', winter: 'XXXX-WI', spring: 'XXXX-SP', fall: 'XXXX-FA' };
      return { type: 'SET', value: parts[unit] ?? durationValue(n, unit), anchor: 'none' };
    },
  },
  {
    name: 'frequency',
    pattern: `(?<f>${alt(FREQUENCIES)})\\b`,
    build: (g, ctx) => {
      const f = (g.f ?? '').toLowerCase();
      if (f === 'annual' || f === 'biannual' || f === 'semiannual') return null;
      void ctx;
      return { type: 'SET', value: FREQUENCIES[f] ?? 'P1D', anchor: 'none' };
    },
  },
  {
    name: 'vague',
    pattern: `(?<v>${alt(VAGUE)})\\b|(?:in\\s+)?(?<recent>recent|the\\s+past\\s+(?:few|several))\\s+(?<unit>years|months|weeks|days|decades)\\b`,
    build: (g, ctx) => {
      if (g.recent) return { type: 'DATE', value: 'PAST_REF', anchor: 'dct', trimStart: /^in\s/i.test(ctx.text.slice(ctx.start, ctx.end)) ? 3 : 0 };
      const v = (g.v ?? '').toLowerCase().replace(/\s+/g, ' ');
      const pw = prevWord(ctx.text, ctx.start).toLowerCase();
      if (v === 'today') return null;
      if (v === 'soon' && /^(as|how|too|so)$/.test(pw)) return null;
      if (v === 'now' && /^(from|until|till|by|than)$/.test(pw)) return null;
      if (v === 'future' && !/^(the|near|foreseeable|distant)$/.test(pw)) return null;
      const trim = v.startsWith('in ') ? 3 : 0;
      return { type: 'DATE', value: VAGUE[v] ?? 'PRESENT_REF', anchor: 'dct', trimStart: trim };
    },
  },
];
