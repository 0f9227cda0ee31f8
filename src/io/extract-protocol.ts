/**
 * Messages between the page and the extraction worker (extract.worker.ts).
 *
 * @example
 * worker.postMessage({ id: 1, type: 'extract', source: 'pasted-article.txt', text, published: '2022-01-15' });
 * // -> { id: 1, type: 'progress', stage: 'Reading the article', fraction: 0.1 } ... { id: 1, type: 'done', doc, warnings }
 */
import type { TimelineDocument } from '../model/schema.ts';

export type WorkerRequest =
  | { id: number; type: 'extract'; source: string; text: string; published?: string }
  | { id: number; type: 'detect-date'; text: string };

export type WorkerResponse =
  | { id: number; type: 'progress'; stage: string; fraction: number }
  | { id: number; type: 'done'; doc: TimelineDocument; warnings: string[] }
  | { id: number; type: 'date'; date: string | null; text: string | null; message: string | null }
  | { id: number; type: 'error'; message: string };
