/**
 * Loads a timeline document from a URL or text into the view state. Every failure (network, not JSON,
 * schema) ends as a message shown in the page; the timeline on screen, if any, stays.
 *
 * Validation: a document is drawn only once it passes the schema. `conforms` (src/io/conforms.ts, exactly the
 * schema's verdict, without zod) answers on the happy path; a refused document is explained by
 * `parseTimelineDocument` (zod), on this thread up to SYNC_LIMIT events and in a worker above.
 *
 * @example
 * await loadDocument(view, 'https://example.org/events.json', { dataParam: 'https://example.org/events.json' });
 * await loadText(view, pastedJson, 'pasted document');
 */
import type { ParseResult } from '../model/validate.ts';
import type { TimelineDocument } from '../model/schema.ts';
import type { ViewState } from './state.svelte.ts';
import { guardShape } from './guard.ts';
import { conforms } from '../io/conforms.ts';
import { looksLikeHtml, notATimelinePage, resolveDataUrl } from '../io/address.ts';
import { MAX_INPUT_BYTES } from '../io/result.ts';

export const SYNC_LIMIT = 2000;

export interface LoadOptions {
  /** The value kept in the `data` URL parameter (null for the bundled document). */
  dataParam?: string | null;
  label?: string;
  signal?: AbortSignal;
}

export async function loadDocument(view: ViewState, url: string, options: LoadOptions = {}): Promise<boolean> {
  const label = options.label ?? labelOf(url);
  view.startLoading();
  // An address from the URL obeys the address field's rule (http, https, blob) before anything is fetched.
  const address = typeof location === 'undefined' ? { ok: true as const } : resolveDataUrl(url, location.href);
  if (!address.ok) {
    view.fail(`Could not load ${label}: ${address.error}`);
    return false;
  }
  let text: string;
  try {
    const response = (await takePrefetch(url)) ?? fetched(await fetch(url, { signal: options.signal }));
    if (!response.ok) {
      view.fail(`Could not load ${label}: the server answered ${response.status} ${response.statusText}`.trim());
      return false;
    }
    const length = response.length ?? NaN;
    if (Number.isFinite(length) && length > MAX_INPUT_BYTES) {
      view.fail(`Could not load ${label}: it is ${Math.round(length / 1048576)} MB, more than the ${MAX_INPUT_BYTES / 1048576} MB Dateline reads.`);
      return false;
    }
    // The bytes first, then one UTF-8 decode (what text() means, BOM dropped alike): Chromium's text() decodes
    // chunk by chunk on the page's thread while the body arrives, holding it in one long task; a 50 MB
    // document arrived about a third sooner this way in the render benchmark.
    text = new TextDecoder().decode(await response.bytes());
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    view.fail(`Could not load ${label}: ${/fetch/i.test(detail) ? 'the server did not answer or does not allow this page to read it (CORS).' : detail}`);
    return false;
  }
  if (looksLikeHtml(text)) {
    view.fail(`Could not load ${notATimelinePage(label)}`);
    return false;
  }
  return loadText(view, text, label, options.dataParam ?? null);
}

/** A response as the loader needs it, from this page's fetch or from the download index.html started. */
interface Fetched {
  ok: boolean;
  status: number;
  statusText: string;
  /** Content-Length, when the server sent one. */
  length: number | null;
  bytes(): Promise<ArrayBuffer>;
}

/** What index.html's download worker answers (no body when the status or the size refuses it). */
interface PrefetchAnswer { ok: boolean; status: number; statusText: string; length: number | null; body?: ArrayBuffer }

declare global {
  interface Window { __datelinePrefetch?: { url: string; response: Promise<PrefetchAnswer | null> } }
}

function fetched(response: Response): Fetched {
  const header = response.headers.get('content-length');
  return {
    ok: response.ok, status: response.status, statusText: response.statusText,
    length: header === null ? null : Number(header),
    bytes: () => response.arrayBuffer(),
  };
}

/**
 * The download index.html started for `?data=` (once), if it is for this URL; resolves to null when that
 * request failed, so the caller asks again and can say why.
 */
async function takePrefetch(url: string): Promise<Fetched | null> {
  const p = typeof window === 'undefined' ? undefined : window.__datelinePrefetch;
  if (!p || p.url !== url) return null;
  window.__datelinePrefetch = undefined;
  const answer = await p.response;
  if (!answer) return null;
  const body = answer.body;
  // A refused status or size carries no body; neither reads it.
  return { ...answer, bytes: () => (body ? Promise.resolve(body) : Promise.reject(new Error('the download was cut short'))) };
}

type Verdict = Pick<ParseResult, 'ok'> & { error?: string };

/** Validates JSON text with the schema: on this thread for small documents, in a worker for large ones. */
export function validateText(text: string, json?: unknown, inWorker = true): Promise<Verdict> {
  if (!inWorker || typeof Worker === 'undefined') return validateHere(text, json);
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./validate.worker.ts', import.meta.url), { type: 'module' });
    } catch {
      resolve(validateHere(text));
      return;
    }
    worker.onmessage = (m: MessageEvent<Verdict>) => { resolve(m.data); worker.terminate(); };
    worker.onerror = () => { worker.terminate(); resolve(validateHere(text)); };
    worker.postMessage(text);
  });
}

// The schema code is a separate chunk, fetched only to explain why a document is refused.
const validator = () => import('../model/validate.ts');

async function validateHere(text: string, json?: unknown): Promise<Verdict> {
  const { parseTimelineDocument } = await validator();
  try {
    const r = parseTimelineDocument(json ?? JSON.parse(text));
    return r.ok ? { ok: true } : { ok: false, error: r.error };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** Parses, checks and loads JSON text; resolves to whether the document was accepted. */
export async function loadText(view: ViewState, text: string, label: string, dataParam: string | null = null): Promise<boolean> {
  if (view.status !== 'loading') view.startLoading();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    // Not JSON: perhaps a CSV of events, which the format readers (a chunk loaded only now) know.
    if (await loadOtherFormat(view, text, label, dataParam)) return true;
    view.fail(`${label} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
    return false;
  }
  if ((json as { schemaVersion?: unknown } | null)?.schemaVersion === undefined && await loadOtherFormat(view, text, label, dataParam)) return true;
  // The hand-written check answers for valid documents. A refused one is explained by the shape guard's
  // short message when it has one, else by zod (a chunk loaded only then).
  if (!conforms(json)) {
    const version = (json as { schemaVersion?: unknown } | null)?.schemaVersion;
    const shape = version === 1 ? guardShape(json) : `schemaVersion: this file is schema version ${JSON.stringify(version ?? null)}; Dateline reads version 1`;
    if (shape) {
      view.fail(`${label} is not a Dateline timeline document: ${shape}`);
      return false;
    }
    const small = (json as TimelineDocument).events.length <= SYNC_LIMIT;
    const v = await validateText(text, json, !small);
    if (!v.ok) {
      view.fail(`${label} is not a Dateline timeline document: ${v.error}`);
      return false;
    }
  }
  view.load(json as TimelineDocument, label, dataParam);
  return true;
}

/** A CSV of events or a TimelineJS file, read by the import readers; false when it is neither. */
async function loadOtherFormat(view: ViewState, text: string, label: string, dataParam: string | null): Promise<boolean> {
  const { readTimelineText } = await import('../io/load.ts');
  const r = readTimelineText(text, label);
  if (!r.ok || r.format === 'dateline') return false;
  view.load(r.doc, label, dataParam);
  return true;
}

export function labelOf(url: string): string {
  if (url.startsWith('data:')) return 'events.json';
  const path = url.split(/[?#]/)[0] ?? url;
  const name = path.slice(path.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(name) || url;
  } catch {
    return name || url; // a stray '%' that is no escape
  }
}
