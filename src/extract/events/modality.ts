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
import type { TriggerHit } from './triggers.ts';

export type Modality = 'hypothetical' | 'negated' | 'habitual' | 'irrealis';

const cueList = (words: string[]): string[][] => words.map((w) => phraseTokens(w));
const HYPO = cueList(modalityData.hypothetical.words);
const NEG = cueList(modalityData.negation.words);
const HABIT = cueList(modalityData.habitual.words);
const FUTURE = cueList(modalityData.future.words);
const IRREALIS = new Set(modalityData.irrealis.words);
const BREAKS = new Set(modalityData.clauseBreaks.words);

/** For each token of the article, whether it lies inside a direct quotation (straight or curly double quotes). */
export function quoteMask(tokens: readonly Token[]): boolean[] {
  const mask: boolean[] = new Array<boolean>(tokens.length).fill(false);
  let open = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!.text;
    if (t === '“') { open = true; continue; }
    if (t === '”') { open = false; continue; }
    if (t === '"') { open = !open; continue; }
    mask[i] = open;
  }
  return mask;
}

function cueBefore(tokens: readonly Token[], at: number, floor: number, window: number, cues: string[][], stopAtBreak = true): boolean {
  for (let i = at - 1; i >= Math.max(floor, at - window); i--) {
    if (stopAtBreak && BREAKS.has(tokens[i]!.norm)) return false;
    for (const cue of cues) {
      if (cue.length && cue.every((w, k) => tokens[i + k]?.norm === w) && i + cue.length <= at) return true;
    }
  }
  return false;
}

export function modalityOf(tokens: readonly Token[], hit: TriggerHit, floor: number, ceil: number): Modality | null {
  if (cueBefore(tokens, hit.first, floor, modalityData.negation.window, NEG)) return 'negated';
  if (cueBefore(tokens, hit.first, floor, modalityData.hypothetical.window, HYPO)) return 'hypothetical';
  const prev = tokens[hit.first - 1];
  if (hit.rule.pos === 'verb' && prev && IRREALIS.has(prev.norm) && !isFuture(tokens, hit, floor)) return 'irrealis';
  if (cueBefore(tokens, ceil, floor, ceil - floor, HABIT, false)) return 'habitual';
  return null;
}

export function isFuture(tokens: readonly Token[], hit: TriggerHit, floor: number): boolean {
  for (let k = hit.first; k < hit.last; k++) if (tokens[k]!.norm === 'will') return true;
  return cueBefore(tokens, hit.first, floor, modalityData.future.window, FUTURE);
}
