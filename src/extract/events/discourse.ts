/**
 * Discourse rules inside one article. An undated statement joins the event of the same speaker ("Kallas told
 * Reuters" after "the Prime Minister of Estonia revealed on Wednesday"), or a speech event of the speaker's
 * side in the sentence before; otherwise it becomes one implicit event per speaker (publication date). "Following
 * the bilateral meeting, Sherman told reporters" takes the date of the meeting it follows.
 *
 * @example
 * anchorDrafts(drafts, pending, ctx) // Kallas' three sentences -> one event dated Wednesday
 */
import { SPEECH_KINDS, family } from './triggers.ts';
import type { PendingTrigger } from './extract.ts';
import type { DraftEvent } from './types.ts';

const ANCHOR_KINDS = new Set(['meeting', 'summit', 'call', 'visit', 'press-conference', 'signing', 'vote', 'agreement']);

/** Joins an undated statement to its anchor: its quote, its actors and its speaker (not people it mentions). */
function absorb(into: DraftEvent, from: DraftEvent): void {
  for (const q of from.quotes) if (!into.quotes.some((x) => x.start === q.start && x.document === q.document)) into.quotes.push(q);
  for (const a of from.actors) if (!into.actors.includes(a)) into.actors.push(a);
  const speaker = speakerOf(from);
  if (speaker && !into.people.includes(speaker)) into.people.push(speaker);
  if (speaker && !into.speaker && !into.subject?.startsWith('person:')) into.speaker = speaker;
  for (const r of from.rules) if (!into.rules.includes(r)) into.rules.push(r);
  if (!into.speech && from.speech) into.speech = from.speech;
  // Only the same speaker's words can title the event ("Vucic accused ... Kurti said Belgrade ...").
  if (!into.reported && from.reported && speaker && speaker === speakerOf(into)) into.reported = from.reported;
  if (!into.subject && from.subject) into.subject = from.subject;
}

/** Joins an earlier, undated telling of the same event: its quote, actors and people. */
function absorbAll(into: DraftEvent, from: DraftEvent): void {
  into.quotes.unshift(...from.quotes.filter((q) => !into.quotes.some((x) => x.start === q.start && x.document === q.document)));
  for (const a of from.actors) if (!into.actors.includes(a)) into.actors.push(a);
  for (const p of from.people) if (!into.people.includes(p)) into.people.push(p);
  if (!into.subject?.startsWith('person:') && from.subject) into.subject = from.subject;
}

/** The person who speaks in a draft: its subject when that is a person, else the first person named. */
function speakerOf(d: DraftEvent): string | undefined {
  return d.subject?.startsWith('person:') ? d.subject : d.people[0];
}

export function anchorDrafts(drafts: DraftEvent[], pending: readonly PendingTrigger[], affiliationOf: (personId: string) => string | undefined, isOfficial: (personId: string) => boolean, latentDrafts: readonly DraftEvent[] = []): DraftEvent[] {
  const latent = latentDrafts.map((d) => ({ ...d, used: false }));
  const out = drafts.slice().sort((a, b) => a.sentence - b.sentence);
  // "Following the meeting, ...": the date of the latest earlier event of an anchoring kind.
  for (const d of out) {
    if (d.date.rule !== 'anchor:following') continue;
    // Something that happened follows something that happened, not a plan told in between ("Following the
    // Summit Meeting, the two leaders held a joint press conference" after "Japan will host the G7 in May").
    // The one the sentence before tells; else, of several told further back, the latest in time ("Following the
    // meeting" three sentences after "exchanged views on ... the Aqaba meeting of 14 December" is today's meeting,
    // told first, not one it discussed).
    const candidates = out.filter((x) => x.sentence < d.sentence && ANCHOR_KINDS.has(x.kind) && x.date.rule !== 'anchor:following' && (d.planned || !x.planned));
    const adjacent = candidates.filter((x) => x.sentence === d.sentence - 1).pop();
    const anchor = adjacent ?? candidates.reduce<DraftEvent | undefined>((best, x) => (!best || x.date.start >= best.date.start ? x : best), undefined);
    if (anchor) d.date = { ...anchor.date, implicit: true, rule: 'anchor:following' };
  }
  // "U.S. President Joe Biden will host a first in-person summit ... The summit will be held on September 24":
  // the undated first telling joins the dated definite one (same kind family, same tense).
  for (const d of out) {
    if (!d.definite || d.date.implicit) continue;
    for (const l of latent) {
      if (l.sentence < d.sentence && family(l.kind) === family(d.kind) && l.planned === d.planned && !l.used) { absorbAll(d, l); l.used = true; }
    }
  }
  const implicitBySpeaker = new Map<string, DraftEvent>();
  // The latest event (at or before the pending sentence) that passes `test`; `out` stays sorted by sentence.
  const latest = (sentence: number, test: (x: DraftEvent) => boolean, strict = false): DraftEvent | undefined => {
    for (let i = out.length - 1; i >= 0; i--) {
      const x = out[i]!;
      if (x.sentence > sentence || (strict && x.sentence === sentence)) continue;
      if (test(x)) return x;
    }
    return undefined;
  };
  for (const { draft } of pending) {
    const speaker = speakerOf(draft);
    const n = draft.sentence;
    let target: DraftEvent | undefined;
    if (speaker) {
      // The speaker's event in an earlier sentence first: one in the same sentence was a different trigger.
      const spoke = (x: DraftEvent): boolean => x.people.includes(speaker);
      target = latest(n, spoke, true) ?? latest(n, spoke);
      if (!target) {
        const side = affiliationOf(speaker);
        if (side) target = latest(n, (x) => n - x.sentence <= 1 && SPEECH_KINDS.has(x.kind) && x.actors.includes(side));
        // A speaker of unknown side right after a speech event that names nobody ("the Kremlin has dismissed ...").
        else target = latest(n, (x) => n - x.sentence <= 1 && SPEECH_KINDS.has(x.kind) && !x.people.length);
      }
      target ??= implicitBySpeaker.get(speaker);
    } else {
      target = latest(n, (x) => n - x.sentence <= 1 && SPEECH_KINDS.has(x.kind) && x.actors.some((a) => draft.actors.includes(a)))
        // A statement of the same kind just before, unless the two name different sides ("Russia said ...
        // an EU official said").
        // Media are no side: "CNN was the first to report the assertion" joins the reports told just before.
        ?? latest(n, (x) => n - x.sentence <= 3 && x.kind === draft.kind && (!draft.actors.length || draft.actors.every((a) => a.startsWith('media:')) || x.actors.some((a) => draft.actors.includes(a))));
    }
    if (target) { absorb(target, draft); continue; }
    // An undated remark by someone with no office or side (a passer-by quoted in a report) is not an event.
    if (!speaker || !isOfficial(speaker)) continue;
    // Undated words of an official right after a dated past event of their side take its day ("The ministers
    // signed an agreement in Riga on Saturday ... Spruds told reporters"); not an event inside their own words.
    const side = affiliationOf(speaker);
    const context = side ? latest(n, (x) => n - x.sentence <= 2 && x.sentence < n && !x.date.implicit && !x.planned && x.actors.includes(side)) : undefined;
    const date = context ? { ...context.date, implicit: true, rule: 'anchor:context' } : { ...draft.date, implicit: true, rule: 'publication' };
    const own: DraftEvent = { ...draft, date };
    implicitBySpeaker.set(speaker, own);
    let at = out.length;
    while (at > 0 && out[at - 1]!.sentence > n) at--;
    out.splice(at, 0, own);
  }
  return out;
}
