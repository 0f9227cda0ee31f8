/**
 * Finds actor mentions in an article's tokens: longest match of the lexicon's surface forms, checked for
 * case ("US" but not "us"), blocked contexts ("Georgia voters"), and places ("talks in Brussels"). The
 * trie is compiled once per process.
 *
 * @example
 * findActorMentions(tokenize("Russian diplomats met in Geneva."))[0] // { text: "Russian", ids: ["country:RUS"], form: "demonym" }
 */
import { TokenTrie, phraseTokens } from '../sentences/trie.ts';
import { normToken, type Token } from '../sentences/tokens.ts';
import { actorLexicon } from './lexicon.ts';
import type { ActorMention, AliasTarget } from './types.ts';

let trie: TokenTrie<AliasTarget> | null = null;

function compiled(): TokenTrie<AliasTarget> {
  if (trie) return trie;
  trie = new TokenTrie<AliasTarget>();
  // Context-dependent readings ("Brussels" = EU or NATO) win over a plain capital ("Brussels" = Belgium).
  const forms = actorLexicon().forms;
  const contextual = (f: (typeof forms)[number]): boolean => f.target.form === 'contextual' || f.target.form === 'group';
  for (const f of [...forms.filter(contextual), ...forms.filter((f) => !contextual(f))]) trie.add(phraseTokens(f.form), f.target);
  return trie;
}

// "to Washington", "from Moscow" usually name the government (handed over to Washington), so they are not here.
const LOCATIVE = new Set(['in', 'at', 'near', 'outside', 'via', 'around', 'across', 'inside', 'through', 'route']);

function caseOk(target: AliasTarget, tokens: readonly Token[], i: number, end: number): boolean {
  if (target.caseRule === 'any') return true;
  const first = tokens[i]!;
  if (target.caseRule === 'cap') return first.cap;
  for (let j = i; j < end; j++) {
    const t = tokens[j]!;
    if (/\p{L}/u.test(t.text) && !(t.upper || t.text.includes('.') || /^\p{Lu}+$/u.test(t.text.replace(/[^\p{L}]/gu, '')))) return false;
  }
  return true;
}

function blocked(target: AliasTarget, tokens: readonly Token[], i: number, end: number): boolean {
  const before = tokens[i - 1]?.text === ',' ? tokens[i - 2] : tokens[i - 1];
  const after = tokens[end];
  if (target.blockedBefore && before && target.blockedBefore.includes(before.text)) return true;
  if (target.blockedAfter && after && target.blockedAfter.some((w) => w.toLowerCase() === after.norm)) return true;
  if (target.notBeforeName && after && /^\p{Lu}\p{Ll}/u.test(after.text)) return true;
  return false;
}

/** Raw mentions (contextual forms keep all their candidates; see resolve.ts). */
export function findActorMentions(tokens: readonly Token[], from = 0, to = tokens.length): ActorMention[] {
  const t = compiled();
  const out: ActorMention[] = [];
  for (let i = from; i < to; i++) {
    const matches = t.matchesAt(tokens, i, to);
    // "Japan-Philippines talks", "the U.S.-China summit": a hyphenated pair of names is both parties.
    if (!matches.length && tokens[i]!.text.includes('-')) {
      const pair = hyphenPair(t, tokens[i]!, i);
      if (pair) { out.push(...pair); continue; }
    }
    for (const m of matches) {
      const target = m.values.find((v) => caseOk(v, tokens, i, m.end) && !blocked(v, tokens, i, m.end));
      if (!target) continue;
      // "the opposition Democratic Congress", "the African National Congress": a party's name, not a country's
      // Congress. A capitalised word before it that starts no sentence and names no actor ("U.S.", "Peruvian")
      // makes it part of a longer name.
      if (target.rule === 'paragraph' && partOfLongerName(tokens, i, out)) break;
      // "Tajikistan's Security Council": a country's own body of that name, not the UN's.
      if (target.form === 'org' && GENERIC_BODIES.has(tokens.slice(i, m.end).map((x) => x.norm).join(' ')) && countryPossessive(tokens, i, out)) break;
      // "the council" must not swallow the start of a longer name: "The Council of Europe expelled Russia".
      if (tokens[i]!.norm === 'the' && longerAfter(t, tokens, i + 1, m.end, to)) break;
      const prev = tokens[i - 1]?.norm === 'the' ? tokens[i - 2] : tokens[i - 1];
      const place = !!target.locativeIsPlace && !!prev && LOCATIVE.has(prev.norm);
      const a = tokens[i]!;
      const b = tokens[m.end - 1]!;
      const mention: ActorMention = { start: a.start, end: b.end, first: i, last: m.end, ids: target.ids, form: target.form, place };
      if (target.rule) mention.rule = target.rule;
      const group = target.form === 'group' ? groupIdOf(target) : undefined;
      if (group) mention.group = group;
      out.push(mention);
      i = m.end - 1;
      break;
    }
  }
  return out;
}

const NAME_FORMS = new Set(['name', 'capital', 'org', 'media']);

/** Organisation aliases that are also the name of many countries' own bodies. */
const GENERIC_BODIES = new Set(['security council']);

/** Whether "<country>'s" stands right before token `i`. */
function countryPossessive(tokens: readonly Token[], i: number, found: readonly ActorMention[]): boolean {
  const owner = found[found.length - 1];
  return /^['’]s$/.test(tokens[i - 1]?.text ?? '') && !!owner && owner.last === i - 1 && owner.ids.length === 1 && owner.ids[0]!.startsWith('country:');
}

function partOfLongerName(tokens: readonly Token[], i: number, found: readonly ActorMention[]): boolean {
  const before = tokens[i - 1];
  if (!before?.cap || found[found.length - 1]?.last === i) return false;
  const prev = tokens[i - 2];
  return !!prev && !/^[.!?:;"“”‘’'([—–-]$/.test(prev.text);
}

/**
 * The two mentions inside one hyphenated token whose both parts are names of actors ("Japan-Philippines",
 * "US-Russia", "Armenia-Azerbaijan"), each with its own offsets; null otherwise ("pro-Russian", "Russian-made").
 */
function hyphenPair(t: TokenTrie<AliasTarget>, token: Token, i: number): ActorMention[] | null {
  const parts = token.text.split('-');
  if (parts.length !== 2 || !parts[0] || !parts[1]) return null;
  const out: ActorMention[] = [];
  let offset = token.start;
  for (const part of parts) {
    const c0 = part.charCodeAt(0);
    const sub: Token = { start: offset, end: offset + part.length, text: part, norm: normToken(part), cap: c0 >= 65 && c0 <= 90, upper: part.length >= 2 && part === part.toUpperCase() && /\p{L}/u.test(part) };
    const m = t.matchesAt([sub], 0, 1).find((x) => x.end === 1);
    const target = m?.values.find((v) => NAME_FORMS.has(v.form) && caseOk(v, [sub], 0, 1));
    if (!target) return null;
    out.push({ start: sub.start, end: sub.end, first: i, last: i + 1, ids: target.ids, form: target.form, place: false });
    offset += part.length + 1;
  }
  return out;
}

/** Whether an actor name starting at token `i` runs past `end`. */
function longerAfter(t: ReturnType<typeof compiled>, tokens: readonly Token[], i: number, end: number, to: number): boolean {
  if (i >= to) return false;
  return t.matchesAt(tokens, i, to).some((m) => m.end > end && m.values.some((v) => caseOk(v, tokens, i, m.end) && !blocked(v, tokens, i, m.end)));
}

function groupIdOf(target: AliasTarget): string | undefined {
  // Once per alias target: the lexicon is fixed, and the scan over every actor ran at every group mention.
  if (GROUP_IDS.has(target)) return GROUP_IDS.get(target);
  let id: string | undefined;
  for (const a of actorLexicon().actors.values()) {
    if (a.kind === 'group' && a.members && a.members.join() === target.ids.join()) { id = a.id; break; }
  }
  GROUP_IDS.set(target, id);
  return id;
}
const GROUP_IDS = new WeakMap<AliasTarget, string | undefined>();
