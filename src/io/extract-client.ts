/**
 * The page's side of the extraction worker: one lazily started worker, promise-returning calls, progress
 * callbacks. `new Worker(new URL(...))` lets Vite bundle the worker (and the whole extractor) as its own
 * file, fetched the first time it is needed.
 *
 * @example
 * const result = await extractInWorker({ source: 'pasted.txt', text, published: '2022-01-15' }, (p) => bar.value = p.fraction);
 * if (result.ok) view.load(mergeTimelines(view.doc, result.doc), 'pasted article');
 */
import type { TimelineDocument } from '../model/schema.ts';
import type { WorkerRequest, WorkerResponse } from './extract-protocol.ts';

type Pending = { resolve: (r: WorkerResponse) => void; onProgress?: (p: { stage: string; fraction: number }) => void };

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();

function getWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('./extract.worker.ts', import.meta.url), { type: 'module', name: 'dateline-extract' });
  worker.onmessage = (ev: MessageEvent<WorkerResponse>) => {
    const msg = ev.data;
    const p = pending.get(msg.id);
    if (!p) return;
    if (msg.type === 'progress') { p.onProgress?.(msg); return; }
    pending.delete(msg.id);
    p.resolve(msg);
  };
  worker.onerror = (ev) => {
    ev.preventDefault();
    const message = `The extractor could not start: ${ev.message || 'worker error'}`;
    for (const [id, p] of pending) p.resolve({ id, type: 'error', message });
    pending.clear();
    worker?.terminate();
    worker = null;
  };
  return worker;
}

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

function call(request: WithoutId<WorkerRequest>, onProgress?: Pending['onProgress']): Promise<WorkerResponse> {
  const id = nextId++;
  return new Promise((resolve) => {
    pending.set(id, { resolve, ...(onProgress ? { onProgress } : {}) });
    getWorker().postMessage({ ...request, id } as WorkerRequest);
  });
}

export type ExtractResult = { ok: true; doc: TimelineDocument; warnings: string[] } | { ok: false; error: string };

export async function extractInWorker(input: { source: string; text: string; published?: string }, onProgress?: Pending['onProgress']): Promise<ExtractResult> {
  const r = await call({ type: 'extract', ...input }, onProgress);
  if (r.type === 'done') return { ok: true, doc: r.doc, warnings: r.warnings };
  return { ok: false, error: r.type === 'error' ? r.message : 'Unexpected answer from the extractor.' };
}

/** The publication date read from the text's date line (e.g. "Saturday, January 15, 2022"), if any. */
export async function detectDateInWorker(text: string): Promise<{ date: string | null; text: string | null; message: string | null }> {
  const r = await call({ type: 'detect-date', text });
  return r.type === 'date' ? { date: r.date, text: r.text, message: r.message } : { date: null, text: null, message: r.type === 'error' ? r.message : null };
}

/** Stops the worker (tests, page teardown); the next call starts a fresh one. */
export function stopExtractWorker(): void {
  worker?.terminate();
  worker = null;
  pending.clear();
}
