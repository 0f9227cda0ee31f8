/**
 * One entry for every way data arrives (a chosen or dropped file, a `?data=` URL, a test): finds the format
 * from the content (and the file name as a hint) and hands it to its reader. Never throws; every refusal is
 * a sentence for the page.
 *
 * @example
 * readTimelineText('{"schemaVersion":1,"documents":[],"actors":[],"events":[{}]}', 'x.json')
 * // { ok: false, error: 'Not a valid Dateline timeline: events[0].id: expected string' }
 */
import { notText } from '../extract/formats/binary.ts';
import { parseTimelineDocument } from '../model/validate.ts';
import { readEventsCsv } from './csv.ts';
import { fail, formatBytes, MAX_INPUT_BYTES, tooLarge, type LoadResult } from './result.ts';
import { looksLikeTimelineJs, readTimelineJs } from './timelinejs.ts';

export { MAX_INPUT_BYTES, formatBytes };

/** Reads an already parsed JSON value: a Dateline document or a TimelineJS file. */
export function readTimelineValue(value: unknown, name: string): LoadResult {
  if (looksLikeTimelineJs(value)) return readTimelineJs(value, name);
  const parsed = parseTimelineDocument(value);
  if (!parsed.ok) return fail(`Not a valid Dateline timeline: ${parsed.error}.`);
  return { ok: true, doc: parsed.value, format: 'dateline', notes: [] };
}

/** The format to try: the file extension decides when it is .json or .csv, else the first character. */
export function guessFormat(text: string, name: string): 'json' | 'csv' {
  const lower = name.toLowerCase();
  if (/\.(json|geojson)$/.test(lower)) return 'json';
  if (/\.(csv)$/.test(lower)) return 'csv';
  const trimmed = text.trimStart();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) return 'json';
  const header = trimmed.slice(0, trimmed.search(/\r?\n|$/));
  return header.includes(',') ? 'csv' : 'json';
}

export function readTimelineText(text: string, name = 'timeline'): LoadResult {
  if (notText(text)) return fail('This is not a text file (it holds binary data). Dateline reads its timeline JSON, TimelineJS JSON or a CSV of events.');
  const body = text.replace(/^\uFEFF/, '');
  const trimmed = body.trimStart();
  if (guessFormat(body, name) === 'csv') return readEventsCsv(body, name);
  if (!trimmed) return fail('The file is empty.');
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    const detail = error instanceof Error ? error.message.replace(/^JSON\.parse: /, '') : String(error);
    return fail(`This is not JSON (${detail}). Dateline reads its timeline JSON, TimelineJS JSON or a CSV of events.`);
  }
  return readTimelineValue(value, name);
}

/** Reads a File (chosen or dropped) after checking its size, so a huge file is refused before it is read. */
export async function readTimelineFile(file: Blob & { name?: string }, maxBytes = MAX_INPUT_BYTES): Promise<LoadResult> {
  if (file.size > maxBytes) return fail(tooLarge(file.size, maxBytes));
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    return fail(`The file could not be read: ${error instanceof Error ? error.message : String(error)}.`);
  }
  return readTimelineText(text, file.name ?? 'file');
}
