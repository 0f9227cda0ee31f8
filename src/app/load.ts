/**
 * Loads a timeline document from a URL into the view state. Every failure (network, not JSON, schema) ends
 * as a message shown in the page; the timeline on screen, if any, stays.
 *
 * @example
 * await loadDocument(view, 'https://example.org/events.json', { dataParam: 'https://example.org/events.json' });
 */
import { parseTimelineDocument } from '../model/validate.ts';
import type { ViewState } from './state.svelte.ts';

export interface LoadOptions {
  /** The value kept in the `data` URL parameter (null for the bundled document). */
  dataParam?: string | null;
  label?: string;
  signal?: AbortSignal;
}

export async function loadDocument(view: ViewState, url: string, options: LoadOptions = {}): Promise<boolean> {
  const label = options.label ?? labelOf(url);
  view.startLoading();
  let text: string;
  try {
    const response = await fetch(url, { signal: options.signal });
    if (!response.ok) {
      view.fail(`Could not load ${label}: the server answered ${response.status} ${response.statusText}`.trim());
      return false;
    }
    text = await response.text();
  } catch (error) {
    view.fail(`Could not load ${label}: ${error instanceof Error ? error.message : String(error)}`);
    return false;
  }
  return loadText(view, text, label, options.dataParam ?? null);
}

/** Parses and validates JSON text, then loads it. */
export function loadText(view: ViewState, text: string, label: string, dataParam: string | null = null): boolean {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    view.fail(`${label} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
    return false;
  }
  const result = parseTimelineDocument(json);
  if (!result.ok) {
    view.fail(`${label} is not a Dateline timeline document: ${result.error}`);
    return false;
  }
  view.load(result.value, label, dataParam);
  return true;
}

export function labelOf(url: string): string {
  if (url.startsWith('data:')) return 'events.json';
  const path = url.split(/[?#]/)[0] ?? url;
  return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1)) || url;
}
