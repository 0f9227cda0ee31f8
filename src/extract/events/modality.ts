/**
 * Whether a trigger states a real event: quotes (words inside a direct quotation are the statement's content,
 * not events), hypotheticals ("if Russia invades"), negations ("never came to pass"), habits ("every year"),
 * infinitives ("met to discuss") and future cues ("will meet") -> planned. Cue lists are data
 * (data/lexicons/modality.json).
 *
 * @example
 * modalityOf(tokens, hit, sentenceFirst) // 'hypothetical' for "invades" in "if Russia further invades Ukraine"
 */
import modalityData from '../../../data/lexicons/modality.json' with { type: 'json' };
import { phraseTokens } from '../sentences/trie.ts';
import type { Token } from '../sentences/tokens.ts';
import { SAYING_VERBS, type TriggerHit } from './triggers.ts';
import { AMBIGUOUS_MONTHS, MONTHS, WEEKDAYS } from '../temporal/lexicon.ts';

export type Modality = 'hypothetical' | 'negated' | 'habitual' | 'irrealis';

/** Cues indexed by their first word, so a window is checked with one map lookup per token. */
type Cues = Map<string, string[][]>;
const cueList = (words: string[]): Cues => {
  const out: Cues = new Map();
  for (const w of words) {
    const t = phraseTokens(w);
    if (t.length) out.set(t[0]!, [...(out.get(t[0]!) ?? []), t]);
  }
  return out;
};
const HYPO = cueList(modalityData.hypothetical.words);
const CONDITIONAL_OPENERS = new Set(['if', 'unless']);
const NEG = cueList(modalityData.negation.words);
const HABIT = cueList(modalityData.habitual.words);
const FUTURE = cueList(modalityData.future.words);
const IRREALIS = new Set(modalityData.irrealis.words);
const BREAKS = new Set(modalityData.clauseBreaks.words);
const REFERENCE = cueList(modalityData.reference.words);
const DETERMINERS = new Set(modalityData.determiners.words);
const PAST = new Set(modalityData.pastForms.words);
const IRREALIS_OK = cueList(modalityData.irrealisExceptions.words);

/** For each token of the article, whether it lies inside a direct quotation (straight or curly double quotes). */
export function quoteMask(tokens: readonly Token[]): boolean[] {
  // Filled by push in one pass (Array.from({ length }, fn) cost a call per article token, a visible share).
  const mask: boolean[] = [];
  let open = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!.text;
    if (t === '“') { open = true; mask.push(false); continue; }
    if (t === '”') { open = false; mask.push(false); continue; }
    if (t === '"') { open = !open; mask.push(false); continue; }
    mask.push(open);
  }
  return mask;
}

function cueBefore(tokens: readonly Token[], at: number, floor: number, window: number, cues: Cues, stopAtBreak = true): boolean {
  for (let i = at - 1; i >= Math.max(floor, at - window); i--) {
    const t = tokens[i]!;
    if (stopAtBreak && BREAKS.has(t.norm)) return false;
    // A capitalised word is a cue only at the start of the sentence ("May 15" is not the modal "may").
    if (t.cap && i !== floor) continue;
    const list = cues.get(t.norm);
    if (!list) continue;
    for (const cue of list) {
      if (i + cue.length <= at && cue.every((w, k) => tokens[i + k]?.norm === w)) return true;
    }
  }
  return false;
}

/** Words that end the reported clause before a "would": "said it was ready, and would ...", "said that if ...". */
const REPORTED_BREAKS = new Set(['and', 'but', 'if', 'unless', ';', '.']);

/**
 * "The African Union said it would convene a summit next month": a "would" right after a saying verb is the
 * future of reported speech, not a condition. Returns true for such a trigger (no "if" or "unless" before).
 */
export function reportedFuture(tokens: readonly Token[], hit: TriggerHit, floor: number): boolean {
  for (let i = hit.first - 1; i >= Math.max(floor, hit.first - 4); i--) {
    if (tokens[i]!.norm !== 'would') continue;
    for (let j = i - 1; j >= Math.max(floor, i - 6); j--) {
      const w = tokens[j]!.norm;
      if (SAYING_VERBS.has(w)) {
        for (let k = floor; k < j; k++) if (CONDITIONAL_OPENERS.has(tokens[k]!.norm)) return false;
        return true;
      }
      if (REPORTED_BREAKS.has(w)) return false;
    }
    return false;
  }
  return false;
}

export function modalityOf(tokens: readonly Token[], hit: TriggerHit, floor: number): Modality | null {
  if (cueBefore(tokens, hit.first, floor, modalityData.negation.window, NEG)) return 'negated';
  if (cueBefore(tokens, hit.first, floor, modalityData.hypothetical.window, HYPO) && !reportedFuture(tokens, hit, floor)) return 'hypothetical';
  // "If Russia seizes the assets, the Commission will propose further steps, an EU official said": telling of a
  // condition (not in quotation marks) is not an event of its own.
  if (hit.rule.report && hit.first > floor && CONDITIONAL_OPENERS.has(tokens[floor]!.norm)) return 'hypothetical';
  if (nounInInfinitive(tokens, hit, floor)) return 'irrealis';
  const prev = tokens[hit.first - 1];
  if (hit.rule.pos === 'verb' && prev && IRREALIS.has(prev.norm) && !isFuture(tokens, hit, floor)
    && !cueBefore(tokens, hit.first, floor, 3, IRREALIS_OK)) return 'irrealis';
  return null;
}

/** "every year since 2015": the sentence tells of a habit. */
export function isHabitual(tokens: readonly Token[], floor: number, ceil: number): boolean {
  return cueBefore(tokens, ceil, floor, ceil - floor, HABIT, false);
}

export function isFuture(tokens: readonly Token[], hit: TriggerHit, floor: number): boolean {
  for (let k = hit.first; k < hit.last; k++) if (tokens[k]!.norm === 'will') return true;
  if (reportedFuture(tokens, hit, floor)) return true;
  // "agreed on Monday to meet again next month": a plan verb's "to" across a time phrase.
  if (plannedAfterPlanVerb(tokens, hit, floor) || plannedNoun(tokens, hit, floor) || voteAhead(tokens, hit, floor)) return true;
  return cueBefore(tokens, hit.first, floor, modalityData.future.window, FUTURE);
}

// (Not "the": "observers for the parliamentary elections held on October 26" looks back.)
const VOTE_MODIFIERS = new Set(['a', 'an', 'early', 'snap', 'new', 'fresh', 'free', 'fair', 'and', 'general', 'presidential', 'parliamentary', 'local', 'legislative', 'national']);

/** "set November 30 as the date for elections", "called for early elections": a vote "for" which is still ahead. */
function voteAhead(tokens: readonly Token[], hit: TriggerHit, floor: number): boolean {
  if (hit.rule.pos !== 'noun' || hit.rule.kind !== 'vote') return false;
  let i = hit.first - 1;
  while (i > floor && VOTE_MODIFIERS.has(tokens[i]!.norm)) i--;
  return tokens[i]?.norm === 'for';
}

/**
 * A noun trigger after "following", "after", "amid" ... refers to an event told elsewhere ("following
 * negotiations"). Returns the cue word, or null.
 */
export function referenceCue(tokens: readonly Token[], hit: TriggerHit, floor: number): string | null {
  if (hit.rule.pos !== 'noun') return null;
  for (let i = hit.first - 1; i >= Math.max(floor, hit.first - modalityData.reference.window); i--) {
    const t = tokens[i]!;
    if ((REFERENCE.get(t.norm) ?? []).some((cue) => cue.every((w, k) => tokens[i + k]?.norm === w) && i + cue.length <= hit.first)) return t.norm;
    if (!(DETERMINERS.has(t.norm) || (!t.cap && /^\p{Ll}/u.test(t.text)) || t.norm === "'s" || t.cap)) return null;
    if (t.text === ',' || BREAKS.has(t.norm)) return null;
  }
  return null;
}

const STATE_VERBS = new Set(modalityData.stateVerbs.words);
/** "are stationed", "remain deployed": a participle after be/remain. */
export function isStateForm(tokens: readonly Token[], hit: TriggerHit): boolean {
  return hit.rule.pos === 'verb' && STATE_VERBS.has(tokens[hit.first - 1]?.norm ?? '');
}

const PLAN_VERBS = new Set(modalityData.planVerbs.words);
const HOLD_VERBS = new Set(modalityData.planVerbs.hold);

/** A noun trigger inside an infinitive ("to open formal accession negotiations") is not an event. */
export function nounInInfinitive(tokens: readonly Token[], hit: TriggerHit, floor: number): boolean {
  if (hit.rule.pos !== 'noun') return false;
  for (let i = hit.first - 1; i >= Math.max(floor, hit.first - 4); i--) {
    const t = tokens[i]!;
    if (t.text === ',' || BREAKS.has(t.norm) && t.norm !== 'that') return false;
    // "agreed to hold the next session in October", "decided to convene a summit": a planned meeting, told as
    // one ("agreed to open accession negotiations" stays the agreement's content).
    if (t.norm === 'to') return !(planBeforeTo(tokens, i) && HOLD_VERBS.has(tokens[i + 1]?.norm ?? ''));
  }
  return false;
}

const MEETING_KINDS = new Set(['meeting', 'summit', 'visit', 'call']);
const LATER_WORDS = new Set(['next', 'tomorrow', 'coming', ...Object.keys(MONTHS)]);

/**
 * "agreed on Monday to meet again next month", "agreed yesterday to reopen the crossing from next month": after a
 * plan verb's "to", a meeting or visit, or any event with a later time word in its clause. ("agreed on Monday to
 * impose sanctions" stays the agreement's content.)
 */
function plannedAfterPlanVerb(tokens: readonly Token[], hit: TriggerHit, floor: number): boolean {
  // The pattern may hold the "to" itself ("to visit").
  const to = tokens[hit.first]!.norm === 'to' ? hit.first : hit.first - 1;
  if (hit.rule.pos !== 'verb' || tokens[to]?.norm !== 'to' || to - 1 < floor || !planBeforeTo(tokens, to)) return false;
  if (MEETING_KINDS.has(hit.rule.kind)) return true;
  for (let i = hit.last; i < Math.min(tokens.length, hit.last + 12); i++) {
    const t = tokens[i]!;
    if (t.text === ',' || t.text === ';' || t.text === '.') return false;
    if (LATER_WORDS.has(t.norm) && (!AMBIGUOUS_MONTHS.has(t.norm) || t.cap)) return true;
  }
  return false;
}

/** "invited President Sandu to pay a state visit in June", "agreed to hold a summit": a noun after a plan's "to <hold>". */
function plannedNoun(tokens: readonly Token[], hit: TriggerHit, floor: number): boolean {
  if (hit.rule.pos !== 'noun') return false;
  for (let i = hit.first - 1; i >= Math.max(floor + 1, hit.first - 4); i--) {
    const t = tokens[i]!;
    if (t.text === ',' || (BREAKS.has(t.norm) && t.norm !== 'that')) return false;
    if (t.norm === 'to') return HOLD_VERBS.has(tokens[i + 1]?.norm ?? '') && planBeforeTo(tokens, i);
  }
  return false;
}

/** Words that may stand between a plan verb and its "to": a time phrase or an adverb ("agreed on Monday to"). */
const BETWEEN_PLAN_AND_TO = new Set(['on', 'last', 'this', 'next', 'late', 'early', 'earlier', 'yesterday', 'today', 'week', 'month', 'year',
  ...Object.keys(WEEKDAYS), 'in', 'principle', 'also', 'formally', 'unanimously', 'again', 'tentatively']);

/** Whether a plan verb ("agreed", "decided") governs the "to" at `to`, across a short time phrase or adverb. */
export function planBeforeTo(tokens: readonly Token[], to: number, depth = 0): boolean {
  // "agreed to open the road ... and to convene the commission": a "to" joined by "and" to a governed one.
  if (tokens[to - 1]?.norm === 'and' && depth === 0) {
    for (let j = to - 2; j >= Math.max(0, to - 30); j--) {
      const t = tokens[j]!.text;
      if (t === ';' || t === '.' || t === ':') break;
      if (tokens[j]!.norm === 'to' && planBeforeTo(tokens, j, 1)) return true;
    }
  }
  for (let j = to - 1; j >= Math.max(0, to - 4); j--) {
    const w = tokens[j]!.norm;
    if (PLAN_VERBS.has(w)) return true;
    if (!BETWEEN_PLAN_AND_TO.has(w)) break;
  }
  // "invited Prime Minister Fico to visit Prague": the invited person between "invited" and "to".
  for (let j = to - 1; j >= Math.max(0, to - 9); j--) {
    const t = tokens[j]!;
    if (INVITING.has(t.norm)) return j < to - 1;
    if (!t.cap && !INVITED_LINKS.has(t.norm)) return false;
  }
  return false;
}

const INVITING = new Set(['invited', 'invites', 'invite']);
const INVITED_LINKS = new Set(['his', 'her', 'their', 'its', 'the', 'of', 'and']);

/** A verb trigger right after a determiner or possessive is a noun ("Washington's claims come ..."). */
export function isNounUse(tokens: readonly Token[], hit: TriggerHit): boolean {
  return hit.rule.pos === 'verb' && hit.last - hit.first === 1 && DETERMINERS.has(tokens[hit.first - 1]?.norm ?? '');
}

/** "said", "returned": a past form (irregular forms from data, regular ones end in -ed). */
export function isPastForm(tokens: readonly Token[], hit: TriggerHit): boolean {
  const w = tokens[hit.first]!.norm;
  return hit.rule.pos === 'verb' && (PAST.has(w) || w.endsWith('ed'));
}

const SUBORDINATORS = new Set(modalityData.subordinators.words);
/** Token index of the first comma when the sentence opens with a subordinate clause ("After ..., "), else -1. */
export function subordinateEnd(tokens: readonly Token[], first: number, last: number): number {
  if (!SUBORDINATORS.has(tokens[first]?.norm ?? '')) return -1;
  for (let i = first; i < last; i++) if (tokens[i]!.text === ',') return i;
  return -1;
}
