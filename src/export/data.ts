/**
 * "Download data": the timeline document cut down to what the view shows, so the file matches the screen.
 * Only the actors, people and documents the kept events refer to stay; everything else about the document
 * (generator, warnings, unknown fields from other tools) is carried over.
 *
 * @example
 * filteredDocument(doc, view.visibleEvents).events.length === view.visibleEvents.length // true
 */
import type { TimelineDocument, TimelineEvent } from '../model/schema.ts';

export function filteredDocument(doc: TimelineDocument, events: readonly TimelineEvent[]): TimelineDocument {
  const actorIds = new Set<string>();
  const docIds = new Set<string>();
  for (const e of events) {
    for (const a of e.actors) actorIds.add(a);
    for (const p of e.people) actorIds.add(p);
    for (const ev of e.evidence) docIds.add(ev.document);
  }
  const byId = new Map(doc.actors.map((a) => [a.id, a]));
  // People bring their affiliation, groups their members, so every id in the file resolves.
  for (const id of Array.from(actorIds)) {
    const a = byId.get(id);
    if (a?.affiliation) actorIds.add(a.affiliation);
    for (const m of a?.members ?? []) actorIds.add(m);
  }
  return {
    ...doc,
    documents: doc.documents.filter((d) => docIds.has(d.id)),
    actors: doc.actors.filter((a) => actorIds.has(a.id)),
    events: [...events],
  };
}

export function timelineJsonText(doc: TimelineDocument): string {
  return JSON.stringify(doc, null, 2) + '\n';
}
