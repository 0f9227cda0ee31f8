/**
 * `npm run bench:extract [-- DIR] [--mb N]`: throughput and memory of the whole extractor (segmentation and
 * every stage of extractTimeline) over at least N MB (default 10) of news text, beside chrono-node's `parse`
 * over the same texts in the same run. The corpus is the TempEval-3 documents (`.tml`, tags stripped, the
 * TITLE as headline, the DCT as publication date), repeated until it reaches N MB. Documents are read and
 * processed one at a time and dropped, so memory should stay flat as the corpus grows; the heap is sampled
 * to show it. Prints figures, asserts nothing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chrono from 'chrono-node';
import { readText } from '../src/extract/formats/text.ts';
import { extractTimeline } from '../src/extract/pipeline.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const mbArg = args.indexOf('--mb');
const targetMb = mbArg >= 0 ? Number(args[mbArg + 1]) : 10;
const dir = args.find((a, i) => !a.startsWith('--') && (mbArg < 0 || i !== mbArg + 1)) ?? join(ROOT, '../shared/tempeval3/tbaq-cleaned');
const MB = 1024 * 1024;

function tmlFiles(d: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (e.isDirectory()) out.push(...tmlFiles(join(d, e.name)));
    else if (e.name.endsWith('.tml')) out.push(join(d, e.name));
  }
  return out;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const stripTags = (s: string) => s.replace(/<[^>]+>/g, '').replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ENTITIES[e] ?? '');

/** One TempEval document as plain text with its creation date, or null when it has neither. */
function loadTml(path: string): { text: string; dct: string } | null {
  const xml = readFileSync(path, 'utf8');
  const dct = /functionInDocument="CREATION_TIME"[^>]*?value="(\d{4}-\d{2}-\d{2})|value="(\d{4}-\d{2}-\d{2})[^"]*"[^>]*functionInDocument="CREATION_TIME"/.exec(xml);
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml);
  if (!dct || !body) return null;
  const title = /<TITLE>([\s\S]*?)<\/TITLE>/.exec(xml);
  const text = `${title ? `${stripTags(title[1] ?? '').trim()}\n\n` : ''}${stripTags(body[1] ?? '').trim()}\n`;
  return { text, dct: dct[1] ?? dct[2] ?? '' };
}

const files = tmlFiles(dir);
if (!files.length) {
  console.error(`bench:extract: no .tml files under ${dir}`);
  process.exit(1);
}

let bytes = 0;
let docs = 0;
let passes = 0;
let segmentMs = 0;
let extractMs = 0;
let chronoMs = 0;
let events = 0;
let actors = 0;
let chronoResults = 0;
let peakHeap = 0;
const heapSamples: number[] = [];

// The extractor's pass and chrono's pass each stream the same documents in turn, so neither is charged for
// the other's garbage collection or evicted caches.
outer: for (;;) {
  passes++;
  for (const file of files) {
    const doc = loadTml(file);
    if (!doc) continue;
    const size = Buffer.byteLength(doc.text);

    let t = performance.now();
    const { articles } = readText(file, doc.text, { published: doc.dct });
    segmentMs += performance.now() - t;
    t = performance.now();
    const timeline = extractTimeline(articles);
    extractMs += performance.now() - t;
    events += timeline.events.length;
    actors += timeline.actors.length;

    bytes += size;
    docs++;
    if (docs % 50 === 0) {
      const heap = process.memoryUsage().heapUsed;
      peakHeap = Math.max(peakHeap, heap);
      heapSamples.push(heap);
    }
    if (bytes >= targetMb * MB) break outer;
  }
}

let chronoDocs = 0;
chrono: for (;;) {
  for (const file of files) {
    const doc = loadTml(file);
    if (!doc) continue;
    const t = performance.now();
    chronoResults += chrono.parse(doc.text, new Date(`${doc.dct}T12:00:00Z`)).length;
    chronoMs += performance.now() - t;
    if (++chronoDocs >= docs) break chrono;
  }
}

const mb = bytes / MB;
const rate = (ms: number) => `${(mb / (ms / 1000)).toFixed(2)} MB/s, ${Math.round(docs / (ms / 1000))} docs/s (${(ms / 1000).toFixed(2)} s)`;
const fmt = (b: number) => `${(b / MB).toFixed(1)} MB`;
const tenth = heapSamples[Math.floor(heapSamples.length / 10)] ?? 0;
const last = heapSamples.at(-1) ?? 0;
console.log(`corpus: ${files.length} TempEval-3 documents from ${dir}, ${passes} passes, ${docs} documents, ${mb.toFixed(2)} MB of text (tags stripped)`);
console.log(`dateline segment + extractTimeline: ${rate(segmentMs + extractMs)}; ${events} events, ${actors} actors`);
console.log(`  segment (date line, digest split, layout): ${rate(segmentMs)}`);
console.log(`  extractTimeline (all stages): ${rate(extractMs)}`);
console.log(`chrono-node parse, same texts: ${rate(chronoMs)}; ${chronoResults} results`);
console.log(`memory: peak RSS ${fmt(process.resourceUsage().maxRSS * 1024)}, peak heap ${fmt(peakHeap)}; heap at 10% of the corpus ${fmt(tenth)}, at the end ${fmt(last)}`);
