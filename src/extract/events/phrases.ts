/**
 * Phrase helpers for the events stage, each reading a few tokens around a trigger: the wire dateline to skip,
 * the acting subject, the place, the object for titles, direct speech, and sentence buckets by offset.
 *
 * @example
 * placePhrase(tokens, mentionOfBrussels, text) // "in Brussels"
 */
import type { ActorMention } from '../actors/types.ts';
import type { PeopleResult } from '../actors/people.ts';
import type { Sentence } from '../sentences/split.ts';
import type { Token } from '../sentences/tokens.ts';

/** Token index where a sentence's story starts after a wire dateline ("BRUSSELS, March 4 (Reuters) - "). */
export function datelineEnd(tokens: readonly Token[], first: number, last: number): number {
  const t = tokens[first];
  if (!t || !t.upper || t.text.length < 3) return first;
  for (let i = first + 1; i < Math.min(last, first + 15); i++) {
    const x = tokens[i]!.text;
    if (x === '-' || x === '–' || x === '—') return i + 1 < last ? i + 1 : first;
  }
  return first;
}

const OBLIQUE = new Set(['for', 'to', 'with', 'on', 'against', 'into', 'from', 'about', 'toward', 'towards', 'over', 'at', 'in', 'by']);

/**
 * The subject of the last sentence before `offset` that names an actor: its first actor that is not a place
 * and not the object of a preposition ("support for Ukraine" is not what the next sentence is about).
 */
export function lastActorBefore(mentions: readonly ActorMention[], sentences: readonly Sentence[], offset: number, tokens?: readonly Token[]): ActorMention | undefined {
  // Binary search for the sentence before `offset`, then each earlier sentence's own mentions (never a scan
  // of the whole article per sentence).
  let hi = sentences.length;
  let lo = 0;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (sentences[mid]!.start < offset) lo = mid + 1; else hi = mid; }
  for (let k = lo - 1; k >= 0; k--) {
    const s = sentences[k]!;
    if (s.headline) {
      // A digest item's label ("BELGIUM", "COMOROS - MADAGASCAR") names what the item is about: the look back
      // stops there. Other headlines are skipped.
      const label = tokens ? labelMentions(mentions, tokens, s) : [];
      if (label.length) return label[0];
      continue;
    }
    // "QUESTION: One on Lesotho." names what the next sentences are about, though Lesotho follows "on".
    const topic = tokens && s.last - s.first <= 16 ? topicMentions(mentions, tokens, s) : [];
    if (topic.length) return topic[0];
    for (const x of within(mentions, s.start, s.end)) if (!x.place && !(tokens && oblique(tokens, x.first))) return x;
  }
  return undefined;
}

const TOPIC_LEAD = new Set(['one', 'a', 'quick', 'question', 'follow-up', 'and', 'now', 'finally', 'also', 'on', 'about', 'regarding', 'turning', 'to', 'moving', 'over', 'another', 'last', 'first', 'just', 'the']);
const TOPIC_PREP = new Set(['on', 'about', 'regarding', 'to']);

/**
 * The mentions of a sentence that only announces a topic ("One on Lesotho.", "QUESTION: On the Philippines
 * and China?", "Turning to Haiti."): a speaker label, then a few lead words with a preposition, then actor names
 * joined by "and" or commas; else none.
 */
function topicMentions(mentions: readonly ActorMention[], tokens: readonly Token[], s: Sentence): ActorMention[] {
  const own = within(mentions, s.start, s.end);
  if (!own.length) return [];
  let start = s.first;
  for (let i = s.first; i < own[0]!.first; i++) if (tokens[i]!.text === ':') start = i + 1;
  let prep = false;
  for (let i = start; i < own[0]!.first; i++) {
    const n = tokens[i]!.norm;
    if (!TOPIC_LEAD.has(n)) return [];
    if (TOPIC_PREP.has(n)) prep = true;
  }
  if (!prep) return [];
  let k = 0;
  for (let i = own[0]!.first; i < s.last; i++) {
    const m = own[k];
    if (m && i === m.first) { i = m.last - 1; k++; continue; }
    if (!/^(?:[-–—/&:,.?!]|and)$/i.test(tokens[i]!.text)) return [];
  }
  return own;
}

/** The mentions of a headline made only of actor names joined by dashes, slashes, "and" or "&"; else none. */
function labelMentions(mentions: readonly ActorMention[], tokens: readonly Token[], s: Sentence): ActorMention[] {
  const own = within(mentions, s.start, s.end);
  if (!own.length) return [];
  let k = 0;
  for (let i = s.first; i < s.last; i++) {
    const m = own[k];
    if (m && i === m.first) { i = m.last - 1; k++; continue; }
    if (!/^(?:[-–—/&:]|and)$/i.test(tokens[i]!.text)) return [];
  }
  return own;
}

/**
 * The country the last sentences were about when none was their subject: "Let me start with Haiti, where ...
 * The Government declared a state of emergency", "On Myanmar. The military announced ...". Places and oblique
 * mentions count; only the `back` sentences before `offset` are read.
 */
export function lastCountryBefore(mentions: readonly ActorMention[], sentences: readonly Sentence[], offset: number, back = 3): ActorMention | undefined {
  let hi = sentences.length;
  let lo = 0;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (sentences[mid]!.start < offset) lo = mid + 1; else hi = mid; }
  for (let k = lo - 1; k >= 0 && k >= lo - back; k--) {
    const s = sentences[k]!;
    const found = within(mentions, s.start, s.end).filter((x) => x.ids.length === 1 && x.ids[0]!.startsWith('country:'));
    if (found.length) return found[found.length - 1];
  }
  return undefined;
}

function oblique(tokens: readonly Token[], first: number): boolean {
  const at = tokens[first - 1]?.norm === 'the' ? first - 2 : first - 1;
  const before = tokens[at];
  // "Prime Minister Keir Starmer of the United Kingdom": a name's country, not the sentence's subject.
  return !!before && (OBLIQUE.has(before.norm) || (before.norm === 'of' && !!tokens[at - 1]?.cap));
}

/** Items (sorted by start) lying inside [start, end): binary search, then a short scan. */
export function within<T extends { start: number; end: number }>(items: readonly T[], start: number, end: number): T[] {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (items[mid]!.start < start) lo = mid + 1; else hi = mid; }
  const out: T[] = [];
  for (let i = lo; i < items.length && items[i]!.start < end; i++) if (items[i]!.end <= end) out.push(items[i]!);
  return out;
}

export function tokenIndexAt(tokens: readonly Token[], offset: number, from: number, to: number): number {
  for (let i = from; i < to; i++) if (tokens[i]!.end > offset) return i;
  return to - 1;
}

/** Who acts: the person (else actor) named nearest before the trigger, or right after a passive "by". */
export function subjectOf(at: number, passive: boolean, persons: PeopleResult['mentions'], mentions: readonly ActorMention[], inverted = true): { person?: string; actor?: string } | null {
  const cands: Candidate[] = [];
  for (const p of persons) cands.push({ first: p.first, person: p.key });
  for (const m of mentions) cands.push({ first: m.first, actor: m.group ?? m.ids[0]! });
  // A person named in the sentence is the subject before any country ("Russia's ... Minister Sergey Ryabkov met").
  // A person after a verb is its subject only when a speech verb is inverted ("said Jens Stoltenberg"):
  // "the President hosted Prime Minister Starmer" is not Starmer's act.
  const c = nearest(cands, at, passive, true, inverted) ?? nearest(cands, at, passive, false, inverted);
  if (!c) return null;
  return c.person ? { person: c.person } : { actor: c.actor! };
}

interface Candidate { first: number; person?: string; actor?: string }

// Module-level loops rather than filter/sort closures: subjectOf runs once or twice per event.
/** After the trigger only a person ("said Jens Stoltenberg") or a passive agent ("signed by President Biden"). */
function nearest(cands: readonly Candidate[], at: number, passive: boolean, personsOnly: boolean, inverted: boolean): Candidate | undefined {
  return passive ? after(cands, at, personsOnly) ?? before(cands, at, personsOnly) : before(cands, at, personsOnly) ?? (inverted ? after(cands, at, true) : undefined);
}

/** The candidate nearest before `at` (the first listed on a tie). */
function before(cands: readonly Candidate[], at: number, personsOnly: boolean): Candidate | undefined {
  let best: Candidate | undefined;
  for (const c of cands) if ((!personsOnly || c.person) && c.first < at && (!best || c.first > best.first)) best = c;
  return best;
}

/** The candidate nearest after `at` (the first listed on a tie). */
function after(cands: readonly Candidate[], at: number, personsOnly: boolean): Candidate | undefined {
  let best: Candidate | undefined;
  for (const c of cands) if ((!personsOnly || c.person) && c.first > at && (!best || c.first < best.first)) best = c;
  return best;
}

/** "at the White House", "in Brussels": the place with its preposition. */
export function placePhrase(tokens: readonly Token[], m: ActorMention, text: string): string {
  let a = m.first - 1;
  if (tokens[a]?.norm === 'the') a--;
  return a >= 0 ? text.slice(tokens[a]!.start, m.end) : text.slice(m.start, m.end);
}

/** "in Geneva" right after the trigger's clause: a capitalised place that is not an actor. */
export function placeAfter(tokens: readonly Token[], from: number, to: number, actorAt: ReadonlySet<number>): string | undefined {
  for (let i = from; i < Math.min(to, from + 8); i++) {
    const t = tokens[i]!;
    if (t.text === ',' || t.text === '.' || t.text === ';') return undefined;
    if (t.norm === 'in' && tokens[i + 1]?.cap && !actorAt.has(i + 1) && !/^(January|February|March|April|May|June|July|August|September|October|November|December|\d)/.test(tokens[i + 1]!.text)) {
      let j = i + 1;
      while (j < to && tokens[j]!.cap && !actorAt.has(j)) j++;
      return `in ${tokens.slice(i + 1, j).map((x) => x.text).join(' ')}`;
    }
  }
  return undefined;
}

/** The thing a passive trigger acts on: "the $40.1 billion supplemental appropriations act signed by ...". */
export function objectBefore(tokens: readonly Token[], at: number, floor: number, text: string): string | undefined {
  let a = at;
  while (a > floor && at - a < 8 && !/^[,.;:“”"–—(]$/.test(tokens[a - 1]!.text) && !['on', 'of', 'in', 'for', 'with', 'to', 'about', 'that', 'which'].includes(tokens[a - 1]!.norm)) a--;
  if (a === at) return undefined;
  return text.slice(tokens[a]!.start, tokens[at - 1]!.end);
}

const TRAILING = new Set(['on', 'in', 'at', 'by', 'the', 'a', 'an', 'of', 'to', 'for', 'early', 'late', 'and', 'with', 'from', 'that',
  'near', 'south', 'north', 'east', 'west', 'outside', 'its', 'their', 'his', 'her', 'our', 'this', 'these']);
/** Words that open a relative or adverbial clause: the object ends before them ("an action plan that brings ..."). */
const CLAUSE_OPENERS = new Set(['that', 'which', 'who', 'whom', 'where', 'while', 'because', 'after', 'before', 'as', 'when', 'since']);
const PREPOSITIONS = new Set(['of', 'on', 'in', 'at', 'for', 'to', 'with', 'from', 'by', 'about', 'near']);

/**
 * The words after a trigger, up to `max` tokens, punctuation or (for an object) a clause opener; a phrase cut
 * by the limit ends before its last preposition ("the second reading of a contested" -> "the second reading").
 */
export function objectAfter(tokens: readonly Token[], from: number, to: number, text: string, max = 7, object = true): string | undefined {
  let j = from;
  // What was said runs on through quotation marks ("would be \"devastating\" for ..."); an object stops at them.
  const end = object ? /^[,.;:“”"–—(]$/ : /^[,.;:–—(]$/;
  // A comma inside a figure ("33,000") does not end the phrase.
  const stops = (k: number): boolean => end.test(tokens[k]!.text) && !(tokens[k]!.text === ',' && /\d$/.test(tokens[k - 1]?.text ?? '') && /^\d/.test(tokens[k + 1]?.text ?? '') && tokens[k]!.start === tokens[k - 1]!.end);
  while (j < to && j < from + max && !stops(j) && !(object && j > from && (CLAUSE_OPENERS.has(tokens[j]!.norm) || secondVerb(tokens, j)))) j++;
  if (j === from + max && j < to && !stops(j)) {
    let k = j - 1;
    while (k > from + 1 && !PREPOSITIONS.has(tokens[k]!.norm)) k--;
    if (k > from + 1) j = k;
  }
  while (j > from && (TRAILING.has(tokens[j - 1]!.norm) || /^[“”"]$/.test(tokens[j - 1]!.text))) j--;
  if (j === from) return undefined;
  const out = text.slice(tokens[from]!.start, tokens[j - 1]!.end);
  return object ? out : out.replace(/[“”"]/g, '');
}

const PAST_IRREGULAR = new Set(['met', 'held', 'said', 'told', 'made', 'took', 'gave', 'went', 'left', 'sent', 'won', 'lost', 'spoke', 'flew', 'began', 'saw', 'set', 'put', 'kept', 'brought', 'signed']);
/** "visited Beijing and met Premier Li": a second verb joined by "and" ends the first one's object. */
function secondVerb(tokens: readonly Token[], j: number): boolean {
  if (tokens[j]!.norm !== 'and') return false;
  const w = tokens[j + 1]?.norm ?? '';
  return PAST_IRREGULAR.has(w) || (/^[a-z]{3,}ed$/.test(w) && !tokens[j + 1]!.cap);
}

/** The first direct quotation of at least five words in the sentence (else the longest one). */
export function directSpeech(tokens: readonly Token[], quoted: readonly boolean[], from: number, to: number, text: string): string | undefined {
  let a = -1;
  let best: [number, number] | null = null;
  for (let i = from; i < to; i++) {
    if (quoted[i] && a < 0) a = i;
    if (a >= 0 && (!quoted[i] || i === to - 1)) {
      const b = quoted[i] ? i + 1 : i;
      if (b - a >= 5) return text.slice(tokens[a]!.start, tokens[b - 1]!.end);
      if (b - a >= 3 && (!best || b - a > best[1] - best[0])) best = [a, b];
      a = -1;
    }
  }
  return best ? text.slice(tokens[best[0]]!.start, tokens[best[1] - 1]!.end) : undefined;
}

const LEADING_ADVERBS = new Set(['yesterday', 'today', 'tomorrow', 'tonight', 'meanwhile', 'separately', 'also', 'earlier', 'later', 'now']);
const VERB_CHAIN = new Set(['be', 'been', 'due', 'to', 'expected', 'set', 'scheduled', 'likely']);
const AUXILIARIES = new Set(['has', 'have', 'had', 'was', 'were', 'is', 'are', 'will', 'would', 'also', 'then', 'again', 'last', 'first', 'later', 'reportedly', 'jointly']);
const NP_STOPS = new Set([...CLAUSE_OPENERS, 'and', 'but', 'or', 'of', 'on', 'in', 'at', 'for', 'with', 'to', 'by', 'from', 'if']);
const HEAD_LINKS = new Set(['of', 'in', 'from', 'at', 'on']);
const LEADING_PREPOSITIONS = new Set(['across', 'through', 'throughout', 'over', 'under', 'near', 'between', 'among', 'against', 'during', 'around', 'beyond', 'via', 'inside', 'outside']);
const PRONOUN_SUBJECTS = new Set(['i', 'we', 'you', 'he', 'she', 'it', 'they', 'this', 'that', 'these', 'those', 'there', 'who', 'which']);

/**
 * The subject noun phrase right before a verb, up to five words, inside its clause: "Prosecutors",
 * "Hamas-led gunmen", "the President". Undefined for a pronoun or possessive subject ("we", "our ministers").
 */
export function subjectPhrase(tokens: readonly Token[], at: number, floor: number, text: string): string | undefined {
  let b = at;
  // "The new government is due to be sworn in": the whole verb chain.
  while (b > floor && (AUXILIARIES.has(tokens[b - 1]!.norm) || VERB_CHAIN.has(tokens[b - 1]!.norm))) b--;
  let a = b;
  const word = (i: number): boolean => !/^[,.;:“”"–—()]$/.test(tokens[i]!.text) && !NP_STOPS.has(tokens[i]!.norm) && !/^\d/.test(tokens[i]!.text);
  while (a > floor && b - a < 5 && word(a - 1)) a--;
  // "police in Chisinau", "thousands of protesters": a short modifier after the head noun.
  if (a > floor + 1 && b - a <= 2 && HEAD_LINKS.has(tokens[a - 1]!.norm) && word(a - 2)) {
    a -= 2;
    while (a > floor && b - a < 5 && word(a - 1)) a--;
  }
  // "Yesterday the Minister received ...": a time adverb opening the sentence is not part of the subject.
  while (a < b && LEADING_ADVERBS.has(tokens[a]!.norm)) a++;
  if (a === b) return undefined;
  // "97.7 percent of Bougainvilleans voted": the figure opens the phrase.
  if (a > floor && /^\d[\d.,]*$/.test(tokens[a - 1]!.text)) a--;
  // "Leaders from across the Pacific joined": a phrase that starts at a preposition is no subject.
  if (LEADING_PREPOSITIONS.has(tokens[a]!.norm)) return undefined;
  for (let i = a; i < b; i++) {
    const w = tokens[i]!.norm;
    if (PRONOUN_SUBJECTS.has(w) || w === 'our' || w === 'my' || w === 'its' || w === 'their') return undefined;
  }
  const out = text.slice(tokens[a]!.start, tokens[b - 1]!.end);
  return out.charAt(0).toUpperCase() + out.slice(1);
}

const MILESTONE_AUX = new Set([...AUXILIARIES, 'due', 'to', 'expected', 'set', 'scheduled', 'likely', 'formally', 'partially', 'finally', 'officially', 'nonetheless']);
/** Verbs whose subject is an actor deciding the beginning ("agreed to resume talks"): no subject phrase then. */
const CONTROL_VERBS = new Set(['agreed', 'agree', 'decided', 'decide', 'planned', 'plans', 'plan', 'aimed', 'aims', 'wants', 'wanted', 'hopes', 'hoped', 'intends', 'intended', 'pledged', 'promised', 'vowed', 'would', 'will']);
const MILESTONE_BOUNDS = new Set([',', ';', ':', '(', 'that', 'which', 'who', 'whose', 'when', 'where', 'after', 'before', 'since', 'while', 'because', 'as', 'but', 'said', 'says']);
const PHRASE_LINKS = new Set(['between', 'of', 'on', 'in', 'across', 'for', 'at', 'with', 'from', 'over', 'under', 'along', 'to']);

/**
 * What begins or ends, as written before its verb: "The last serious attempt at a ceasefire" (before ", brokered
 * in Jeddah in May 2023, collapsed"), "Talks on forming a new government in the Brussels-Capital Region", "Cargo
 * traffic across the bridge". A phrase over ten words keeps its head ("The bilateral ceasefire"); undefined for a
 * pronoun, a deciding actor ("agreed to resume"), or no phrase.
 */
export function milestoneSubject(tokens: readonly Token[], at: number, floor: number, text: string): string | undefined {
  let b = at;
  while (b > floor && MILESTONE_AUX.has(tokens[b - 1]!.norm)) b--;
  // An appositive between the subject and its verb is set aside.
  if (tokens[b - 1]?.text === ',') {
    let j = b - 2;
    while (j > floor && b - j < 16 && tokens[j]!.text !== ',') j--;
    if (tokens[j]?.text !== ',') return undefined;
    b = j;
  }
  let a = b;
  for (;;) {
    if (a <= floor) break;
    const prev = tokens[a - 1]!;
    // "1,020-megawatt": a comma inside a figure; "(CIABOC)": a parenthesis inside the phrase.
    if (prev.text === ',' && /^\d/.test(tokens[a]?.text ?? '') && /\d$/.test(tokens[a - 2]?.text ?? '')) { a--; continue; }
    if (prev.text === ')') { let j = a - 2; while (j > floor && tokens[j]!.text !== '(') j--; if (tokens[j]?.text === '(') { a = j; continue; } break; }
    if (MILESTONE_BOUNDS.has(prev.norm) || MILESTONE_BOUNDS.has(prev.text)) break;
    a--;
  }
  while (a < b && (tokens[a]!.norm === 'and' || tokens[a]!.norm === 'then' || tokens[a]!.norm === 'also')) a++;
  // A long phrase keeps its head: "The bilateral ceasefire (between the government of ... and the ELN)".
  if (b - a > 10) {
    let k = a + 1;
    while (k < b && !PHRASE_LINKS.has(tokens[k]!.norm)) k++;
    if (k - a > 6 || k === b) return undefined;
    b = k;
  }
  if (a === b) return undefined;
  for (let i = a; i < b; i++) if (PRONOUN_SUBJECTS.has(tokens[i]!.norm) || CONTROL_VERBS.has(tokens[i]!.norm)) return undefined;
  const out = text.slice(tokens[a]!.start, tokens[b - 1]!.end);
  return out.charAt(0).toUpperCase() + out.slice(1);
}

