/**
 * Adds a second timeline (a pasted article's, a dropped file's) to the one on screen without losing either.
 * Actors with the same id are the same actor (the extractor's ids are canonical: "Russia" is one lane
 * whatever the article); a document or event whose id is taken by different content gets a fresh id, and
 * the evidence that pointed at a renamed document follows it.
 *
 * @example
 * mergeTimelines(loaded, pasted).events.length // loaded.events.length + pasted.events.length
 */
import type { Actor, TimelineDocument, TimelineEvent } from '../model/schema.ts';
import { IdMaker } from './ids.ts';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function mergeTimelines(base: TimelineDocument, added: TimelineDocument): TimelineDocument {
  const actors = new Map<string, Actor>(base.actors.map((a) => [a.id, a]));
  for (const actor of added.actors) {
    const known = actors.get(actor.id);
    if (!known) actors.set(actor.id, actor);
    else if (actor.aliases.some((x) => !known.aliases.includes(x))) {
      actors.set(actor.id, { ...known, aliases: [...new Set([...known.aliases, ...actor.aliases])] });
    }
  }

  const docIds = new IdMaker(base.documents.map((d) => d.id));
  const baseDocs = new Map(base.documents.map((d) => [d.id, d]));
  const renamed = new Map<string, string>();
  const documents = [...base.documents];
  for (const doc of added.documents) {
    const known = baseDocs.get(doc.id);
    if (known && same(known, doc)) continue;
    const id = known ? docIds.make(doc.id) : doc.id;
    if (!known) docIds.make(doc.id);
    if (id !== doc.id) renamed.set(doc.id, id);
    documents.push(id === doc.id ? doc : { ...doc, id });
  }

  const eventIds = new IdMaker(base.events.map((e) => e.id));
  const baseEvents = new Map(base.events.map((e) => [e.id, e]));
  const events: TimelineEvent[] = [...base.events];
  for (const event of added.events) {
    const moved = event.evidence.some((ev) => renamed.has(ev.document))
      ? { ...event, evidence: event.evidence.map((ev) => (renamed.has(ev.document) ? { ...ev, document: renamed.get(ev.document)! } : ev)) }
      : event;
    const known = baseEvents.get(moved.id);
    if (known && same(known, moved)) continue;
    const id = known ? eventIds.make(moved.id) : moved.id;
    if (!known) eventIds.make(moved.id);
    events.push(id === moved.id ? moved : { ...moved, id });
  }

  const out: TimelineDocument = { ...base, documents, actors: [...actors.values()], events };
  const warnings = [...(base.warnings ?? []), ...(added.warnings ?? [])];
  if (warnings.length) out.warnings = warnings;
  return out;
}
