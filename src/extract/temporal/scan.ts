/**
 * The scanner: one combined regex finds the next position where any rule can start; at that position each
 * rule's own sticky regex is tried and the longest reading that its builder accepts wins. Matches never
 * overlap. Cost: one linear pass of the combined regex plus a few sticky attempts per candidate position.
 *
 * @example scan('met on Wednesday', rules, makeContext) -> [{ start: 7, end: 16, rule: weekday, ... }]
 */
import type { Groups, Reading, Rule, RuleContext } from './rule.ts';

/** Word boundaries every rule gets: a time expression never starts or ends inside a word or number. */
const PRE = '(?<![A-Za-z0-9])';
const POST = '(?![A-Za-z0-9])';

export interface Compiled {
  combined: RegExp;
  rules: { rule: Rule; sticky: RegExp }[];
}

const stripNames = (src: string): string => src.replace(/\(\?<([A-Za-z]\w*)>/g, '(?:');

export function compile(rules: readonly Rule[]): Compiled {
  const body = rules.map((r) => `(?:${stripNames(r.pattern)})`).join('|');
  return {
    combined: new RegExp(`${PRE}(?:${body})${POST}`, 'gi'),
    rules: rules.map((rule) => ({ rule, sticky: new RegExp(`${PRE}(?:${rule.pattern})${POST}`, 'iy') })),
  };
}

export interface Hit {
  start: number;
  end: number;
  rule: Rule;
  reading: Reading;
}

/**
 * All accepted matches, left to right. `context(start, end)` builds the rule context for a candidate;
 * `accept(hit)` is called as soon as a hit is chosen so later rules can see it (news-style anchoring).
 */
export function scan(text: string, c: Compiled, context: (start: number, end: number) => RuleContext, accept: (h: Hit) => void): void {
  const re = c.combined;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const pos = m.index;
    const cands: { rule: Rule; groups: Groups; end: number; order: number }[] = [];
    c.rules.forEach((r, order) => {
      r.sticky.lastIndex = pos;
      const mm = r.sticky.exec(text);
      if (mm && mm[0].length > 0) cands.push({ rule: r.rule, groups: mm.groups ?? {}, end: pos + mm[0].length, order });
    });
    cands.sort((a, b) => b.end - a.end || a.order - b.order);
    let next = pos + 1;
    for (const cand of cands) {
      const reading = cand.rule.build(cand.groups, context(pos, cand.end));
      if (!reading) continue;
      let start = pos + (reading.trimStart ?? 0);
      while (start < cand.end && /\s/.test(text[start] ?? '')) start++;
      accept({ start, end: cand.end, rule: cand.rule, reading });
      next = cand.end;
      break;
    }
    re.lastIndex = next;
  }
}
