/**
 * Plain text (`.txt`): the file's text verbatim, its date from the date line, split when it is a digest.
 *
 * @example
 * readText('data/articles/digest.txt', 'Saturday, January 15, 2022\n\nHeadline\n\nBody ...')
 * // { articles: [{ id: 'digest', title: 'Headline', published: '2022-01-15', span: { start: 28, end: ... }, ... }], warnings: [] }
 */
import { segmentText } from '../segment/index.ts';
import { buildArticles, type ReadOptions, type ReadResult } from './build.ts';

export function readText(source: string, text: string, options: ReadOptions = {}): ReadResult {
  return buildArticles(source, text, segmentText(text), options);
}
