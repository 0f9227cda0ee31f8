/**
 * What every loader returns: a valid timeline document, or a sentence for the page explaining why not.
 * A loader never throws on bad input, so the caller can keep the timeline it already shows.
 *
 * @example
 * const r = readTimelineJson('{"schemaVersion": 2}');
 * if (!r.ok) notice(r.error); // "This file is schema version 2; Dateline reads version 1 (at schemaVersion)."
 */
import type { TimelineDocument } from '../model/schema.ts';

export type LoadResult =
  | { ok: true; doc: TimelineDocument; format: InputFormat; notes: string[] }
  | { ok: false; error: string };

export type InputFormat = 'dateline' | 'csv' | 'timelinejs';

export const FORMAT_NAMES: Record<InputFormat, string> = {
  dateline: 'Dateline timeline JSON',
  csv: 'CSV of events',
  timelinejs: 'TimelineJS JSON',
};

export function fail(error: string): LoadResult {
  return { ok: false, error };
}

/** Largest input read into memory; a 100,000-event timeline with quotes is about 60 MB. */
export const MAX_INPUT_BYTES = 100 * 1024 * 1024;

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
}

export function tooLarge(bytes: number, limit = MAX_INPUT_BYTES): string {
  return `The file is too large (${formatBytes(bytes)}); Dateline reads files up to ${formatBytes(limit)}.`;
}
