/**
 * The same real event told in several articles (or twice in one) becomes one event: same kind family,
 * overlapping dates, and a shared person (or, with no people on either side, the same date and two shared
 * actors). An implicit date (publication day) gives way to a stated one; the narrower stated interval wins.
 * Two different events on the same day stay two: without a shared person or the same kind family they never
 * merge.
 *
 * @example
 * // art. 1 "Ryabkov met with Sherman" (this week) + art. 3 "Sherman held talks with Ryabkov" (this week) -> one event, 2 quotes
 */
import { KIND_PRIORITY, family } from '../events/triggers.ts';
import type { DraftEvent } from '../events/types.ts';


const overlaps = (a: DraftEvent, b: DraftEvent): boolean => a.date.start <= b.date.end && b.date.start <= a.date.end;

function days(d: DraftEvent['date']): number {
  return (Date.parse(`${d.end.slice(0, 10)}T00:00:00Z`) - Date.parse(`${d.start.slice(0, 10)}T00:00:00Z`)) / 86400000;
}

/**
 * One shared person is not enough for two non-speech events: a minister meets different people on one day.
 * Two shared people are; otherwise they must also share an actor that is not just the person's own side,
 * or one of them must name nothing else.
 */
function samePartyEvent(a: DraftEvent, b: DraftEvent, affiliationOf: (personId: string) => string | undefined): boolean {
  if (family(a.kind) === 'speech') return true;
  const shared = a.people.filter((p) => b.people.includes(p));
  if (shared.length >= 2) return true;
  const sides = new Set(shared.map(affiliationOf));
  const otherA = a.actors.filter((x) => !sides.has(x));
  const otherB = b.actors.filter((x) => !sides.has(x));
  if (!otherA.length || !otherB.length) return a.people.length === b.people.length || a.people.length === 1 || b.people.length === 1;
  return otherA.some((x) => otherB.includes(x));
}

function sameEvent(a: DraftEvent, b: DraftEvent, affiliationOf: (personId: string) => string | undefined = () => undefined): boolean {
  if (family(a.kind) !== family(b.kind)) return false;
  if (!!a.modality !== !!b.modality || a.planned !== b.planned) return false;
  const sharedPeople = a.people.some((p) => b.people.includes(p));
  // An implicit (publication-day) statement joins the same speaker's dated statement of the days before.
  const implicitJoin = sharedPeople && family(a.kind) === 'speech' && a.document !== b.document && (a.date.implicit !== b.date.implicit)
    && Math.abs(Date.parse(a.date.start) - Date.parse(b.date.start)) <= 7 * 86400000;
  if (!overlaps(a, b) && !implicitJoin) return false;
  // In one article, two stated dates that differ are two events ("next week ... Two days later, ...").
  if (a.document === b.document && !a.date.implicit && !b.date.implicit && (a.date.start !== b.date.start || a.date.end !== b.date.end)) return false;
  if (sharedPeople) return samePartyEvent(a, b, affiliationOf);
  // A reference ("invasion ... in February") joins the event it refers to when they share an actor.
  if ((a.reference || b.reference) && a.actors.some((x) => b.actors.includes(x))) return true;
  if (a.people.length || b.people.length) return false;
  const sharedActors = a.actors.filter((x) => b.actors.includes(x)).length;
  // Nobody named on either side: the same day, two shared actors, and the same kind (or two speech acts in one article).
  const sameSubject = !a.subject || !b.subject || a.subject === b.subject;
  const sameKind = a.kind === b.kind || (a.document === b.document && family(a.kind) === 'speech' && sameSubject);
  const enough = sharedActors >= 2 || (sharedActors === 1 && a.actors.length === 1 && b.actors.length === 1);
  return a.date.start === b.date.start && a.date.end === b.date.end && enough && sameKind;
}

const QUOTES_HELD = new WeakMap<DraftEvent, Set<string>>();
const quoteKey = (q: { document: string; start: number }): string => `${q.document}\u0000${q.start}`;

function combine(into: DraftEvent, from: DraftEvent): void {
  const better = (from.date.implicit ? 1 : 0) < (into.date.implicit ? 1 : 0) || (from.date.implicit === into.date.implicit && days(from.date) < days(into.date));
  if (better) into.date = from.date;
  if ((KIND_PRIORITY.get(from.kind) ?? 0) > (KIND_PRIORITY.get(into.kind) ?? 0)) into.kind = from.kind;
  // The quotes already held, by document and offset (a Set: an event told thousands of times stays linear).
  let held = QUOTES_HELD.get(into);
  if (!held) { held = new Set(into.quotes.map(quoteKey)); QUOTES_HELD.set(into, held); }
  for (const q of from.quotes) {
    const key = quoteKey(q);
    if (!held.has(key)) { held.add(key); into.quotes.push(q); }
  }
  for (const a of from.actors) if (!into.actors.includes(a)) into.actors.push(a);
  for (const p of from.people) if (!into.people.includes(p)) into.people.push(p);
  for (const r of from.rules) if (!into.rules.includes(r)) into.rules.push(r);
  if (!into.location && from.location) into.location = from.location;
  if (!into.speech && from.speech) into.speech = from.speech;
}

/** Merge drafts in input order (deterministic): each draft joins the first earlier event it matches. */
export function mergeDrafts(drafts: readonly DraftEvent[], affiliationOf: (personId: string) => string | undefined = () => undefined): DraftEvent[] {
  const out: DraftEvent[] = [];
  for (const d of drafts) {
    const copy: DraftEvent = { ...d, actors: [...d.actors], people: [...d.people], quotes: [...d.quotes], rules: [...d.rules] };
    const target = out.find((e) => sameEvent(e, copy, affiliationOf));
    if (target) combine(target, copy);
    else out.push(copy);
  }
  return out;
}
