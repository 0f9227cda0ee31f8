import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync, writeFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import { parseTimelineDocument } from '../../src/model/validate.ts';
import { APP, DATA_URL, collectErrors, serveData } from './embed-fixtures.ts';
import { syntheticDocument } from '../fixtures/synthetic.ts';

test.beforeEach(async ({ context }) => { await serveData(context); });

async function openApp(page: Page, query = '') {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${APP}?data=${encodeURIComponent(DATA_URL)}${query}`);
  await expect(page.locator('html')).toHaveAttribute('data-timeline-ready', 'true');
  await expect(page.locator('[data-timeline-svg] .lane-bg').first()).toBeVisible();
}

async function exportFile(page: Page, label: string): Promise<{ name: string; body: Buffer }> {
  if (!(await page.getByRole('dialog', { name: 'Export this view' }).isVisible())) await page.getByRole('button', { name: 'Export…' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: label }).click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), body: readFileSync(path!) };
}

/** Event ids and visible texts of the chart on screen, and the same read from an exported SVG. */
async function screenMarks(page: Page) {
  return page.evaluate(() => {
    const svg = document.querySelector('svg[data-timeline-svg]')!;
    return {
      events: [...svg.querySelectorAll('[data-event-id]')].map((e) => `${e.getAttribute('data-lane')}|${e.getAttribute('data-event-id')}`).sort(),
      labels: [...svg.querySelectorAll('text')].filter((t) => !t.closest('[data-export="exclude"]')).map((t) => t.textContent!.trim()).filter(Boolean).sort(),
    };
  });
}

async function svgMarks(page: Page, text: string) {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    const chart = doc.documentElement.querySelector('svg')!;
    const all = [...doc.querySelectorAll('*')];
    return {
      root: doc.documentElement.localName,
      errors: doc.getElementsByTagName('parsererror').length,
      events: [...chart.querySelectorAll('[data-event-id]')].map((e) => `${e.getAttribute('data-lane')}|${e.getAttribute('data-event-id')}`).sort(),
      labels: [...chart.querySelectorAll('text')].map((t) => t.textContent!.trim()).filter(Boolean).sort(),
      frame: [...doc.querySelectorAll('text')].filter((t) => !chart.contains(t)).map((t) => t.textContent),
      executable: all.filter((e) => /^(script|foreignObject|iframe|a|animate|set)$/i.test(e.localName)).map((e) => e.localName),
      handlers: all.flatMap((e) => [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => a.name)),
      external: all.flatMap((e) => [...e.attributes].filter((a) => /href$/i.test(a.name) && !a.value.startsWith('#') && !(e.localName === 'image' && a.value.startsWith('data:image/png;base64,'))).map((a) => a.value)),
      images: [...doc.querySelectorAll('image')].map((i) => ({ href: i.getAttribute('href')!.slice(0, 22), width: Number(i.getAttribute('width')) })),
      urls: (source.match(/url\((?!#)[^)]*\)/g) ?? []),
      width: Number(doc.documentElement.getAttribute('width')),
      height: Number(doc.documentElement.getAttribute('height')),
    };
  }, text);
}

test('Download SVG: the same marks and labels as on screen, framed, nothing executable', async ({ page }) => {
  const errors = collectErrors(page);
  await openApp(page, '&from=2021-12-01&to=2022-07-15&q=talks');
  const screen = await screenMarks(page);
  expect(screen.events.length).toBeGreaterThan(2);
  const { name, body } = await exportFile(page, 'Download SVG');
  expect(name).toBe('dateline-timeline-2021-12-01-2022-07-15.svg');
  const text = body.toString('utf8');
  const svg = await svgMarks(page, text);
  expect(svg.root).toBe('svg');
  expect(svg.errors).toBe(0);
  expect(svg.events).toEqual(screen.events);
  expect(svg.labels).toEqual(screen.labels);
  expect(svg.frame).toEqual(expect.arrayContaining(['Timeline: timeline', 'Search: "talks"', 'meeting', 'Source', 'Talks end without a deal (2022-01-12)']));
  expect(svg.frame.some((t) => /^Made with Dateline from timeline\.json: 4 events, exported \d{4}-\d{2}-\d{2}\./.test(t ?? ''))).toBe(true);
  expect(svg.executable).toEqual([]);
  expect(svg.handlers).toEqual([]);
  expect(svg.external).toEqual([]);
  expect(svg.urls).toEqual([]);
  expect(text).not.toMatch(/var\(--|tabindex|@import|javascript:|system-ui/);
  await page.setContent(`<body style="margin:0">${text.replace(/^<\?xml[^>]*>/, '')}</body>`);
  await page.screenshot({ path: '/tmp/dateline-export-svg.png', fullPage: true });
  expect(errors).toEqual([]);
});

test('Download SVG keeps the dark theme', async ({ page }) => {
  await openApp(page, '&theme=dark');
  const { body } = await exportFile(page, 'Download SVG');
  const text = body.toString('utf8');
  expect(text).toMatch(/<rect x="0" y="0" fill="#15171a"/);
});

test('Download PNG: a PNG twice the size of the SVG', async ({ page }) => {
  await openApp(page);
  const svgText = (await exportFile(page, 'Download SVG')).body.toString('utf8');
  // Soft-edged bands keep their mask: internal references survive the sanitiser.
  expect(svgText).toContain('url(#dl-soft)');
  const svg = await svgMarks(page, svgText);
  const { name, body } = await exportFile(page, 'Download PNG');
  expect(name).toMatch(/\.png$/);
  expect(body.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(body.readUInt32BE(16)).toBe(svg.width * 2);
  expect(body.readUInt32BE(20)).toBe(svg.height * 2);
  writeFileSync('/tmp/dateline-export.png', body);
});

test('Download data: JSON is the filtered, valid timeline document; CSV has one row per event shown', async ({ page }) => {
  await openApp(page, '&actors=country:rus');
  const shown = await page.locator('[data-timeline-svg] [data-event-id]').evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('data-event-id')))].sort());
  const json = JSON.parse((await exportFile(page, 'Download data (JSON)')).body.toString('utf8'));
  const parsed = parseTimelineDocument(json);
  expect(parsed.ok).toBe(true);
  expect(json.events.map((e: { id: string }) => e.id).sort()).toEqual(['ev1', 'ev3', 'ev4']);
  expect(shown.every((id) => json.events.some((e: { id: string }) => e.id === id))).toBe(true);
  expect(json.actors.map((a: { id: string }) => a.id).sort()).toEqual(['country:rus', 'country:usa', 'person:sherman']);

  const csv = csvParse((await exportFile(page, 'Download data (CSV)')).body.toString('utf8'));
  expect(csv.columns.slice(0, 5)).toEqual(['id', 'date_start', 'date_end', 'granularity', 'title']);
  expect(csv.map((r) => r.id).sort()).toEqual(['ev1', 'ev3', 'ev4']);
  expect(csv.find((r) => r.id === 'ev1')).toMatchObject({ actors: 'United States [country]; Russia [country]', people: 'Wendy Sherman [United States]', planned: 'false' });
});

test('TimelineJS round trip: export, load the file back, same events', async ({ page }) => {
  await openApp(page);
  const { name, body } = await exportFile(page, 'Export to TimelineJS');
  expect(name).toMatch(/-timelinejs\.json$/);
  const tjs = JSON.parse(body.toString('utf8'));
  expect(tjs.events).toHaveLength(4);
  expect(tjs.events.find((e: { unique_id: string }) => e.unique_id === 'ev2').start_date).toEqual({ year: '2022', month: '6' });
  await page.keyboard.press('Escape');
  await page.locator('[data-load-file]').setInputFiles({ name, mimeType: 'application/json', buffer: body });
  await expect(page.getByRole('status').filter({ hasText: `Loaded ${name}: 4 events. (TimelineJS JSON)` })).toBeVisible();
  const titles = await page.locator('[data-timeline-svg] [data-event-id]').evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('aria-label')!.split('.')[0]))].sort());
  expect(titles).toEqual(['Cold war ends', 'Exercises during the week', 'NATO summit planned', 'US and Russia hold talks in Geneva']);
});

test('the dialogs are accessible: labelled, focus inside, Escape closes and returns focus', async ({ page }) => {
  await openApp(page);
  for (const [button, title] of [['Export…', 'Export this view'], ['Embed…', 'Embed this view']] as const) {
    await page.getByRole('button', { name: button }).click();
    const dialog = page.getByRole('dialog', { name: title });
    await expect(dialog).toBeVisible();
    await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest('dialog'))).toBe(true);
    for (let i = 0; i < 12; i++) await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest('dialog') || document.activeElement === document.body)).toBe(true);
    const axe = await new AxeBuilder({ page }).include('dialog').analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
    await page.screenshot({ path: `/tmp/dateline-dialog-${button.replace('…', '').toLowerCase()}.png` });
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('button', { name: button })).toBeFocused();
  }
});

test('the dialogs pass axe in the dark theme too', async ({ page }) => {
  await openApp(page, '&theme=dark');
  for (const [button, title] of [['Export…', 'Export this view'], ['Embed…', 'Embed this view']] as const) {
    await page.getByRole('button', { name: button }).click();
    await expect(page.getByRole('dialog', { name: title })).toBeVisible();
    const axe = await new AxeBuilder({ page }).include('dialog').analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
    await page.keyboard.press('Escape');
  }
});

test('a dense view drawn on canvas is exported with that layer embedded as PNG', async ({ page, context }) => {
  const doc = syntheticDocument({ events: 3000, actors: 24, years: 10, seed: 3 });
  await context.route(`${APP}test-data/dense.json`, (route) => route.fulfill({ body: JSON.stringify(doc), contentType: 'application/json' }));
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${APP}?data=${encodeURIComponent(`${APP}test-data/dense.json`)}`);
  await expect(page.locator('html')).toHaveAttribute('data-timeline-ready', 'true');
  await expect(page.locator('canvas.dense-layer[data-export="exclude"]')).toBeVisible();
  const text = (await exportFile(page, 'Download SVG')).body.toString('utf8');
  const svg = await svgMarks(page, text);
  expect(svg.images).toHaveLength(1);
  expect(svg.images[0]!.href).toBe('data:image/png;base64,');
  expect(svg.images[0]!.width).toBeGreaterThan(500);
  expect(svg.executable).toEqual([]);
  expect(svg.external).toEqual([]);
  await page.setContent(`<body style="margin:0">${text.replace(/^<\?xml[^>]*>/, '')}</body>`);
  await page.screenshot({ path: '/tmp/dateline-export-dense.png', fullPage: true });
});
