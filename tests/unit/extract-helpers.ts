// Articles written inline in tests: the whole text is the article, dated `published`.
import type { Article } from '../../src/extract/article.ts';
import { extractTimeline } from '../../src/extract/pipeline.ts';

export function testArticle(text: string, published: string, id = 'a1'): Article {
  return { id, title: '', published, publishedFrom: { rule: 'test' }, source: `${id}.txt`, text, span: { start: 0, end: text.length } };
}

/** The timeline of one inline article. */
export const extractOne = (text: string, published: string, id?: string) => extractTimeline([testArticle(text, published, id)]);
