/**
 * The scanner. A literal head regex (digits and the head words every time expression contains) finds the
 * few places worth looking at; at each word start in a short window before a head, one sticky regex that
 * combines all rules says whether any rule matches there; only then each rule's own sticky regex is tried
 * and the longest reading its builder accepts wins. Matches never overlap. Cost: one linear pass of a
 * literal alternation plus a handful of sticky attempts per head.
 *
 * @example scan('met on Wednesday', rules, makeContext) -> [{ start: 7, end: 16, rule: weekday, ... }]
 */
import { firstChars, firstPairs, type CharSet } from './first.ts';
import type { Groups, Reading, Rule, RuleContext } from './rule.ts';

/** How far before a head word an expression may start ("at least the past 18 [months]"). */
const WINDOW = 32;
/** How far before a number ("the beginning of [2014]"); words like "fiscal" or "noon" are heads themselves. */
const DIGIT_WINDOW = 20;

/** Word boundaries every rule gets: a time expression never starts or ends inside a word or number. */
const PRE = '(?<![A-Za-z0-9])';
const POST = '(?![A-Za-z0-9])';

export interface Compiled {
  heads: RegExp;
  combined: RegExp;
  /** Each rule with its own sticky regex and the lower-cased characters a match can start with (null: any). */
  rules: { rule: Rule; sticky: RegExp; first: CharSet }[];
  /**
   * The first two (lower-cased) characters some rule can start with: first character -> second characters, or
   * null when anything may follow the first. No entry: no rule starts there, the combined regex is not run.
   * Null altogether when some rule can start anywhere.
   */
  pairs: Map<string, Set<string> | null> | null;
}

/** Inside the combined regex each rule is one numbered group, so inner names and groups become non-capturing. */
const stripNames = (src: string): string => src.replace(/\(\?<([A-Za-z]\w*)>/g, '(?:').replace(/\((?!\?)/g, '(?:');

const escape = (c: string): string => c.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

/**
 * The words as one regex alternation shaped as a trie ("to(?:day|morrow|night)"): the same words as a flat
 * longest-first list, but a mismatch costs one character test instead of one test per word. Greedy optional
 * tails keep the longest word first, as the flat list did.
 */
export function trie(words: readonly string[]): string {
  interface Node { end: boolean; next: Map<string, Node> }
  const root: Node = { end: false, next: new Map() };
  for (const w of words) {
    let n = root;
    for (const c of w) {
      let k = n.next.get(c);
      if (!k) n.next.set(c, (k = { end: false, next: new Map() }));
      n = k;
    }
    n.end = true;
  }
  const emit = (n: Node): string => {
    const alts = [...n.next].sort(([a], [b]) => (a < b ? -1 : 1)).map(([c, k]) => escape(c) + emit(k));
    if (alts.length === 0) return '';
    const body = alts.length === 1 ? alts[0]! : `(?:${alts.join('|')})`;
    return n.end ? (alts.length === 1 ? `(?:${body})?` : `${body}?`) : body;
  };
  return emit(root);
}

/** `heads`: words every expression contains somewhere (besides digits), see HEAD_WORDS in the lexicon. */
export function compile(rules: readonly Rule[], heads: readonly string[]): Compiled {
  const words = [...new Set(heads.map((h) => h.toLowerCase()))];
  return {
    heads: new RegExp(`(?<![$£€\\d.,])\\d+(?![\\d%]|,\\d{3})|\\b(?:${trie(words)})\\b`, 'gi'),
    combined: new RegExp(`${PRE}(?:${rules.map((r) => `(${stripNames(r.pattern)})`).join('|')})${POST}`, 'iy'),
    rules: rules.map((rule) => ({ rule, sticky: new RegExp(`${PRE}(?:${rule.pattern})${POST}`, 'iy'), first: firstChars(rule.pattern) })),
    pairs: pairTable(rules),
  };
}

function pairTable(rules: readonly Rule[]): Map<string, Set<string> | null> | null {
  const table = new Map<string, Set<string> | null>();
  for (const r of rules) {
    for (const p of firstPairs(r.pattern)) {
      if (p === '') return null;
      const c = p[0]!;
      if (p.length === 1) table.set(c, null);
      else if (table.get(c) !== null) {
        const seconds = table.get(c) ?? new Set<string>();
        seconds.add(p[1]!);
        table.set(c, seconds);
      }
    }
  }
  return table;
}

/** Whether some rule can start with the two characters at `pos` (lower-cased as the rules match). */
function canStart(text: string, pos: number, pairs: Map<string, Set<string> | null>): boolean {
  const seconds = pairs.get(text[pos]!.toLowerCase());
  if (seconds === undefined) return false;
  if (seconds === null) return true;
  const next = text[pos + 1];
  return next !== undefined && seconds.has(next.toLowerCase());
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
  const heads = c.heads;
  heads.lastIndex = 0;
  let done = 0; // end of the last accepted expression
  let tried = 0; // every position below this was tried already
  for (let h = heads.exec(text); h; h = heads.exec(text)) {
    const head = h.index;
    if (head < done) continue;
    const back = isDigit(text.charCodeAt(head)) ? DIGIT_WINDOW : WINDOW;
    for (let pos = Math.max(done, tried, head - back); pos <= head; pos++) {
      if (!isWordStart(text, pos)) continue;
      if (c.pairs && !canStart(text, pos, c.pairs)) continue;
      c.combined.lastIndex = pos;
      const m = c.combined.exec(text);
      if (!m) continue;
      // the first rule that matched: the ones before it cannot match here
      let first = 1;
      while (m[first] === undefined && first < m.length) first++;
      const hit = best(text, pos, c, context, first - 1);
      if (!hit) continue;
      accept(hit);
      done = hit.end;
      if (heads.lastIndex < done) heads.lastIndex = done;
      break;
    }
    tried = Math.max(tried, head + 1);
  }
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isWordChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isWordStart(text: string, pos: number): boolean {
  const code = text.charCodeAt(pos);
  if (!isWordChar(code) && code !== 39) return false; // 39: "'" as in '90s
  return pos === 0 || !isWordChar(text.charCodeAt(pos - 1));
}

/** The longest reading some rule accepts at `pos`, or null. */
function best(text: string, pos: number, c: Compiled, context: (start: number, end: number) => RuleContext, from: number): Hit | null {
  const cands: { rule: Rule; groups: Groups; end: number; order: number }[] = [];
  // Rules before `from` cannot match here: the combined regex tried them first. Nor can a rule that never
  // starts with this character (a set lookup instead of a regex run: most rules are skipped so).
  const code = text.charCodeAt(pos);
  const ch = String.fromCharCode(code >= 65 && code <= 90 ? code + 32 : code);
  for (let order = from; order < c.rules.length; order++) {
    const r = c.rules[order]!;
    if (r.first !== null && !r.first.has(ch)) continue;
    r.sticky.lastIndex = pos;
    const mm = r.sticky.exec(text);
    if (mm && mm[0].length > 0) cands.push({ rule: r.rule, groups: mm.groups ?? {}, end: pos + mm[0].length, order });
  }
  cands.sort((a, b) => b.end - a.end || a.order - b.order);
  for (const cand of cands) {
    const reading = cand.rule.build(cand.groups, context(pos, cand.end));
    if (!reading) continue;
    let start = pos + (reading.trimStart ?? 0);
    while (start < cand.end && /\s/.test(text[start] ?? '')) start++;
    return { start, end: cand.end, rule: cand.rule, reading };
  }
  return null;
}
