/**
 * The extractor in a Web Worker, so a long article never freezes the page: text in (pasted, or a dropped
 * .txt/.md/.html/.jsonl file), timeline document out, with progress messages between the stages. Also reads
 * the date line of a pasted text, to prefill the publication date field.
 * Loaded only when the reader opens "Paste an article" or drops an article, so it never weighs on the page.
 */
import { findPublicationDate } from '../extract/segment/index.ts';
import { formatOf, readInput } from '../extract/formats/index.ts';
import { extractTimeline } from '../extract/pipeline.ts';
import type { WorkerRequest, WorkerResponse } from './extract-protocol.ts';

const scope = self as unknown as { postMessage(m: WorkerResponse): void; onmessage: ((ev: MessageEvent<WorkerRequest>) => void) | null };
const post = (m: WorkerResponse) => scope.postMessage(m);

scope.onmessage = (ev) => {
  const req = ev.data;
  try {
    if (req.type === 'detect-date') {
      const found = findPublicationDate(req.text);
      post(found.ok
        ? { id: req.id, type: 'date', date: found.date, text: found.provenance.text, message: null }
        : { id: req.id, type: 'date', date: null, text: null, message: found.message });
      return;
    }
    post({ id: req.id, type: 'progress', stage: 'Reading the article', fraction: 0.1 });
    const source = formatOf(req.source) ? req.source : `${req.source}.txt`;
    const read = readInput(source, req.text, req.published ? { published: req.published } : {});
    if (!read.articles.length) {
      post({ id: req.id, type: 'error', message: read.warnings[0]?.replace(/^[^:]*: /, '') ?? 'No article text found.' });
      return;
    }
    post({ id: req.id, type: 'progress', stage: `Finding actors, dates and events in ${read.articles.length === 1 ? 'the article' : `${read.articles.length} articles`}`, fraction: 0.3 });
    const doc = extractTimeline(read.articles);
    post({ id: req.id, type: 'progress', stage: 'Done', fraction: 1 });
    post({ id: req.id, type: 'done', doc, warnings: read.warnings });
  } catch (error) {
    post({ id: req.id, type: 'error', message: `The extractor failed: ${error instanceof Error ? error.message : String(error)}` });
  }
};
