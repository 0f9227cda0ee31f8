/**
 * An article (pasted, or a dropped .txt/.md/.html/.jsonl file) through the extractor worker and onto the
 * screen, added to what is loaded. Failures go to the view's message; the timeline on screen stays.
 *
 * @example
 * const r = await importArticle(view, text, 'pasted-article.txt', '2022-01-15', (p) => console.log(p.stage));
 * // { ok: true, message: 'Added 7 events from “Talks end without a deal” (19 in all).' }
 */
import type { ViewState } from '../app/state.svelte.ts';
import { applyLoaded } from './apply.ts';
import { extractInWorker } from './extract-client.ts';
import { loadedFrom } from './source.svelte.ts';

export async function importArticle(
  view: ViewState, text: string, source: string, published: string | undefined,
  onProgress?: (p: { stage: string; fraction: number }) => void,
): Promise<{ ok: true; message: string } | { ok: false; error: string }> {
  const result = await extractInWorker({ source, text, ...(published ? { published } : {}) }, onProgress);
  if (!result.ok) return { ok: false, error: `Could not read the article: ${result.error}` };
  const title = result.doc.documents[0]?.title;
  const notes = [...result.warnings, ...(result.doc.events.length ? [] : ['No events were found in it.'])];
  const message = applyLoaded(view, result.doc, source, { merge: true, what: title ? `“${title}”` : source, notes });
  loadedFrom.local = true;
  loadedFrom.name = source;
  return { ok: true, message };
}
