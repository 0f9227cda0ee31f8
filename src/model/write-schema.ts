/**
 * Writes data/events.schema.json from the zod schema (`npm run schema`). With `--check` it only compares and
 * exits 1 when the committed file is stale, so CI catches a type change without a regenerated schema.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { timelineJsonSchema } from './json-schema.ts';

const file = new URL('../../data/events.schema.json', import.meta.url);
const fresh = timelineJsonSchema() + '\n';
if (process.argv.includes('--check')) {
  let current = '';
  try { current = readFileSync(file, 'utf8'); } catch { /* missing counts as stale */ }
  if (current !== fresh) { console.error('data/events.schema.json is stale: run `npm run schema`'); process.exit(1); }
} else {
  writeFileSync(file, fresh);
  console.log('wrote data/events.schema.json');
}
