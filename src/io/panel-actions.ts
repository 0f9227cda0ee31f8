/**
 * What the Load panel's controls do, loaded on first use so the panel itself stays a few buttons: open a
 * chosen or dropped file (a timeline, or an article for the extractor), or fetch a timeline by address.
 * Each returns the sentence for the panel's status line; failures go to the view's message and the
 * timeline on screen stays.
 *
 * @example
 * const note = await openFile(view, file, false); // 'Loaded crisis.csv: 12 events. (CSV of events)'
 */
import type { ViewState } from '../app/state.svelte.ts';
import { applyLoaded } from './apply.ts';
import { importArticle } from './article-import.ts';
import { fetchTimeline } from './fetch.ts';
import { readTimelineFile } from './load.ts';
import { FORMAT_NAMES, MAX_INPUT_BYTES, tooLarge } from './result.ts';
import { loadedFrom } from './source.svelte.ts';

const ARTICLE = /\.(txt|text|md|markdown|html?|jsonl)$/i;

export async function openFile(view: ViewState, file: File, merge: boolean): Promise<string> {
  if (file.size > MAX_INPUT_BYTES) { view.fail(`Could not load ${file.name}: ${tooLarge(file.size)}`); return ''; }
  if (ARTICLE.test(file.name)) {
    const r = await importArticle(view, await file.text(), file.name, undefined);
    if (!r.ok) view.fail(r.error);
    return r.ok ? r.message : '';
  }
  const result = await readTimelineFile(file);
  if (!result.ok) { view.fail(`Could not load ${file.name}: ${result.error}`); return ''; }
  const note = applyLoaded(view, result.doc, file.name, { merge, notes: [`(${FORMAT_NAMES[result.format]})`, ...result.notes] });
  loadedFrom.local = true;
  loadedFrom.name = file.name;
  return note;
}

export async function loadAddress(view: ViewState, url: string, merge: boolean): Promise<string> {
  const result = await fetchTimeline(url);
  if (!result.ok) { view.fail(result.error); return ''; }
  const name = url.split(/[?#]/)[0]!.split('/').pop() || url;
  // A loaded address goes into the page's address (the full app's ?data= reads all three formats, as the
  // embed does), so a link reopens it; a merge of several sources has no one address.
  const linkable = !merge;
  const note = applyLoaded(view, result.doc, name, { merge, notes: result.notes, dataUrl: linkable ? url : null });
  loadedFrom.local = !linkable;
  loadedFrom.name = linkable ? '' : merge ? 'several sources' : name;
  return note;
}
