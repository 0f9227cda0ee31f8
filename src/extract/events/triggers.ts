/**
 * Trigger words -> event kinds, from data/lexicons/triggers.json and event-kinds.json, compiled once into a
 * token trie. A trigger records its rule id so an event can be traced back to the rule that made it.
 *
 * @example
 * findTriggers(tokenize("Sherman held talks with Ryabkov"))[0] // { rule: "hold-talks", kind: "meeting", first: 1, last: 3 }
 */
import triggerData from '../../../data/lexicons/triggers.json' with { type: 'json' };
import kindData from '../../../data/lexicons/event-kinds.json' with { type: 'json' };
import modalityData from '../../../data/lexicons/modality.json' with { type: 'json' };
import { TokenTrie, phraseTokens } from '../sentences/trie.ts';
import type { Token } from '../sentences/tokens.ts';

export interface TriggerRule {
  id: string;
  kind: string;
  pos: 'verb' | 'noun';
  verb: string;
  undated: 'emit' | 'anchor' | 'drop';
  report?: boolean;
  /** Words that, right before the match, cancel it ("the protesters" are people already told of, not a new protest). */
  notAfter?: ReadonlySet<string>;
}

export interface TriggerHit {
  rule: TriggerRule;
  first: number;
  last: number;
}

export const KIND_PRIORITY = new Map(kindData.kinds.map((k) => [k.kind, k.priority]));
/** Kinds that report speech: they merge with each other when the same person speaks on the same day. */
/** Speech verbs whose complement is what was said (triggers.json sayingVerbs): 'said', 'stated', 'told'. */
export const SAYING_VERBS: ReadonlySet<string> = new Set(triggerData.sayingVerbs.words);

export const SPEECH_KINDS = new Set(['statement', 'warning', 'accusation', 'denial', 'press-conference', 'interview', 'report']);

const MEETING_KINDS = new Set(['meeting', 'summit', 'call']);

/** Kind families: speech acts, meetings, or the kind itself. */
export function family(kind: string): string {
  if (SPEECH_KINDS.has(kind)) return 'speech';
  if (MEETING_KINDS.has(kind)) return 'meeting';
  return kind;
}

let trie: TokenTrie<TriggerRule> | null = null;
const byId = new Map<string, TriggerRule>();

function compiled(): TokenTrie<TriggerRule> {
  if (trie) return trie;
  trie = new TokenTrie<TriggerRule>();
  for (const r of triggerData.rules) {
    const rule: TriggerRule = { id: r.id, kind: r.kind, pos: r.pos as TriggerRule['pos'], verb: r.verb, undated: r.undated as TriggerRule['undated'] };
    if ('report' in r && r.report) rule.report = true;
    if ('notAfter' in r && Array.isArray(r.notAfter)) rule.notAfter = new Set(r.notAfter as string[]);
    byId.set(rule.id, rule);
    for (const p of r.patterns) trie.add(phraseTokens(p), rule);
  }
  return trie;
}

/** The rule with this id (for triggers found by code rather than by pattern). */
export function triggerRule(id: string): TriggerRule | undefined {
  compiled();
  return byId.get(id);
}

/** Trigger matches in tokens [from, to), longest first at each position, never overlapping. */
const DETERMINERS = new Set(modalityData.determiners.words);

/** A determiner right before token `i`, or before one lower-case word before it ("a trilateral meeting"). */
function afterDeterminer(tokens: readonly Token[], i: number): boolean {
  const a = tokens[i - 1], b = tokens[i - 2];
  if (a && DETERMINERS.has(a.norm)) return true;
  return !!a && !!b && !a.cap && /^\p{Ll}+$/u.test(a.text) && DETERMINERS.has(b.norm);
}

export function findTriggers(tokens: readonly Token[], from: number, to: number, skip: (i: number) => boolean): TriggerHit[] {
  const t = compiled();
  const out: TriggerHit[] = [];
  for (let i = from; i < to; i++) {
    if (skip(i)) continue;
    const all = t.matchesAt(tokens, i, to);
    let m = all[0];
    if (!m) continue;
    // "the meeting with", "a trilateral meeting with": an -ing word after a determiner is a noun; a noun
    // reading of it, when the lexicon has one, wins over the longer verb phrase ("meeting with" = meets with).
    if (m.values[0]!.pos === 'verb' && tokens[i]!.norm.endsWith('ing') && afterDeterminer(tokens, i)) {
      const noun = all.find((x) => x.values[0]!.pos === 'noun');
      if (noun) m = noun;
    }
    const rule = m.values[0]!;
    if (rule.notAfter?.has(tokens[i - 1]?.norm ?? '')) continue;
    out.push({ rule, first: i, last: m.end });
    i = m.end - 1;
  }
  return out;
}
