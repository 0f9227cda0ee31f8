/**
 * Throughput of the temporal tagger beside chrono-node's `parse`, on the TempEval-3 training texts
 * (TimeBank + AQUAINT, read from ../shared/tempeval3/tbaq-cleaned/, tags stripped), in one run.
 *
 *   npm run bench:timex                 # best of 5 interleaved rounds after a warm-up
 *   npm run bench:timex -- --rounds 10
 *
 * Prints MB/s and documents/s for each tagger and the ratio (Dateline / chrono). No assertion: figures only.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import * as chrono from 'chrono-node';
import { tagTimexes } from '../src/extract/temporal/index.ts';

const CORPUS = resolve(import.meta.dirname, '../../shared/tempeval3/tbaq-cleaned');
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

interface Doc { text: string; dct: string }

function listTml(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? listTml(p) : name.endsWith('.tml') ? [p] : [];
  });
}

/** The <TEXT> content without tags, entities decoded (as the TempEval runner feeds it), and the DCT day. */
function readTml(path: string): Doc {
  const xml = readFileSync(path, 'utf8').replace(/\r\n?/g, '\n');
  const dct = /<DCT>\s*<TIMEX3[^>]*value="(\d{4}-\d{2}-\d{2})/.exec(xml)?.[1] ?? '2000-01-01';
  const body = /<TEXT>([\s\S]*)<\/TEXT>/.exec(xml)?.[1] ?? '';
  const text = body.replace(/<[^>]+>/g, '').replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)) : ENTITIES[e] ?? m);
  return { text, dct };
}

/** One pass over the corpus: milliseconds and the number of expressions found. */
function pass(docs: Doc[], run: (d: Doc) => number): { ms: number; found: number } {
  const t0 = performance.now();
  let found = 0;
  for (const d of docs) found += run(d);
  return { ms: performance.now() - t0, found };
}

const argRounds = process.argv.indexOf('--rounds');
const rounds = argRounds > 0 ? Number(process.argv[argRounds + 1]) : 5;
const docs = listTml(CORPUS).map(readTml);
const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text, 'utf8'), 0);
const mb = bytes / 1e6;

const dateline = (d: Doc) => tagTimexes(d.text, d.dct).length;
const chronoParse = (d: Doc) => chrono.parse(d.text, new Date(`${d.dct}T12:00:00Z`)).length;
pass(docs, dateline); // warm-up (JIT, lazy regex compilation)
pass(docs, chronoParse);
// interleaved rounds, best of each: the machine may be shared, the fastest round is the least disturbed
let ours = { ms: Infinity, found: 0 };
let theirs = { ms: Infinity, found: 0 };
for (let r = 0; r < rounds; r++) {
  const a = pass(docs, dateline);
  const b = pass(docs, chronoParse);
  if (a.ms < ours.ms) ours = a;
  if (b.ms < theirs.ms) theirs = b;
}

const line = (name: string, r: { ms: number; found: number }) =>
  `${name.padEnd(10)} ${(mb / (r.ms / 1000)).toFixed(2).padStart(7)} MB/s ${(docs.length / (r.ms / 1000)).toFixed(0).padStart(6)} docs/s ${r.ms.toFixed(0).padStart(6)} ms/corpus ${String(Math.round(r.found)).padStart(6)} expressions`;
console.log(`corpus: ${docs.length} TempEval-3 documents, ${mb.toFixed(2)} MB, best of ${rounds} interleaved rounds`);
console.log(line('dateline', ours));
console.log(line('chrono', theirs));
console.log(`ratio dateline/chrono: ${(theirs.ms / ours.ms).toFixed(2)}x throughput`);
