/**
 * The fields the viewer reads, checked in one fast pass before the schema: a document that lacks them is
 * refused with this short message (the path of the first missing field). This is not the schema: the
 * schema's verdict (src/io/conforms.ts, or zod for the message) still decides whether the document loads.
 *
 * @example
 * guardShape({ schemaVersion: 1, documents: [], actors: [], events: [{ id: 'e' }] }) // 'events[0].title: expected string'
 */
export function guardShape(doc: unknown): string | null {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return 'not a timeline document: expected a JSON object';
  const d = doc as Record<string, unknown>;
  for (const key of ['documents', 'actors', 'events']) if (!Array.isArray(d[key])) return `${key}: expected array`;
  const actors = d.actors as unknown[];
  for (let i = 0; i < actors.length; i++) {
    const a = actors[i] as Record<string, unknown> | null;
    if (!a || typeof a.id !== 'string' || typeof a.name !== 'string' || typeof a.kind !== 'string') return `actors[${i}]: expected an actor with id, name and kind`;
  }
  const events = d.events as unknown[];
  for (let i = 0; i < events.length; i++) {
    const e = events[i] as Record<string, unknown> | null;
    if (!e || typeof e !== 'object') return `events[${i}]: expected object`;
    for (const key of ['id', 'title', 'kind']) if (typeof e[key] !== 'string') return `events[${i}].${key}: expected string`;
    const w = e.date as Record<string, unknown> | null;
    if (!w || typeof w.start !== 'string' || typeof w.end !== 'string' || typeof w.granularity !== 'string') return `events[${i}].date: expected start, end and granularity`;
    for (const key of ['actors', 'people', 'evidence']) if (!Array.isArray(e[key])) return `events[${i}].${key}: expected array`;
  }
  return null;
}
