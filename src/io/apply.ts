/**
 * Puts a loaded or extracted timeline on screen: replacing what is shown, or adding to it (pasted articles
 * and dropped article files always add). The message returned is what the page tells the reader.
 *
 * @example
 * const note = applyLoaded(view, result.doc, 'crisis.csv', { merge: false, notes: result.notes });
 * // 'Loaded crisis.csv: 12 events.'
 */
import type { ViewState } from '../app/state.svelte.ts';
import type { TimelineDocument } from '../model/schema.ts';
import { mergeTimelines } from './merge.ts';

export interface ApplyOptions {
  merge: boolean;
  notes?: string[];
  dataUrl?: string | null;
  what?: string;
}

export function applyLoaded(view: ViewState, doc: TimelineDocument, label: string, o: ApplyOptions): string {
  const base = o.merge ? view.doc : null;
  const before = base?.events.length ?? 0;
  const next = base ? mergeTimelines(base, doc) : doc;
  const added = next.events.length - before;
  view.load(next, base ? view.label || label : label, o.dataUrl ?? null);
  const head = base
    ? `Added ${added} event${added === 1 ? '' : 's'} from ${o.what ?? label} (${next.events.length} in all).`
    : `Loaded ${label}: ${next.events.length} event${next.events.length === 1 ? '' : 's'}.`;
  return [head, ...(o.notes ?? [])].join(' ');
}
