/**
 * Filters and search over a TimelineIndex. Both return event indices in time order, so the chart, the
 * table and keyboard navigation share one sequence.
 *
 * @example
 * filterEvents(index, { ...DEFAULT_FILTERS, kinds: ['meeting'] }) // Int32Array of meeting events, earliest first
 */
import type { Granularity, TimelineDocument } from '../model/schema.ts';
import { haystackOf, type TimelineIndex } from './model.ts';

export interface Filters {
  /** Actor ids (any of the event's actors, people or lanes); null = all. */
  actors: string[] | null;
  kinds: string[] | null;
  granularities: Granularity[] | null;
  planned: 'all' | 'planned' | 'happened';
  /** Source document ids; null = all. */
  documents: string[] | null;
  /** 'asserted' hides hypothetical, negated and habitual events. */
  modality: 'asserted' | 'all';
}

export const DEFAULT_FILTERS: Filters = Object.freeze({
  actors: null, kinds: null, granularities: null, planned: 'all', documents: null, modality: 'asserted',
}) as Filters;

export function filterEvents(index: TimelineIndex, f: Filters): Int32Array {
  const actors = f.actors ? new Set(f.actors) : null;
  const kinds = f.kinds ? new Set(f.kinds) : null;
  const grans = f.granularities ? new Set<string>(f.granularities) : null;
  const docs = f.documents ? new Set(f.documents) : null;
  // The opening view of any document: no filter but the modality one, read from the index's flags.
  if (!actors && !kinds && !grans && !docs && f.planned === 'all') {
    if (f.modality !== 'asserted') return index.order.slice();
    const hide = index.unasserted;
    let kept = 0;
    for (const i of index.order) if (!hide[i]) kept++;
    const ids = new Int32Array(kept);
    let k = 0;
    for (const i of index.order) if (!hide[i]) ids[k++] = i;
    return ids;
  }
  const out: number[] = [];
  for (const i of index.order) {
    const e = index.events[i]!;
    if (f.modality === 'asserted' && e.modality && e.modality !== 'asserted') continue;
    if (f.planned === 'planned' && !e.planned) continue;
    if (f.planned === 'happened' && e.planned) continue;
    if (kinds && !kinds.has(e.kind)) continue;
    if (grans && !grans.has(e.date.granularity)) continue;
    if (docs && !e.evidence.some((q) => docs.has(q.document))) continue;
    if (actors && !e.actors.some((a) => actors.has(a)) && !e.people.some((a) => actors.has(a)) && !index.lanesOf[i]!.some((a) => actors.has(a))) continue;
    out.push(i);
  }
  return Int32Array.from(out);
}

/** Case-insensitive search over title, quotes and actor names; every word must occur. */
export function searchEvents(index: TimelineIndex, ids: Int32Array, query: string): Int32Array {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return new Int32Array(0);
  const out: number[] = [];
  const haystack = haystackOf(index);
  for (const i of ids) {
    const h = haystack[i]!;
    if (words.every((w) => h.includes(w))) out.push(i);
  }
  return Int32Array.from(out);
}

/**
 * The filters with every value the document does not know removed (a list left empty means "all"): a link
 * with `actors=bogus` must not open on an empty chart whose lane list has nothing to tick.
 *
 * @example
 * knownFilters({ ...DEFAULT_FILTERS, actors: ['country:RUS', 'bogus'] }, doc).actors // ['country:RUS']
 */
export function knownFilters(filters: Filters, doc: TimelineDocument): Filters {
  // Nothing to check (the usual case): no pass over 100,000 events.
  if (!filters.actors && !filters.kinds && !filters.granularities && !filters.documents) return filters;
  const actors = new Set(doc.actors.map((a) => a.id));
  const kinds = new Set<string>();
  const granularities = new Set<string>();
  for (const e of doc.events) {
    kinds.add(e.kind);
    granularities.add(e.date.granularity);
    for (const a of e.actors) actors.add(a);
    for (const p of e.people) actors.add(p);
  }
  const documents = new Set(doc.documents.map((d) => d.id));
  const keep = <T extends string>(list: T[] | null, known: ReadonlySet<string>): T[] | null => {
    if (!list) return null;
    const kept = list.filter((x) => known.has(x));
    return kept.length ? kept : null;
  };
  const next: Filters = {
    ...filters,
    actors: keep(filters.actors, actors),
    kinds: keep(filters.kinds, kinds),
    granularities: keep(filters.granularities, granularities),
    documents: keep(filters.documents, documents),
  };
  const same = next.actors === filters.actors && next.kinds === filters.kinds && next.granularities === filters.granularities && next.documents === filters.documents;
  return same ? filters : next;
}
