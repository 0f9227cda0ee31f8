/**
 * The active filters of a view in words, for the exported SVG's header and its description: one line per
 * filter that is not at its default, with names instead of ids.
 *
 * @example
 * describeFilters({ ...DEFAULT_FILTERS, actors: ['country:rus'] }, { search: 'talks', hidden: [], actorName: () => 'Russia', documentTitle: (id) => id })
 * // ['Actors: Russia', 'Search: "talks"']
 */
import type { Filters } from '../timeline/filter.ts';

export interface Names {
  search: string;
  hidden: readonly string[];
  actorName: (id: string) => string;
  documentTitle: (id: string) => string;
}

const PRECISION: Record<string, string> = { hour: 'hour', day: 'day', week: 'week', month: 'month', quarter: 'quarter', season: 'season', year: 'year', decade: 'decade', century: 'century' };

export function describeFilters(f: Filters, names: Names): string[] {
  const out: string[] = [];
  if (f.actors?.length) out.push(`Actors: ${f.actors.map(names.actorName).join(', ')}`);
  if (f.kinds?.length) out.push(`Kinds: ${f.kinds.join(', ')}`);
  if (f.granularities?.length) out.push(`Date precision: ${f.granularities.map((g) => PRECISION[g] ?? g).join(', ')}`);
  if (f.planned === 'planned') out.push('Only planned events');
  if (f.planned === 'happened') out.push('Only events that happened');
  if (f.documents?.length) out.push(`Sources: ${f.documents.map(names.documentTitle).join('; ')}`);
  if (f.modality === 'all') out.push('Including hypothetical, negated and habitual events');
  if (names.search.trim()) out.push(`Search: "${names.search.trim()}"`);
  if (names.hidden.length) out.push(`Hidden lanes: ${names.hidden.map(names.actorName).join(', ')}`);
  return out;
}
