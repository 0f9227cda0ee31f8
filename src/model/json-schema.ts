/** The JSON Schema of events.json, generated from the zod source of truth in schema.ts. */
import * as z from 'zod/mini';
import { TimelineDocumentSchema } from './schema.ts';

export function timelineJsonSchema(): string {
  const schema = z.toJSONSchema(TimelineDocumentSchema, { io: 'input' }) as Record<string, unknown>;
  return JSON.stringify({ ...schema, $id: 'https://dateline.invalid/events.schema.json', title: 'Dateline timeline document' }, null, 2);
}
