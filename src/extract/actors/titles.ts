/**
 * Title and role reading around person names, driven by data/lexicons/titles.json: "Russia's Deputy Foreign
 * Minister" before a name, ", the US deputy secretary of state" after it, "the Prime Minister of Estonia" on
 * its own. Returns the role words and the affiliation (an actor mention inside or right before the title).
 *
 * @example
 * titleBefore(tokens, i) // { role: "Deputy Foreign Minister", affiliation: "country:RUS", first: 0 }
 */
import titleData from '../../../data/lexicons/titles.json' with { type: 'json' };
import type { Token } from '../sentences/tokens.ts';
import type { ActorMention } from './types.ts';

export const HEADS = new Set(titleData.heads.words);
const MODIFIERS = new Set(titleData.modifiers.words);
const RANKS = new Set(titleData.ranks.words.map((w) => w.replace(/\.$/, '')));
/** "Presidents", "Foreign Ministers": a capitalised plural head before two names joined by "and". */
const PLURAL_HEADS = new Set([...HEADS].filter((w) => /^[a-z]+$/.test(w)).map((w) => `${w}s`));
export const NOT_NAMES = new Set([...titleData.notNames.words.map((w) => w.toLowerCase()), ...HEADS, ...PLURAL_HEADS, ...MODIFIERS, ...RANKS]);
export const DESCRIPTORS = new Set(titleData.descriptors.words);
/** Titles after which one capitalised word is a person ("President Putin"; not "Official Journal"). */
export const SINGLE_NAME_HEADS = new Set(titleData.singleNameHeads.words);
export const GENERIC_DESCRIPTORS = new Set(titleData.descriptors.generic);
const IMPLIED = new Map(titleData.implied.entries.map((e) => [e.title, e.affiliation]));

export interface TitleRead {
  role: string;
  affiliation?: string;
  /** First and last token index of the title (and its affiliation), [first, last). */
  first: number;
  last: number;
  rule: string;
  /** Actors named in the title's remit ("Special Envoy for Sudan"): what the office deals with, never whose it is. */
  remit?: string[];
}

const isHead = (t: Token): boolean => HEADS.has(t.norm) || (t.cap && PLURAL_HEADS.has(t.norm));
/** A title whose head is plural ("Presidents X and Y"): it titles the name after "and" too. */
export const pluralTitle = (tokens: readonly Token[], read: TitleRead): boolean => tokens.slice(read.first, read.last).some((t) => t.cap && PLURAL_HEADS.has(t.norm));
/**
 * Honorifics written between a title and the name ("Prime Minister Shri Narendra Modi", "President Smt. Droupadi
 * Murmu", "Adviser Md. Touhid Hossain"): never part of the name, and no bar between the title and its name.
 */
export const INLINE_HONORIFICS = new Set(['shri', 'shrimati', 'smt', 'md', 'mohd', 'prof', 'hon', 'mme', 'mlle', 'rev']);

/** The "for" of a title's remit ending right before token `i` ("... for West Africa and the Sahel"), or -1. */
function remitStart(tokens: readonly Token[], i: number, floor: number): number {
  let j = i;
  let words = 0;
  while (j - 1 > floor) {
    const t = tokens[j - 1]!;
    if (t.cap && !titleWord(t) && /^\p{L}/u.test(t.text)) { j--; words++; continue; }
    if ((t.norm === 'and' || t.norm === 'the') && words > 0) { j--; continue; }
    break;
  }
  while (tokens[j]?.norm === 'the' || tokens[j]?.norm === 'and') j++;
  return words > 0 && j - 2 >= floor && tokens[j - 1]?.norm === 'for' && titleWord(tokens[j - 2]!) ? j - 1 : -1;
}

/** Where the name at `i` starts once an inline honorific before it ("Smt.", "Shri") is stepped over. */
function beforeHonorific(tokens: readonly Token[], i: number, floor: number): number {
  const k = tokens[i - 1]?.text === '.' ? i - 2 : i - 1;
  return k >= floor && tokens[k] && INLINE_HONORIFICS.has(tokens[k]!.norm) && tokens[k]!.cap ? k : i;
}

const titleWord = (t: Token): boolean => isHead(t) || MODIFIERS.has(t.norm) || RANKS.has(t.norm);
/** A word of a title ("deputy", "minister", "gen."). */
export const isTitleWord = titleWord;

/** Index of the actor mention that ends exactly at token `end` (exclusive), or -1. */
// Mentions indexed by first and last token, built once per article's mention list.
const indexes = new WeakMap<readonly ActorMention[], { byFirst: Map<number, ActorMention>; byLast: Map<number, ActorMention> }>();
function indexOf(mentions: readonly ActorMention[]): { byFirst: Map<number, ActorMention>; byLast: Map<number, ActorMention> } {
  let ix = indexes.get(mentions);
  if (!ix) {
    ix = { byFirst: new Map(), byLast: new Map() };
    for (const m of mentions) { ix.byFirst.set(m.first, m); if (!m.place) ix.byLast.set(m.last, m); }
    indexes.set(mentions, ix);
  }
  return ix;
}
function mentionEndingAt(mentions: readonly ActorMention[], end: number): ActorMention | undefined {
  return indexOf(mentions).byLast.get(end);
}
function mentionStartingAt(mentions: readonly ActorMention[], start: number): ActorMention | undefined {
  return indexOf(mentions).byFirst.get(start);
}

function roleText(tokens: readonly Token[], a: number, b: number): string {
  // One person's role: "Presidents X and Y" -> President.
  return tokens.slice(a, b).filter((t) => !RANKS.has(t.norm) || isHead(t)).map((t) => (t.cap && PLURAL_HEADS.has(t.norm) ? t.text.slice(0, -1) : t.text)).join(' ')
    .replace(/ - /g, '-').replace(/ (['’]s)\b/g, '$1');
}

/** The office's country or organisation when the title names none ("Secretary of State" -> the US). */
export function impliedAffiliation(role: string): string | undefined {
  return implied(role);
}

function implied(role: string): string | undefined {
  const r = role.toLowerCase();
  for (const [title, aff] of IMPLIED) if (r === title || r.endsWith(` ${title}`)) return aff;
  return undefined;
}

/** A title that ends right before token `i` (the first token of a name). */
export function titleBefore(tokens: readonly Token[], nameAt: number, mentions: readonly ActorMention[], floor = 0): TitleRead | null {
  const i = beforeHonorific(tokens, nameAt, floor);
  // "Special Representative of the Secretary-General for West Africa and the Sahel, Leonardo Santos Simão",
  // "Special Envoy for Sudan Tom Perriello": the remit after "for" belongs to the title.
  const forAt = remitStart(tokens, i, floor);
  if (forAt >= 0) {
    const read = titleBefore(tokens, forAt, mentions, floor);
    if (read) {
      const remit = mentions.filter((m) => m.first >= forAt && m.last <= i).flatMap((m) => m.ids);
      return { ...read, role: `${read.role} ${tokens.slice(forAt, i).map((t) => t.text).join(' ')}`, last: nameAt, rule: `${read.rule}+remit`, ...(remit.length ? { remit } : {}) };
    }
  }
  // "President of Finland Alexander Stubb": the title names its country with "of" right before the name.
  // "Personal Envoy of the Secretary-General of the United Nations, Omar Haddad" (read from before the comma).
  const of = mentionEndingAt(mentions, i);
  const ofAt = of ? (tokens[of.first - 1]?.norm === 'the' ? of.first - 2 : of.first - 1) : -1;
  if (of && of.ids.length === 1 && ofAt - 1 >= floor && tokens[ofAt]?.norm === 'of' && titleWord(tokens[ofAt - 1]!)) {
    const read = titleBefore(tokens, ofAt, mentions, floor);
    if (read) return { ...read, role: `${read.role} ${tokens.slice(ofAt, of.last).map((t) => t.text).join(' ')}`, affiliation: of.ids[0]!, last: nameAt, rule: 'title-before+of-affiliation' };
  }
  // "The head of the UN Verification Mission in Colombia, Carlos Ruiz Massieu": a title heading a body whose own
  // name is not in the lexicon, read back from the comma; the body's organisation or country is the affiliation.
  if (tokens[i]?.text === ',') {
    const body = headOfBody(tokens, i, mentions, floor);
    if (body) return body;
  }
  // "leader of Civic Coalition": a title never ends in a preposition, so what follows is not a name.
  const prev = tokens[i - 1]?.norm;
  if (prev === 'of' || prev === 'for' || prev === 'and' || prev === 'the') return null;
  let j = i;
  let hasHead = false;
  let lastHead = -1;
  while (j - 1 >= floor) {
    const t = tokens[j - 1]!;
    if (titleWord(t)) { if (isHead(t)) { hasHead = true; if (lastHead < 0) lastHead = j; } j--; continue; }
    // "Eritrean Information Minister", "Agriculture Minister": a portfolio right before "Minister".
    if (tokens[j]?.norm === 'minister' && j < i && /^\p{Lu}\p{Ll}{3,}$/u.test(t.text) && !mentionEndingAt(mentions, j)) { j--; continue; }
    // "Secretary of State", "Minister of Foreign Affairs and Trade": 'of'/'and' inside a title.
    if ((t.norm === 'of' || t.norm === 'for' || t.norm === 'and' || t.norm === '-') && j - 2 >= floor && titleWord(tokens[j - 2]!)) { j--; continue; }
    // "Personal Envoy of the Secretary-General", "Spokesperson for the Secretary-General".
    if (t.norm === 'the' && hasHead && j - 3 >= floor && (tokens[j - 2]!.norm === 'of' || tokens[j - 2]!.norm === 'for') && titleWord(tokens[j - 3]!)) { j -= 2; continue; }
    break;
  }
  if (!hasHead) return null;
  while (j < i && (tokens[j]!.norm === 'of' || tokens[j]!.norm === 'for' || tokens[j]!.norm === 'and' || tokens[j]!.norm === 'the')) j++;
  void lastHead;
  const role = roleText(tokens, j, i);
  let first = j;
  let affiliation: string | undefined;
  let rule = 'title-before';
  // "Russia's Deputy Foreign Minister", "US Deputy Secretary", "Kremlin spokesman".
  const poss = tokens[j - 1]?.norm === "'s" ? j - 1 : j;
  const m = mentionEndingAt(mentions, poss);
  // Not a mention that ends the sentence before ("... of Finland" + "Prime Minister Store").
  if (m && m.ids.length === 1 && m.first >= floor) { affiliation = m.ids[0]; first = m.first; rule = 'title-before+affiliation'; }
  else {
    const inner = mentions.find((x) => x.first >= j && x.last <= i && x.ids.length === 1 && !x.place);
    if (inner) { affiliation = inner.ids[0]; rule = 'title-before+affiliation'; }
  }
  if (!affiliation) { affiliation = implied(role); if (affiliation) rule = 'title-before+implied'; }
  const out: TitleRead = { role, first, last: nameAt, rule };
  if (affiliation) out.affiliation = affiliation;
  return out;
}

/**
 * "head of the UN Verification Mission in Colombia" ending at `comma`: a title, "of" (and "the"), capitalised words naming
 * a body (an organisation mention among them, or none), and "in <country>" optionally. Null for anything else.
 */
function headOfBody(tokens: readonly Token[], comma: number, mentions: readonly ActorMention[], floor: number): TitleRead | null {
  let j = comma;
  // "the UN Support Mission in Libya (UNSMIL), Hanna Tetteh": an acronym in brackets before the comma.
  if (tokens[j - 1]?.text === ')' && tokens[j - 3]?.text === '(' && j - 3 > floor) j -= 3;
  const roleEnd = j;
  let place: ActorMention | undefined;
  const last = mentionEndingAt(mentions, j);
  if (last && tokens[last.first - 1]?.norm === 'in') { place = last; j = last.first - 1; }
  let org: ActorMention | undefined;
  let words = 0;
  while (j - 1 >= floor) {
    const m = mentionEndingAt(mentions, j);
    if (m && m.ids.length === 1 && m.ids[0]!.startsWith('org:')) { org ??= m; j = m.first; words++; continue; }
    const t = tokens[j - 1]!;
    if (t.cap && !m && !titleWord(t)) { j--; words++; continue; }
    // "the Autonomous Region of Bougainville": "of" between capitalised words of the name.
    if (t.norm === 'of' && words > 0 && tokens[j - 2]?.cap && !titleWord(tokens[j - 2]!) && j - 2 >= floor) { j--; continue; }
    break;
  }
  // "president of the Autonomous Region of Bougainville", "president of Bougainville".
  const the = tokens[j - 1]?.norm === 'the' ? 1 : 0;
  if (!words || tokens[j - 1 - the]?.norm !== 'of' || j - 2 - the < floor || !HEADS.has(tokens[j - 2 - the]!.norm)) return null;
  let first = j - 2 - the;
  while (first - 1 >= floor && titleWord(tokens[first - 1]!)) first--;
  const affiliation = org?.ids[0] ?? place?.ids[0];
  const out: TitleRead = { role: roleText(tokens, first, roleEnd), first, last: comma + 1, rule: 'title-before+head-of-body' };
  if (affiliation) out.affiliation = affiliation;
  return out;
}

/** Nouns whose possessive stands for the country of the passage ("the country's defence minister"). */
const OWNER_NOUNS = new Set(['country', 'nation', 'kingdom', 'republic']);

/** A title that starts at token `i` ("the US deputy secretary of state", "Secretary-General of the US-led bloc"). */
export function titleAfter(tokens: readonly Token[], i: number, mentions: readonly ActorMention[], limit = tokens.length): TitleRead | null {
  let j = i;
  // "the US deputy secretary", "a foreign ministry spokeswoman", "an adviser".
  if (tokens[j]?.norm === 'the' || tokens[j]?.norm === 'a' || tokens[j]?.norm === 'an') j++;
  let affiliation: string | undefined;
  const lead = mentionStartingAt(mentions, j);
  if (lead && lead.ids.length === 1) { affiliation = lead.ids[0]; j = lead.last; if (tokens[j]?.norm === "'s") j++; }
  // "the country's defence minister": a title of the country the passage is about (found later, from the passage).
  else if (tokens[i]?.norm === 'the' && OWNER_NOUNS.has(tokens[j]?.norm ?? '') && tokens[j + 1]?.norm === "'s") j += 2;
  const roleStart = j;
  let hasHead = false;
  let roleEnd = j;
  while (j < limit) {
    const t = tokens[j]!;
    if (titleWord(t)) { j++; if (HEADS.has(t.norm)) { hasHead = true; roleEnd = j; } continue; }
    // "the communication minister", "the agriculture minister": a portfolio before "minister" is part of the title.
    if (!hasHead && !t.cap && /^\p{Ll}{4,}$/u.test(t.text) && (tokens[j + 1]?.norm === 'minister' || (tokens[j + 2]?.norm === 'minister' && /^\p{Ll}{3,}$/u.test(tokens[j + 1]!.text)))) { j++; continue; }
    // "the ministry's spokesman", "the Taliban government's chief spokesman".
    if (t.norm === "'s" && j > roleStart && !hasHead && titleWord(tokens[j - 1]!)) { j++; continue; }
    if ((t.norm === 'of' || t.norm === 'for') && hasHead) {
      let k = j + 1;
      if (tokens[k]?.norm === 'the') k++;
      const m = mentionStartingAt(mentions, k);
      if (m && m.ids.length === 1) { affiliation ??= m.ids[0]; roleEnd = Math.max(roleEnd, j); j = m.last; break; }
      if (tokens[k] && titleWord(tokens[k]!)) { j = k; continue; }
    }
    break;
  }
  if (!hasHead) return null;
  const role = roleText(tokens, roleStart, roleEnd);
  if (!affiliation) affiliation = implied(role);
  const out: TitleRead = { role, first: i, last: j, rule: 'title-after' };
  if (affiliation) out.affiliation = affiliation;
  return out;
}
