/**
 * STUB (replaced by the events stage owner): articles in, timeline document out. Pure: no file system, no
 * clock, so it runs in Node and in a Web Worker.
 */
import { SCHEMA_VERSION, type TimelineDocument } from '../model/schema.ts';
import type { Article } from './article.ts';

export interface ExtractOptions {
  /** Keep hypothetical / negated / habitual events (marked by `modality`). Default true. */
  keepModal?: boolean;
}

export function extractTimeline(articles: readonly Article[], _options: ExtractOptions = {}): TimelineDocument {
  return {
    schemaVersion: SCHEMA_VERSION,
    generator: 'dateline',
    documents: articles.map((a) => ({ id: a.id, title: a.title, published: a.published, source: a.source, text: a.text, span: a.span, publishedFrom: a.publishedFrom })),
    actors: [],
    events: [],
  };
}
