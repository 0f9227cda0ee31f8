/**
 * Short titles a journalist would write, by template from the event's subject, kind, other parties, object and
 * place: "Sherman and Ryabkov hold talks in Geneva", "Lavrov: Moscow's patience has come to an end",
 * "Moscow hands over two draft treaties".
 *
 * @example
 * makeTitle({ kind: 'meeting', subject: 'Sherman', others: ['Ryabkov'], location: 'Geneva', verb: 'holds talks with' })
 * // "Sherman and Ryabkov hold talks in Geneva"
 */
import triggerData from '../../../data/lexicons/triggers.json' with { type: 'json' };
import type { DraftEvent } from './types.ts';
import { family } from './triggers.ts';

const RELATIVE_ONLY = /^(?:who|whom|whose|which|that)$/i;

const IRREGULAR = new Map(Object.entries(triggerData.irregular.forms));
/** A trigger that names the agreement before its verb ("deal was reached", "accord reached"). */
const NOUN_FIRST = /^(deal|agreement|accord|understanding|truce|ceasefire)s?\s+(?:(was|were|has been|have been)\s+)?(reached|struck|signed)$/i;

/**
 * The trigger as a present-tense verb phrase: "returned from" -> "returns from", "seized" -> "seizes",
 * "held talks" -> "holds talks". Words that are already present ("says") are kept.
 */
/** Whether a trigger names the agreement before its verb ("deal was reached"): the words before it are no subject. */
export const isNounFirst = (phrase: string): boolean => NOUN_FIRST.test(phrase);

export function presentTense(phrase: string): string {
  // "deal was reached", "agreement reached": the noun first, told actively ("reaches a deal").
  const noun = NOUN_FIRST.exec(phrase);
  if (noun) return `${presentTense(noun[3]!)} ${/^[aeiou]/i.test(noun[1]!) ? 'an' : 'a'} ${noun[1]!.toLowerCase()}`;
  // A passive trigger ("were killed") reads as its participle in a headline ("27 people killed").
  if (/^(?:was|were|is|are|been|be)\s+\S+ed\b/i.test(phrase)) return phrase.replace(/^\S+\s+/, '');
  // "did agree", "did go to": the emphatic auxiliary drops, the verb takes the tense ("agrees", "goes to").
  const [head = '', ...rest] = phrase.replace(/^(?:will|to|would|shall|did|does|do)\s+/i, '').split(' ');
  const w = head.toLowerCase();
  let out = IRREGULAR.get(w);
  if (!out) {
    const third = (base: string, eDropped: boolean): string => {
      // "dropped" -> "drops", "stepped" -> "steps" (not "called", "added", "passed").
      if (eDropped && /([bdgmnprt])\1$/.test(base) && !base.endsWith('dd')) return `${base.slice(0, -1)}s`;
      // British doubling: "travelled" -> "travels", "controlled" -> "controls" (not "called", "spelled", "recalled").
      if (eDropped && /[aeiou][^aeiou]+[eo]ll$/.test(base)) return `${base.slice(0, -1)}s`;
      if (/(?:ch|sh|x|ss)$/.test(base)) return `${base}es`;
      // "fly" -> "flies", "deny" -> "denies" (not "stay", "convey").
      if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ies`;
      if (eDropped && (/(?:[szcgv]|at|ot|ut|ur|ar|ir|id|ud|od|iz|om|um|[^aeiou]ul|let|pet|[^e]ed)$/.test(base) || (base.endsWith('ad') && !base.endsWith('ead')))) return `${base}es`;
      return `${base}s`;
    };
    if (w.endsWith('ing') && w.length > 5) out = third(w.slice(0, -3), true);
    else if (w.endsWith('ied')) out = `${w.slice(0, -3)}ies`;
    else if (w.endsWith('ed')) out = third(w.slice(0, -2), true);
    else if (w.endsWith('ss') || !w.endsWith('s')) out = third(w, false);
    else out = w;
  }
  return [out, ...rest].join(' ');
}

export interface TitleParts {
  kind: string;
  subject: string;
  others: string[];
  verb: string;
  speech?: string;
  /** True when the subject is a person: only people are quoted in "Name: words" titles. */
  personSubject?: boolean;
  object?: string;
  /** What a speech act reported ("the intelligence community believes ..."), for "Name: gist" titles. */
  reported?: string;
  /** The noun phrase a passive trigger is about ("At least 27 people" were killed): it opens the title. */
  passive?: string;
  location?: string;
  planned: boolean;
}

const SPEECH_TITLE = new Set(['statement', 'warning', 'accusation', 'denial', 'press-conference', 'interview']);

function clip(words: string, max: number): string {
  const w = words.trim().split(/\s+/);
  const cut = w.slice(0, max).join(' ').replace(/[,;:–—-]+$/, '');
  return w.length > max ? `${cut} …` : cut;
}

/** "says" -> "say" for plural subjects ("Sherman and Ryabkov hold talks"). */
/** Third-person forms whose base is not the form without its "s" ("is sworn in" -> "to be sworn in"). */
const IRREGULAR_BASE = new Map([['is', 'be'], ['has', 'have'], ['does', 'do'], ['goes', 'go']]);

function pluralVerb(verb: string): string {
  const [head, ...rest] = verb.split(' ');
  const h = head ?? '';
  const base = IRREGULAR_BASE.get(h) ?? (h.endsWith('ies') ? `${h.slice(0, -3)}y`
    : /(?:sses|shes|ches|xes|zzes|oes)$/.test(h) ? h.slice(0, -2)
    : h.endsWith('s') && !h.endsWith('ss') ? h.slice(0, -1) : h);
  return [base, ...rest].join(' ');
}

export function makeTitle(p: TitleParts): string {
  const where = p.location ? ` ${p.location}` : '';
  // "accusing Russia of using similar tactics in 2014": the accusation's own content reads better than the
  // quotation the sentence also carries (and is what its date refers to).
  const accusedOf = p.kind === 'accusation' && p.object !== undefined && /\bof\s+\w+ing\b/i.test(p.object);
  // "Name: gist": the direct quotation when it reads as a sentence, else what was reported ("stated that ...").
  const quote = p.speech?.replace(/^[“"]|[”"]$/g, '');
  const gist = quote && (/^\p{Lu}/u.test(quote) || !p.reported) ? quote : p.reported;
  if (SPEECH_TITLE.has(p.kind) && gist && p.personSubject && !accusedOf) return `${p.subject}: ${clip(gist, 10)}`;
  if (p.passive) return `${p.passive} ${p.verb}${p.object ? ` ${clip(p.object, 7)}` : ''}`.replace(/\s+/g, ' ').trim();
  if ((p.kind === 'meeting' || p.kind === 'call') && p.others.length) {
    const names = [p.subject, ...p.others.slice(0, 2)];
    const who = `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
    const verb = p.kind === 'call' ? 'speak by phone' : 'hold talks';
    return `${who} ${p.planned ? `to ${verb.replace('hold', 'hold')}` : verb}${where}`.replace(' to hold talks', ' to hold talks');
  }
  const verb = p.planned ? `to ${pluralVerb(p.verb)}` : p.verb;
  const obj = p.object ? ` ${clip(p.object, 7)}` : '';
  const place = p.location && p.object?.includes(p.location.replace(/^\w+\s+(?:the\s+)?/, '')) ? '' : where;
  return `${p.subject} ${verb}${obj}${place}`.replace(/\s+/g, ' ').trim();
}

/**
 * The title of a drafted event: its subject (for a statement, the person speaking), the other parties of a
 * meeting (not the subject's own side, not a group's members, not the media that reported it), the verb as
 * the trigger read it, its object and place. Never "Unknown": an event without a party is not drafted.
 *
 * @example
 * eventTitle(draft, nameOf, affiliationOf) // "Tusk and Scholz hold talks in Warsaw"
 */
export function eventTitle(d: DraftEvent, nameOf: (id: string) => string, affiliationOf: (personId: string) => string | undefined, membersOf: (id: string) => readonly string[]): string {
  // A statement is titled by its speaker even when the sentence that dated it named only a government.
  // (Not a person the statement is about: "Lithuania condemns the death of ... Navalny".)
  const speaker = family(d.kind) === 'speech' && !d.subject?.startsWith('person:') ? d.speaker ?? (d.subject ? undefined : d.people[0]) : undefined;
  const speech = !!speaker;
  const subjectId = speaker ?? d.subject ?? d.people[0] ?? d.actors[0];
  // Nobody named before the verb: its own subject phrase ("Prosecutors charge ...").
  const unnamed = !!d.subjectText && !d.subject?.startsWith('person:') && !speech && (!!d.verbText || (d.kind !== 'meeting' && d.kind !== 'call'));
  const subject = unnamed ? d.subjectText! : subjectId ? nameOf(subjectId) : '';
  const members = subjectId ? membersOf(subjectId) : [];
  const people = d.people.length > 1 ? d.people : [];
  // The sides of the people named already stand in the title: "Tusk and Scholz", not "Tusk and Poland".
  const sides = new Set([subjectId, ...d.people].map((id) => (id?.startsWith('person:') ? affiliationOf(id) : undefined)).filter((x): x is string => !!x));
  const others = (people.length ? people : d.actors)
    .filter((a) => a !== subjectId && !members.includes(a) && !a.startsWith('media:') && !sides.has(a))
    .map(nameOf);
  const verb = d.verbText ?? d.titleRule?.verb ?? d.rules.find((r) => r.kind === d.kind)?.verb ?? d.rules[0]?.verb ?? d.kind;
  const parts: TitleParts = { kind: unnamed ? 'unnamed' : d.kind, subject, others, verb: unnamed && pluralNoun(subject) ? pluralVerb(verb) : verb, planned: d.planned, personSubject: !unnamed && !!subjectId?.startsWith('person:') };
  if (d.speech) parts.speech = d.speech;
  // A relative pronoun is no object ("IGAD, the regional bloc, who met ..." is not "IGAD meets who").
  if (d.object && !RELATIVE_ONLY.test(d.object)) parts.object = d.object;
  if (d.reported) parts.reported = d.reported;
  if (d.passive) parts.passive = d.passive;
  if (d.location) parts.location = d.location;
  const title = makeTitle(parts);
  return title || nameOf(d.actors[0] ?? d.people[0] ?? '') || d.kind;
}

const PLURAL_NOUNS = new Set(['police', 'people', 'media', 'military', 'forces', 'troops', 'staff']);
/** "Prosecutors", "Hamas-led gunmen", "Police": a plural head noun takes "charge", not "charges". */
function pluralNoun(phrase: string): boolean {
  const words = phrase.toLowerCase().split(/\s+/);
  // "Armenia and Azerbaijan" are two; "a ceasefire between Ghana and Togo" is one.
  const link = words.findIndex((w, i) => i > 0 && ['of', 'in', 'from', 'at', 'on', 'across', 'for', 'between', 'with', 'over'].includes(w));
  if (words.slice(0, link > 0 ? link : words.length).some((w) => w === 'and' || w === '&')) return true;
  // "The three countries formally": an adverb after the noun is not the head.
  while (words.length > 1 && /^\w{3,}ly$/.test(words[words.length - 1]!)) words.pop();
  const at = words.findIndex((w) => ['of', 'in', 'from', 'at', 'on', 'across', 'for', 'between', 'with', 'over'].includes(w));
  const noun = (at > 0 ? words[at - 1] : words[words.length - 1]) ?? '';
  return PLURAL_NOUNS.has(noun) || (/[^s]s$/.test(noun) && noun.length > 3) || noun.endsWith('men');
}
