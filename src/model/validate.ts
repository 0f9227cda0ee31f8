/**
 * Checks untrusted input against the timeline document schema and explains the first problem in words,
 * with the path of the bad field, so a loader can show it to a person.
 *
 * @example
 * parseTimelineDocument({ schemaVersion: 2 }) // { ok: false, error: 'schemaVersion: this file is schema version 2; Dateline reads version 1' }
 */
import * as z from 'zod/mini';
import { SCHEMA_VERSION, TimelineDocumentSchema, type TimelineDocument } from './schema.ts';

export type ParseResult = { ok: true; value: TimelineDocument } | { ok: false; error: string };

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : out ? `.${String(part)}` : String(part);
  return out || '(document)';
}

export function parseTimelineDocument(input: unknown): ParseResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, error: 'not a timeline document: expected a JSON object with schemaVersion, documents, actors and events' };
  }
  const version = (input as { schemaVersion?: unknown }).schemaVersion;
  if (version !== SCHEMA_VERSION) {
    return { ok: false, error: `schemaVersion: this file is schema version ${JSON.stringify(version ?? null)}; Dateline reads version ${SCHEMA_VERSION}` };
  }
  const result = z.safeParse(TimelineDocumentSchema, input);
  if (result.success) return { ok: true, value: result.data };
  const issue = result.error.issues[0];
  if (!issue) return { ok: false, error: 'invalid timeline document' };
  const expected = 'expected' in issue ? `expected ${String(issue.expected)}` : issue.message;
  return { ok: false, error: `${formatPath(issue.path)}: ${expected}` };
}
