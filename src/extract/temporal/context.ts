/**
 * Clause context around a time expression: the tense of the nearest verb cue, and the neighbouring words
 * some rules need ("may" after a name is not a month).
 *
 * @example tenseAt('She will meet him on Monday.', 22, 28) === 'future'
 */
import { FUTURE_CUES, INTENT_VERBS, PAST_CUES, SCHEDULE_BASE_VERBS, SCHEDULE_VERBS, WEAK_FUTURE_CUES } from './lexicon.ts';

export type Tense = 'past' | 'present' | 'future';

const FUTURE = new Set(FUTURE_CUES.filter((c) => !c.includes(' ')));
const FUTURE_PAIRS = new Set(FUTURE_CUES.filter((c) => c.includes(' ')));
const PAST = new Set(PAST_CUES.filter((c) => !c.includes(' ')));
const PAST_PAIRS = new Set(PAST_CUES.filter((c) => c.includes(' ')));
const WEAK = new Set(WEAK_FUTURE_CUES);
const SCHEDULE = new Set(SCHEDULE_VERBS);
const SCHEDULE_BASE = new Set(SCHEDULE_BASE_VERBS);
/** Words after which "vote(s)" is a noun. */
const NOUN_BEFORE = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'whose', 'final', 'first', 'second', 'key', 'crucial', 'confidence', 'parliamentary', 'presidential', 'popular', 'postal', 'early', 'snap', 'no', 'the', 'of', 'in', 'for', 'by', 'after', 'before', 'counted', 'cast', 'won', 'lost', 'held', 'delayed', 'postponed']);
const NEGATED = new Set(['did', "didn't", 'not', 'never', "n't", 'to', 'cannot']);
const INTENT = new Set(INTENT_VERBS);
const ADJ_BEFORE = new Set(['a', 'an', 'the', 'its', 'his', 'her', 'their', 'our', 'this', 'that', 'still', 'very', 'more', 'most', 'newly', 'recently', 'previously', 'already', 'not']);
const PRESENT = new Set(['is', 'are', 'says', 'say', 'am', "'s", 'has', 'have']);
const NOT_PAST_ED = new Set(['need', 'needed', 'speed', 'feed', 'indeed', 'red', 'bed', 'hundred', 'seed', 'proceed', 'exceed', 'succeed', 'united', 'limited', 'based', 'related', 'scheduled', 'expected', 'planned', 'proposed', 'concerned', 'interested', 'alleged', 'so-called', 'unprecedented', 'detailed', 'armed', 'advanced', 'united', 'supposed']);

const WORD = /[A-Za-z]+(?:'[a-z]+)?|'ll|'s/g;
const SENTENCE_END = /[.!?]\s+(?=[A-Z"“])|\n\s*\n/g;
const POST_END = /[.!?](?=\s|$)|\n\s*\n/g;
/**
 * Words written with a full stop inside a sentence: initials and "U.S.", "p.m.", titles ("Sen.", "Gen."), month
 * names ("Jan.") and company suffixes. Their full stop ends no sentence, so "scheduled for 2 p.m. ET Friday" and
 * "will be held at the U.S. Embassy on Friday" keep their verb in the same clause as the weekday.
 */
const ABBREVIATION = /(?:^|[^A-Za-z])(?:[A-Za-z]|Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Col|Lt|Sgt|Capt|Cmdr|Adm|Maj|Prof|Rev|St|Mt|Ft|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|Co|Corp|Inc|Ltd|Jr|Sr|Messrs|Gens|Reps|Sens|vs)$/;

/** Whether the full stop at `i` closes an abbreviation rather than a sentence. */
function abbreviation(s: string, i: number): boolean {
  return s[i] === '.' && ABBREVIATION.test(s.slice(Math.max(0, i - 8), i));
}

/** Lower-case words; a contracted "will" ("he'll", "they’ll") becomes its own word "'ll". */
function words(s: string): string[] {
  return wordsAsWritten(s).map((w) => w.toLowerCase());
}

/** The same words with their case kept. */
function wordsAsWritten(s: string): string[] {
  const out: string[] = [];
  for (const m of s.replace(/’/g, "'").match(WORD) ?? []) {
    if (m.length > 3 && m.toLowerCase().endsWith("'ll")) out.push(m.slice(0, -3), "'ll");
    else out.push(m);
  }
  return out;
}

/** Words after which "to" is a preposition, not an infinitive: "the plan to the mediators", "a proposal to Qatar". */
const NOT_A_VERB = new Set(['the', 'a', 'an', 'their', 'its', 'his', 'her', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'all', 'both', 'each']);
/** Whether a word written after "to" cannot be the verb of an infinitive: a determiner, a name, a plural noun (not "focus", "discuss"). */
function prepositionalObject(next: string | undefined): boolean {
  if (next === undefined) return false;
  return NOT_A_VERB.has(next.toLowerCase()) || /^\p{Lu}/u.test(next) || /^\d/.test(next) || (next.endsWith('s') && !/(?:ss|us|is|as)$/.test(next) && next.length > 3);
}

/** The sentence-bounded windows before and after [start, end). */
export function windows(text: string, start: number, end: number, before = 120, after = 100): { pre: string; post: string } {
  let pre = text.slice(Math.max(0, start - before), start);
  SENTENCE_END.lastIndex = 0;
  let cut = -1;
  for (let m = SENTENCE_END.exec(pre); m; m = SENTENCE_END.exec(pre)) if (!abbreviation(pre, m.index)) cut = m.index + m[0].length;
  if (cut >= 0) pre = pre.slice(cut);
  let post = text.slice(end, end + after);
  POST_END.lastIndex = 0;
  for (let m = POST_END.exec(post); m; m = POST_END.exec(post)) {
    if (m[0] !== '.' || !abbreviation(post, m.index) || /^\.\s*$/.test(post.slice(m.index))) {
      post = post.slice(0, m.index);
      break;
    }
  }
  return { pre, post };
}

/** "is set for Friday", "are slated for Monday": a date fixed ahead; "was set for Friday": one told in the past. */
const FIXED_FOR = new Set(['set', 'slated', 'planned', 'scheduled', 'penciled', 'pencilled', 'earmarked', 'timed']);
const IS = new Set(['is', 'are', "'s", 'be', 'remains', 'remain', 'now']);

function cueOf(w: string, prev: string | undefined, prev2?: string, next?: string, next2?: string): Tense | null {
  if (w === 'for' && prev !== undefined && FIXED_FOR.has(prev) && prev2 !== undefined) {
    if (IS.has(prev2)) return 'future';
    if (prev2 === 'was' || prev2 === 'were') return 'past';
  }
  // ("due to the storm", "the plan to the mediators": a "to" with its object after it is no infinitive)
  const infinitive = w !== 'to' || !prepositionalObject(next);
  if (infinitive && prev2 !== undefined && prev !== undefined && FUTURE_PAIRS.has(`${prev2} ${prev} ${w}`)) return 'future';
  if (infinitive && prev !== undefined && FUTURE_PAIRS.has(`${prev} ${w}`)) return 'future';
  if (prev !== undefined && PAST_PAIRS.has(`${prev} ${w}`)) return 'past';
  // a to-infinitive after a verb of intent or agreement looks ahead: "agreed to buy the unit in February"
  // (not a "to" whose object follows: "delivered their response to the proposal to Qatari mediators on Tuesday")
  if (w === 'to' && prev !== undefined && INTENT.has(prev) && infinitive) return 'future';
  if (w === 'due' && next?.toLowerCase() === 'to' && prepositionalObject(next2)) return null; // "due to the storm"
  if (FUTURE.has(w)) return 'future';
  if (PAST.has(w)) return 'past';
  // a schedule in the simple present: "the council meets on Monday", "the leaders meet Monday"
  if (SCHEDULE.has(w) || (SCHEDULE_BASE.has(w) && !(prev !== undefined && NEGATED.has(prev)))) return 'future';
  // "Ivorians vote on Saturday", "the country votes Sunday" (a noun after a determiner is no verb: "the vote on Saturday").
  if ((w === 'vote' || w === 'votes') && !(prev !== undefined && (NOUN_BEFORE.has(prev) || NEGATED.has(prev)))) return 'future';
  // "-ed" after an article or adverb is an adjective ("a still unspecified date")
  if (w.length > 4 && w.endsWith('ed') && !NOT_PAST_ED.has(w) && !(prev !== undefined && ADJ_BEFORE.has(prev))) return 'past';
  if (PRESENT.has(w)) return 'present';
  return null;
}

/**
 * Tense of the clause around [start, end): the nearest verb cue, looking back first (up to `reach` words) and
 * then forward (up to 12 words, 40 when the expression opens its sentence). Undefined when no cue is found.
 */
export function tenseAt(text: string, start: number, end: number, reach = 12): Tense | undefined {
  const { pre, post } = windows(text, start, end);
  // the last `reach` words are read; the two before them only as the auxiliaries of a verb at the window's edge
  const all = words(pre);
  const written = wordsAsWritten(pre);
  const off = Math.max(0, all.length - reach);
  const b = all.slice(off);
  // a fronted expression ("In January, a week after ..., a bombing killed ...") waits for the main verb
  const a = all.length <= 2 ? words(windows(text, start, end, 0, 240).post).slice(0, 40) : words(post).slice(0, 12);
  let present: Tense | undefined;
  // "a new office, effective Feb. 1" announces the day a change starts: ahead, unless told in the past
  // ("the rule became effective Jan. 1")
  const eff = b.lastIndexOf('effective');
  if (eff >= 0 && b.slice(eff + 1).every((w) => w === 'on' || w === 'from' || w === 'as' || w === 'of')) {
    return cueOf(all[off + eff - 1] ?? '', all[off + eff - 2], all[off + eff - 3]) === 'past' ? 'past' : forward(a, b) ?? 'future';
  }
  for (let i = b.length - 1; i >= 0; i--) {
    if (WEAK.has(b[i] ?? '')) return forward(a, b) ?? 'future';
    const p1 = all[off + i - 1], p2 = all[off + i - 2];
    const c = cueOf(b[i] ?? '', p1, p2, written[off + i + 1], written[off + i + 2]);
    if (c === 'past' && (p1 === 'be' || p1 === 'been')) {
      // a passive: "will be held" / "to be published" are future, "has been held" looks back
      if (p1 === 'be' && (p2 === 'will' || p2 === 'would' || p2 === 'to' || p2 === "'ll" || p2 === 'shall')) return 'future';
      if (p1 === 'be') continue;
    }
    if (c === 'present') { present ??= c; continue; }
    // a plan told in the past looks back: "was scheduled to expire Friday", "had been due to meet Monday"
    if (c === 'future' && toldInPast(b, b[i] === 'to' || !FUTURE.has(b[i] ?? '') ? i - 1 : i)) return 'past';
    if (c) return c;
  }
  return forward(a, b) ?? present;
}

/** The verb of a future cue at `j` is a participle after "was", "were" or "had been" ("was scheduled to", "had been due to"). */
function toldInPast(b: string[], j: number): boolean {
  if ((b[j] ?? '').endsWith('ing')) return false; // "were planning to drive Monday": a plan still ahead
  const aux = b[j - 1];
  return aux === 'was' || aux === 'were' || (aux === 'been' && b[j - 2] === 'had');
}

/** The first past or future cue after the expression. */
function forward(a: string[], b: string[]): Tense | undefined {
  for (let i = 0; i < a.length; i++) {
    // a schedule verb speaks for a weekday it follows closely ("On Monday the council meets"), not for one
    // whose noun phrase a relative clause continues ("Tuesday's declaration by Ford, which holds ...")
    if (i >= 4 && (SCHEDULE.has(a[i] ?? '') || SCHEDULE_BASE.has(a[i] ?? ''))) continue;
    // "a rally on Saturday and were planning to drive": a plan still ahead, as backwards
    if ((a[i] === 'was' || a[i] === 'were') && (a[i + 1] ?? '').endsWith('ing') && a[i + 2] === 'to') return 'future';
    const c = cueOf(a[i] ?? '', i > 0 ? a[i - 1] : b[b.length - 1]);
    if (c === 'past' || c === 'future') return c;
  }
  return undefined;
}

/** The word just before `start` (lower case), or '' at the start of the text. */
export function prevWord(text: string, start: number): string {
  const m = /([A-Za-z$£€%0-9']+)[\s,]*$/.exec(text.slice(Math.max(0, start - 30), start));
  return m?.[1] ?? '';
}

/** The word just after `end`, as written. */
export function nextWord(text: string, end: number): string {
  const m = /^[\s,]*([A-Za-z$%0-9'-]+)/.exec(text.slice(end, end + 30));
  return m?.[1] ?? '';
}
