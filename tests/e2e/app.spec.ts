import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { syntheticDocument } from '../fixtures/synthetic.ts';

const bundled = JSON.parse(readFileSync(new URL('../../data/events.json', import.meta.url), 'utf8')) as {
  events: { id: string; title: string; kind: string; date: { start: string }; evidence: { quote: string }[] }[];
};
const firstYear = Math.min(...bundled.events.map((e) => Number(e.date.start.slice(0, 4))));

let errors: string[] = [];
test.beforeEach(({ page }) => {
  errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(e.message));
});
test.afterEach(() => {
  expect(errors, 'console errors').toEqual([]);
});

async function open(page: Page, search = '') {
  await page.goto(`./${search}`);
  await page.waitForFunction(() => document.documentElement.dataset.timelineReady === 'true');
}

async function serveSynthetic(page: Page, events: number) {
  const doc = syntheticDocument({ events, actors: 24, years: 10, seed: 3 });
  await page.route('**/synthetic.json', (route) => route.fulfill({ json: doc }));
  return doc;
}

const laneNames = (page: Page) => page.locator('[data-timeline-svg] .lane-name').allTextContents();
const rangeText = (page: Page) => page.locator('.range').textContent();

test('the bundled document shows lanes for NATO, Russia and the United States', async ({ page }) => {
  await open(page);
  const names = (await laneNames(page)).map((n) => n.replace(/\s*\d+$/, ''));
  for (const actor of ['NATO', 'Russia', 'United States']) expect(names).toContain(actor);
  await expect(page.locator('[data-timeline-svg] .mark').first()).toBeVisible();
  await expect(page.locator('[data-timeline-svg] .tick-label').first()).toBeVisible();
});

test('a synthetic document from ?data= shows its lanes', async ({ page }) => {
  await serveSynthetic(page, 500);
  await open(page, '?data=synthetic.json&order=count');
  const names = (await laneNames(page)).map((n) => n.replace(/\s*\d+$/, ''));
  expect(names.slice(0, 3).sort()).toEqual(['NATO', 'Russia', 'United States']);
  await expect(page.locator('.doc')).toContainText('500 events');
  await expect(page.locator('.filters .lane-name')).toHaveCount(24);
});

test('clicking an event opens the panel with its quote, date phrase and article', async ({ page }) => {
  await open(page);
  const mark = page.locator('[data-timeline-svg] .mark').first();
  const id = await mark.getAttribute('data-event-id');
  const event = bundled.events.find((e) => e.id === id)!;
  await mark.click();
  const panel = page.locator('aside.panel');
  await expect(panel.locator('h2')).toHaveText(event.title);
  await expect(panel.locator('blockquote').first()).toHaveText(event.evidence[0]!.quote);
  await expect(panel).toContainText('→');
  await expect(page).toHaveURL(new RegExp(`event=${id}`));
  await panel.getByRole('button', { name: 'Open the article at this quote' }).first().click();
  await expect(page.locator('dialog mark')).toHaveText(event.evidence[0]!.quote);
  await expect(page.locator('dialog mark')).toBeInViewport();
});

test('the wheel zooms: the visible date range changes', async ({ page }) => {
  await open(page);
  const before = await rangeText(page);
  const box = (await page.locator('[data-timeline-viewport]').boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.8, box.y + 100);
  for (let i = 0; i < 5; i++) await page.mouse.wheel(0, -300);
  await expect.poll(() => rangeText(page)).not.toBe(before);
  await expect(page).toHaveURL(/from=.*&to=/);
});

test('drag pans and Fit all restores the whole extent', async ({ page }) => {
  await open(page, '?from=2021-12-01&to=2022-01-31');
  const before = await rangeText(page);
  const box = (await page.locator('[data-timeline-viewport]').boundingBox())!;
  await page.mouse.move(box.x + 400, box.y + 60);
  await page.mouse.down();
  await page.mouse.move(box.x + 200, box.y + 60, { steps: 5 });
  await page.mouse.up();
  await expect.poll(() => rangeText(page)).not.toBe(before);
  await page.getByRole('button', { name: 'Fit all' }).click();
  await expect(page.locator('.range')).toContainText(new RegExp(`${firstYear - 1}|${firstYear} –`));
});

test('while a drag moves, the SVG keeps its picture and an opaque canvas draws the chart live; the SVG follows after', async ({ page }) => {
  await open(page, '?from=2021-12-01&to=2022-01-31');
  const svg = page.locator('[data-timeline-svg]');
  const viewport = page.locator('[data-timeline-viewport]');
  const ticks = () => svg.locator('.axis .tick-label').allTextContents();
  const before = await ticks();
  const box = (await viewport.boundingBox())!;
  await page.mouse.move(box.x + 700, box.y + 60);
  await page.mouse.down();
  await page.mouse.move(box.x + 300, box.y + 60, { steps: 8 });
  await expect(viewport).toHaveAttribute('data-moving', '');
  await expect(page.locator('canvas.dense-layer')).toBeVisible();
  expect(await ticks()).toEqual(before);
  // The canvas covers the SVG, axis band and lanes alike: no transparent pixel lets the SVG's stale picture through.
  const alphas = await page.locator('canvas.dense-layer').evaluate((c: HTMLCanvasElement) => {
    const ctx = c.getContext('2d')!;
    return [ctx.getImageData(2, 2, 1, 1).data[3], ctx.getImageData(Math.floor(c.width / 2), Math.floor(c.height / 2), 1, 1).data[3]];
  });
  expect(alphas).toEqual([255, 255]);
  await page.mouse.up();
  await expect(viewport).not.toHaveAttribute('data-moving');
  await expect.poll(ticks).not.toEqual(before);
  await expect(page.locator('canvas.dense-layer')).toBeHidden();
});

test('keyboard only: zoom, move between events, open and close the panel', async ({ page }) => {
  await open(page, '?from=2022-01-09&to=2022-01-17');
  const viewport = page.locator('[data-timeline-viewport]');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to the timeline' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(viewport).toBeFocused();
  const before = await rangeText(page);
  await page.keyboard.press('-');
  await expect.poll(() => rangeText(page)).not.toBe(before);
  await page.keyboard.press('+');
  await page.keyboard.press('Tab');
  const first = await page.evaluate(() => document.activeElement?.getAttribute('data-event-id'));
  expect(first).toBeTruthy();
  await page.keyboard.press('ArrowRight');
  const second = await page.evaluate(() => document.activeElement?.getAttribute('data-event-id'));
  expect(second).toBeTruthy();
  expect(second).not.toBe(first);
  await page.keyboard.press('ArrowDown');
  const lane = await page.evaluate(() => document.activeElement?.getAttribute('data-lane'));
  expect(lane).toBeTruthy();
  await page.keyboard.press('Enter');
  await expect(page.locator('aside.panel h2')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.locator('aside.panel')).toHaveCount(0);
  expect(await page.evaluate(() => document.activeElement?.getAttribute('data-lane'))).toBe(lane);
});

test('URL round trip: range, search, filters and selection come back from a link', async ({ page }) => {
  const id = bundled.events[0]!.id;
  await open(page, `?from=2022-01-10&to=2022-01-17&q=nato&event=${id}&planned=happened&theme=dark`);
  await expect(page.locator('.range')).toContainText('10 Jan 2022 – 17 Jan 2022');
  await expect(page.locator('#dl-search')).toHaveValue('nato');
  await expect(page.locator('aside.panel h2')).toHaveText(bundled.events[0]!.title);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('.filters select').nth(1)).toHaveValue('happened');
});

test('back and forward step through selections and filters', async ({ page }) => {
  await open(page);
  await page.locator('[data-timeline-svg] .mark').first().click();
  await expect(page).toHaveURL(/event=/);
  await page.locator('aside.panel .close').click();
  await expect(page).not.toHaveURL(/event=/);
  await page.locator('.filters select').nth(1).selectOption('planned');
  await expect(page).toHaveURL(/planned=planned/);
  await page.goBack();
  await expect(page).not.toHaveURL(/planned=/);
  await expect(page.locator('.filters select').nth(1)).toHaveValue('all');
  await page.goBack();
  await expect(page).toHaveURL(/event=/);
  await expect(page.locator('aside.panel')).toBeVisible();
  await page.goForward();
  await expect(page.locator('aside.panel')).toHaveCount(0);
});

test('the table view lists the same events and shares the selection', async ({ page }) => {
  await open(page);
  await page.getByRole('button', { name: 'Fit all' }).click();
  await page.getByRole('button', { name: 'Table' }).click();
  const rows = page.locator('.table-view tbody tr');
  await expect(rows).toHaveCount(bundled.events.length);
  await rows.nth(2).getByRole('button').click();
  const id = await rows.nth(2).getAttribute('data-event-id');
  await expect(page).toHaveURL(new RegExp(`event=${id}`));
  await expect(page.locator('aside.panel h2')).toHaveText(bundled.events.find((e) => e.id === id)!.title);
  const kind = bundled.events[0]!.kind;
  await page.locator('.filters').getByRole('checkbox', { name: kind, exact: true }).uncheck();
  const kinds = await page.locator('.table-view tbody tr td:nth-child(3)').allTextContents();
  expect(kinds.some((k) => k.replace(' (planned)', '') === kind)).toBe(false);
  await expect(rows).toHaveCount(bundled.events.filter((e) => e.kind !== kind).length);
  await page.locator('.table-view').getByRole('button', { name: 'Event', exact: true }).click();
  await expect(page.locator('.table-view th').nth(1)).toHaveAttribute('aria-sort', 'ascending');
});

test('search highlights matches and steps through them', async ({ page }) => {
  await open(page);
  const word = bundled.events[0]!.title.split(/\s+/).find((w) => /^[A-Za-z]{5,}$/.test(w))!;
  await page.locator('#dl-search').fill(word);
  await expect(page.locator('.search .count')).toContainText('found');
  await page.locator('#dl-search').press('Enter');
  await expect(page.locator('aside.panel')).toContainText(word);
  await page.locator('#dl-search').fill('zzqx-no-such-words');
  await expect(page.locator('.search .count')).toHaveText('no match');
});

test('an invalid document shows a clear message, never a blank page', async ({ page }) => {
  await page.route('**/broken.json', (route) => route.fulfill({ json: { schemaVersion: 1, documents: [], actors: [], events: [{ id: 'x' }] } }));
  await open(page, '?data=broken.json');
  await expect(page.getByRole('alert')).toContainText('broken.json is not a Dateline timeline document');
  await expect(page.locator('h1')).toHaveText('Dateline');
});

test('a slow document: a loading line at once, the app with its own "Loading…" soon after, then the timeline', async ({ page }) => {
  const doc = syntheticDocument({ events: 40, actors: 6, years: 2, seed: 5 });
  let release!: () => void;
  const held = new Promise<void>((ok) => (release = ok));
  await page.route('**/slow.json', async (route) => { await held; await route.fulfill({ json: doc }); });
  await page.goto('./?data=slow.json', { waitUntil: 'commit' });
  // Never a blank page: index.html's line first, then (after at most 300 ms) the app itself, still loading.
  await expect(page.getByRole('status').first()).toContainText(/Loading/);
  await expect(page.locator('h1')).toHaveText('Dateline');
  await expect(page.locator('.top .doc')).toHaveText('Loading…');
  await expect(page.locator('html')).not.toHaveAttribute('data-timeline-ready', 'true');
  release();
  await page.waitForFunction(() => document.documentElement.dataset.timelineReady === 'true');
  await expect(page.locator('.top .doc')).toContainText('40 events');
  await expect(page.locator('.boot')).toHaveCount(0);
});

test('before the app mounts, the loading line is in the reader\'s theme (no white flash in dark mode)', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  let release!: () => void;
  const held = new Promise<void>((ok) => (release = ok));
  await page.route('**/assets/main-*.js', async (route) => { await held; await route.continue(); });
  await page.goto('./', { waitUntil: 'commit' });
  await expect(page.locator('.boot')).toHaveText('Loading the timeline…');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const bg = await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme);
  expect(bg).toBe('dark');
  release();
  await page.waitForFunction(() => document.documentElement.dataset.timelineReady === 'true');
});

test('dark mode: the toggle switches the page and the chart', async ({ page }) => {
  await open(page);
  await page.getByRole('button', { name: 'Switch to dark theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('[data-timeline-svg]')).toHaveAttribute('data-theme', 'dark');
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(bg).toBe('rgb(21, 23, 26)');
  await expect(page).toHaveURL(/theme=dark/);
});

test('a dense synthetic view draws on canvas and still opens events by click', async ({ page }) => {
  await serveSynthetic(page, 3000);
  await open(page, '?data=synthetic.json');
  await expect(page.locator('canvas.dense-layer')).toBeVisible();
  expect(await page.locator('[data-timeline-svg] *').count()).toBeLessThan(1500);
  // The exported SVG keeps the dense layer as an image once the view settles.
  await expect(page.locator('[data-timeline-svg] image[data-dense-layer]')).toHaveAttribute('href', /^data:image\/png/);
  await page.locator('[data-timeline-viewport]').focus();
  for (let i = 0; i < 6; i++) await page.keyboard.press('+');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.locator('aside.panel h2')).toBeVisible();
});

test('phone width: filters fold away and the panel becomes a bottom sheet', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 760 });
  await open(page);
  await expect(page.locator('.filters details')).not.toHaveAttribute('open', '');
  await page.locator('[data-timeline-svg] .mark').first().click();
  const position = await page.locator('aside.panel').evaluate((el) => getComputedStyle(el).position);
  expect(position).toBe('fixed');
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth).toBeLessThanOrEqual(360);
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds no violations (${theme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    await open(page);
    await page.locator('[data-timeline-svg] .mark').first().click();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([]);
  });
}

test('a "+N" cluster of same-day events lists its members; choosing one opens it', async ({ page }) => {
  const doc = syntheticDocument({ events: 1, actors: 3, years: 1, seed: 1 });
  const base = doc.events[0]!;
  doc.events = Array.from({ length: 6 }, (_, i) => ({
    ...base, id: `same-${i}`, title: `Same-day event ${i}`, actors: ['nato'], people: [],
    date: { start: '2022-01-12', end: '2022-01-12', granularity: 'day' as const, timex: '2022-01-12', phrase: 'on Wednesday' },
  }));
  await page.route('**/sameday.json', (route) => route.fulfill({ json: doc }));
  await open(page, '?data=sameday.json&from=2022-01-11&to=2022-01-14');
  const cluster = page.locator('[data-timeline-svg] .cluster').first();
  await expect(cluster).toHaveAttribute('data-count', /\d/);
  await cluster.dispatchEvent('click');
  const menu = page.locator('.cluster-menu');
  await expect(menu).toBeVisible();
  await expect(menu.locator('li button')).toHaveCount(6);
  const first = menu.locator('li button').first();
  await expect(first).toBeFocused();
  await first.click();
  await expect(menu).toHaveCount(0);
  await expect(page.locator('aside.panel h2')).toHaveText('Same-day event 0');
});

test('a large document that the schema rejects is drawn first, then withdrawn with the reason', async ({ page }) => {
  const doc = syntheticDocument({ events: 2500, actors: 20, years: 5, seed: 9 });
  (doc.events[2400]!.date as { start: string }).start = '15/01/2022';
  await page.route('**/large-bad.json', (route) => route.fulfill({ json: doc }));
  await page.goto('./?data=large-bad.json');
  await expect(page.getByRole('alert')).toContainText('events[2400].date.start', { timeout: 20_000 });
  await expect(page.locator('.empty')).toHaveText('No timeline loaded.');
});

test('lanes reorder by drag and by keyboard, and the order is kept in the URL', async ({ page }) => {
  await open(page);
  const names = () => page.locator('.filters .lanes .lane-name').allTextContents();
  const before = await names();
  await page.locator('.filters .lanes li').nth(2).dragTo(page.locator('.filters .lanes li').nth(0));
  await expect.poll(async () => (await names())[0]).toBe(before[2]);
  await expect(page).toHaveURL(/lanes=/);
  await page.getByRole('button', { name: `Move ${before[0]!.replace(/\s*\d+$/, '').trim()} up` }).focus();
  await page.keyboard.press('Enter');
  expect((await names())[0]).toBe(before[0]);
  const svgFirst = await page.locator('[data-timeline-svg] .lane-name').first().textContent();
  expect(svgFirst).toBe(before[0]!.trim().replace(/\s+(\d+)$/, ' $1'));
});
