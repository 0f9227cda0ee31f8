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

const IRREGULAR = new Map(Object.entries(triggerData.irregular.forms));

/**
 * The trigger as a present-tense verb phrase: "returned from" -> "returns from", "seized" -> "seizes",
 * "held talks" -> "holds talks". Words that are already present ("says") are kept.
 */
export function presentTense(phrase: string): string {
  const [head = '', ...rest] = phrase.replace(/^(?:will|to|would|shall)\s+/i, '').split(' ');
  const w = head.toLowerCase();
  let out = IRREGULAR.get(w);
  if (!out) {
    const third = (base: string, eDropped: boolean): string => {
      if (/(?:ch|sh|x|ss)$/.test(base)) return `${base}es`;
      if (eDropped && (/(?:[szcgv]|at|ot|ut|ur|ar|ir|id|ud|od|iz)$/.test(base) || (base.endsWith('ad') && !base.endsWith('ead')))) return `${base}es`;
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
function pluralVerb(verb: string): string {
  const [head, ...rest] = verb.split(' ');
  const h = head ?? '';
  const base = h.endsWith('ies') ? `${h.slice(0, -3)}y` : h.endsWith('ses') || h.endsWith('shes') || h.endsWith('ches') ? h.slice(0, -2) : h.endsWith('s') ? h.slice(0, -1) : h;
  return [base, ...rest].join(' ');
}

export function makeTitle(p: TitleParts): string {
  const where = p.location ? ` ${p.location}` : '';
  // "accusing Russia of using similar tactics in 2014": the accusation's own content reads better than the
  // quotation the sentence also carries (and is what its date refers to).
  const accusedOf = p.kind === 'accusation' && p.object !== undefined && /\bof\s+\w+ing\b/i.test(p.object);
  if (SPEECH_TITLE.has(p.kind) && p.speech && p.personSubject && !accusedOf) return `${p.subject}: ${clip(p.speech.replace(/^[“"]|[”"]$/g, ''), 10)}`;
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
