/**
 * Short forms of organisations named earlier in the article: "the Forum" after "the Pacific Islands Forum",
 * "the Fund" after "the International Monetary Fund", "the Court" after "the International Court of Justice".
 * The head word of every multi-word organisation name in the lexicon ("Forum", "Fund", "Court": the last word, or
 * the word before "of") becomes a contextual form with rule 'seen': it names the organisation with that head that
 * the article named most recently, and nothing when it named none (resolve.ts). Only the capitalised head right
 * after "the" counts, and not before another capitalised word ("the Commission President" is left alone).
 *
 * @example
 * findShortForms(tokenize("The Pacific Islands Forum meets in May. The Forum's leaders ..."), mentions)
 * // [{ ids: ['org:pif', ...], form: 'contextual', rule: 'seen', ... }] for "The Forum"
 */
import type { Token } from '../sentences/tokens.ts';
import { actorLexicon } from './lexicon.ts';
import type { ActorMention } from './types.ts';

/** Words that head an organisation's name and, alone after "the", still mean it. */
const HEADS = new Set([
  'Forum', 'Council', 'Commission', 'Union', 'Organization', 'Organisation', 'Court', 'Community', 'Bank', 'Fund',
  'Agency', 'Assembly', 'Alliance', 'Mission', 'Tribunal', 'Authority', 'Committee', 'League', 'Programme', 'Bloc',
  'Secretariat', 'Board', 'Office',
]);

let cached: Map<string, string[]> | null = null;

/** Head word -> the organisations whose multi-word names it heads, in lexicon order. */
function headIndex(): Map<string, string[]> {
  if (cached) return cached;
  const out = new Map<string, string[]>();
  for (const { form, target } of actorLexicon().forms) {
    if (target.form !== 'org' || target.ids.length !== 1) continue;
    const words = (form.includes(' of ') ? form.slice(0, form.indexOf(' of ')) : form).split(' ');
    const head = words[words.length - 1]!;
    if (words.length < 2 && !form.includes(' of ')) continue;
    if (!HEADS.has(head)) continue;
    const id = target.ids[0]!;
    const list = out.get(head) ?? [];
    if (!list.includes(id)) list.push(id);
    out.set(head, list);
  }
  cached = out;
  return out;
}

const POSSESSIVE = new Set(["'s", '’s', "'", '’']);

export function findShortForms(tokens: readonly Token[], mentions: readonly ActorMention[]): ActorMention[] {
  const heads = headIndex();
  const taken = new Set<number>();
  for (const m of mentions) for (let k = m.first; k < m.last; k++) taken.add(k);
  const out: ActorMention[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (tokens[i]!.norm !== 'the') continue;
    const head = tokens[i + 1]!;
    const ids = head.cap ? heads.get(head.text) : undefined;
    if (!ids || taken.has(i + 1)) continue;
    const next = tokens[i + 2];
    if (next && next.cap && !POSSESSIVE.has(next.text)) continue;
    out.push({ start: tokens[i]!.start, end: head.end, first: i, last: i + 2, ids, form: 'contextual', rule: 'seen', place: false });
  }
  return out;
}
