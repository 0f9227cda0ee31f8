/**
 * Political parties named in the text, which no lexicon can list: a run of capitalised words ending in "Party"
 * ("the Labour Party", "Progress Party", "the Democratic Party of Socialists"). Each becomes an organisation actor
 * whose id is made from its name (`org:party:labour-party`), with the rule `found:party` as provenance. Words that
 * name a country ("Chinese Communist Party") stay the country's mention and are not part of the party's name.
 *
 * @example
 * findParties(tokenize("Støre's Labour Party won on Monday."), []) // [{ ids: ["org:party:labour-party"], name: "Labour Party", ... }]
 */
import { slug } from '../merge/hash.ts';
import type { Token } from '../sentences/tokens.ts';
import type { ActorMention } from './types.ts';

export interface FoundParty extends ActorMention {
  name: string;
}

const HEAD = 'party';
/** Capitalised words that open a sentence or a clause, never a party's name ("The Party", "His party"). */
const NOT_NAME = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'ruling', 'opposition', 'governing', 'main', 'largest', 'new', 'this', 'that']);
const CONNECTORS = new Set(['of', 'for', 'and']);

export function findParties(tokens: readonly Token[], mentions: readonly ActorMention[]): FoundParty[] {
  const taken = new Set<number>();
  for (const m of mentions) for (let k = m.first; k < m.last; k++) taken.add(k);
  const out: FoundParty[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.norm !== HEAD || !t.cap) continue;
    // Back over capitalised words that are no actor of their own: "Socialist Left Party".
    let first = i;
    while (first > 0 && tokens[first - 1]!.cap && !tokens[first - 1]!.upper && !taken.has(first - 1) && !NOT_NAME.has(tokens[first - 1]!.norm) && /^\p{Lu}[\p{L}'’-]*$/u.test(tokens[first - 1]!.text)) first--;
    if (first === i) continue;
    // Forward over "of Socialists", "for Freedom and Justice".
    let last = i + 1;
    while (CONNECTORS.has(tokens[last]?.norm ?? '') && tokens[last + 1]?.cap && !taken.has(last + 1) && /^\p{Lu}\p{Ll}/u.test(tokens[last + 1]!.text)) {
      let k = last + 1;
      while (tokens[k]?.cap && !taken.has(k) && /^\p{Lu}\p{Ll}/u.test(tokens[k]!.text)) k++;
      last = k;
    }
    const name = tokens.slice(first, last).map((x) => x.text).join(' ');
    out.push({ start: tokens[first]!.start, end: tokens[last - 1]!.end, first, last, ids: [`org:party:${slug(name)}`], form: 'org', place: false, name });
    i = last - 1;
  }
  return out;
}
