/**
 * Input formats: a file's name and content in, Articles out. Pure (no file system, no clock), so the browser
 * can read a dropped or pasted file with the same code; only cli.ts reads files.
 *
 * @example
 * readInput('data/articles/digest.txt', text, { published: '2022-01-15' }) // { articles: [...], warnings: [] }
 */
import { readHtml } from './html.ts';
import { readJsonl } from './jsonl.ts';
import { readMarkdown } from './markdown.ts';
import { readText } from './text.ts';
import type { ReadOptions, ReadResult } from './build.ts';

export type { ReadOptions, ReadResult } from './build.ts';
export { slugId } from './build.ts';

type Reader = (source: string, content: string, options?: ReadOptions) => ReadResult;

/** File name endings Dateline reads, and the reader for each. */
export const READERS: Readonly<Record<string, Reader>> = {
  '.txt': readText,
  '.text': readText,
  '.md': readMarkdown,
  '.markdown': readMarkdown,
  '.html': readHtml,
  '.htm': readHtml,
  '.jsonl': readJsonl,
};

export const SUPPORTED_EXTENSIONS = Object.keys(READERS);

/** The extension of `path` that selects its reader (lower-cased, with the dot), or null when unsupported. */
export function formatOf(path: string): string | null {
  const m = /\.[a-z0-9]+$/i.exec(path);
  const ext = m ? m[0].toLowerCase() : '';
  return ext in READERS ? ext : null;
}

/** Reads one input by its file name; an unsupported name is a warning, not an exception. */
export function readInput(source: string, content: string, options: ReadOptions = {}): ReadResult {
  const ext = formatOf(source);
  const reader = ext ? READERS[ext] : undefined;
  if (!reader) return { articles: [], warnings: [`${source}: unsupported file type (Dateline reads ${SUPPORTED_EXTENSIONS.join(' ')})`] };
  return reader(source, content, options);
}
