/**
 * Render benchmark: builds the app (unless --no-build), serves dist/ plus synthetic documents of 100 /
 * 1,000 / 10,000 / 100,000 events (20-40 actors, ten years) from one origin, opens each in Debian's
 * Chromium through Playwright at 1440x900 and prints one table:
 *   ready ms   navigation -> documentElement.dataset.timelineReady === "true" (first complete render),
 *              median of --runs visits (default 3) after one unmeasured warm-up visit
 *   CPU ms     CPU time of the page's main thread from navigation to ready (Chrome's ThreadTime metric),
 *              median: what the page itself spent, steadier than wall time when the machine is busy
 *   zoom/pan   frame intervals (rAF to rAF) while 40 wheel-zoom steps (20 in, 20 out) and a 30-step drag
 *              pan are dispatched one per frame: median / p95 / max; "work" = script + style + layout per
 *              step (dispatch -> state flushed -> forced layout), median / p95
 *   heap MB    JS heap after the gestures (after a GC), DOM nodes, and the gzipped JS + CSS the page loaded.
 * Figures are printed, never asserted.
 *
 * Usage: npm run bench:render [-- --no-build --sizes 100,1000 --runs 3 --dist DIR]
 * --dist serves another build folder (say, a build of the previous commit for a before/after table on the
 * same machine load) and implies --no-build.
 * Frame figures pool all runs. The machine's load shows in every figure: compare runs on a quiet machine.
 * The 1-minute load average before and after the run is printed under the table.
 */
import { createServer, type Server } from 'node:http';
import { mkdir, writeFile, stat } from 'node:fs/promises';
import { existsSync, createReadStream } from 'node:fs';
import { join, extname, resolve } from 'node:path';
import { tmpdir, loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';
import { execSync } from 'node:child_process';
import { chromium } from '@playwright/test';
import { syntheticDocument } from '../tests/fixtures/synthetic.ts';

const args = process.argv.slice(2);
const sizesArg = args[args.indexOf('--sizes') + 1];
const sizes = args.includes('--sizes') && sizesArg ? sizesArg.split(',').map(Number) : [100, 1000, 10000, 100000];
const runsArg = args[args.indexOf('--runs') + 1];
const RUNS = args.includes('--runs') && runsArg ? Number(runsArg) : 3;
const root = resolve(import.meta.dirname, '..');
const distArg = args[args.indexOf('--dist') + 1];
const dist = args.includes('--dist') && distArg ? resolve(distArg) : join(root, 'dist');
const dataDir = join(tmpdir(), 'dateline-bench');

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' };

function serve(): Promise<{ server: Server; port: number }> {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = path.startsWith('/bench-data/') ? join(dataDir, path.slice('/bench-data/'.length)) : join(dist, path === '/' ? 'index.html' : path);
    // Streamed with its length, as a static file server sends it: the headers leave at once and the body
    // follows, instead of the whole file (50 MB at 100,000 events) being read into memory first.
    try {
      const info = await stat(file);
      if (!info.isFile()) throw new Error('not a file');
      const size = info.size;
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-length': size });
      createReadStream(file).on('error', () => res.destroy()).pipe(res);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok({ server, port: (server.address() as { port: number }).port })));
}

const q = (xs: number[], p: number) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(p * (s.length - 1) + 0.5))] ?? NaN; };
const f = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : '-');


// Runs in the page; a string so the TypeScript runner's helpers (__name) do not leak into it.
const GESTURES = `(async () => {
  const vp = document.querySelector('[data-timeline-viewport]');
  const svg = document.querySelector('[data-timeline-svg]');
  const rect = vp.getBoundingClientRect();
  const cx = rect.left + rect.width * 0.6, cy = rect.top + Math.min(rect.height / 2, 200);
  const frame = () => new Promise((r) => requestAnimationFrame((t) => r(t)));
  const frames = [], work = [];
  async function run(steps, act) {
    let last = await frame();
    for (let i = 0; i < steps; i++) {
      const t0 = performance.now();
      act(i);
      await Promise.resolve(); await Promise.resolve(); await Promise.resolve();
      void svg.getBoundingClientRect(); void document.body.offsetHeight;
      work.push(performance.now() - t0);
      const t = await frame();
      frames.push(t - last);
      last = t;
    }
  }
  await run(40, (i) => vp.dispatchEvent(new WheelEvent('wheel', { deltaY: i < 20 ? -120 : 120, clientX: cx, clientY: cy, bubbles: true, cancelable: true, view: window })));
  await run(32, (i) => {
    const x = cx - i * 12;
    const type = i === 0 ? 'mousedown' : i === 31 ? 'mouseup' : 'mousemove';
    (i === 0 ? vp : window).dispatchEvent(new MouseEvent(type, { clientX: x, clientY: cy, bubbles: true, cancelable: true, view: window, button: 0, buttons: type === 'mouseup' ? 0 : 1 }));
  });
  return { frames, work, nodes: document.getElementsByTagName('*').length };
})()`;

async function main() {
  const loadBefore = loadavg()[0]!;
  if (!args.includes('--no-build') && !args.includes('--dist')) execSync('npx vite build', { cwd: root, stdio: 'ignore' });
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`${join(dist, 'index.html')} missing: run npm run build`);
  await mkdir(dataDir, { recursive: true });
  for (const n of sizes) {
    const actors = n >= 10000 ? 40 : n >= 1000 ? 30 : 20;
    await writeFile(join(dataDir, `synthetic-${n}.json`), JSON.stringify(syntheticDocument({ events: n, actors, years: 10, seed: 7 })));
  }
  const { server, port } = await serve();
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
  const rows: string[][] = [];
  // One unmeasured visit first, so the first size does not pay for the browser's own start-up.
  const warm = await browser.newPage();
  await warm.goto(`http://127.0.0.1:${port}/?data=bench-data/synthetic-${sizes[0]}.json`);
  await warm.waitForFunction("document.documentElement.dataset.timelineReady === 'true'", null, { timeout: 120_000 });
  await warm.close();
  for (const n of sizes) {
    const readies: number[] = [], cpus: number[] = [], frames: number[] = [], work: number[] = [];
    let heap = 0, nodes = 0, payload = 0;
    const errors: string[] = [];
    for (let run = 0; run < RUNS; run++) {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'en-GB', timezoneId: 'UTC' });
    const assets: Promise<number>[] = [];
    page.on('response', (r) => {
      const u = r.url();
      if (/\.(js|css)(\?|$)/.test(u)) assets.push(r.body().then((b) => gzipSync(b).length).catch(() => 0));
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.addInitScript(`new MutationObserver(() => {
      if (document.documentElement.dataset.timelineReady === 'true' && window.__readyAt === undefined) window.__readyAt = performance.now();
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-timeline-ready'] });`);
    const metrics = await page.context().newCDPSession(page);
    await metrics.send('Performance.enable', { timeDomain: 'threadTicks' });
    await page.goto(`http://127.0.0.1:${port}/?data=bench-data/synthetic-${n}.json`);
    await page.waitForFunction('window.__readyAt !== undefined', null, { timeout: 120_000 });
    const ready = (await page.evaluate('window.__readyAt')) as number;
    const { metrics: m } = await metrics.send('Performance.getMetrics');
    cpus.push((m.find((x) => x.name === 'ThreadTime')?.value ?? NaN) * 1000);
    await page.waitForTimeout(300);
    const gestures = (await page.evaluate(GESTURES)) as { frames: number[]; work: number[]; nodes: number };
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    heap = (await cdp.send('Runtime.getHeapUsage')).usedSize / 1e6;
    payload = (await Promise.all(assets)).reduce((a, b) => a + b, 0) / 1024;
    readies.push(ready);
    frames.push(...gestures.frames);
    work.push(...gestures.work);
    nodes = gestures.nodes;
    await page.close();
    }
    rows.push([String(n), f(q(readies, 0.5)), f(q(cpus, 0.5)), f(q(frames, 0.5)), f(q(frames, 0.95)), f(Math.max(...frames)), f(q(work, 0.5)), f(q(work, 0.95)), f(heap), String(nodes), f(payload), errors.length ? `errors: ${errors.join('; ')}` : '']);
  }
  await browser.close();
  server.close();
  const head = ['events', 'ready ms', 'CPU ms', 'frame med', 'frame p95', 'frame max', 'work med', 'work p95', 'heap MB', 'DOM nodes', 'JS+CSS KB gz', ''];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => c.padStart(widths[i]!)).join('  ').trimEnd();
  console.log(line(head));
  for (const r of rows) console.log(line(r));
  console.log(`load average (1 min): ${loadBefore.toFixed(2)} before, ${loadavg()[0]!.toFixed(2)} after`);
}

main().catch((e) => { console.error(e); process.exit(1); });
