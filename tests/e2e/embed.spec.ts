import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { APP, DATA_URL, collectErrors, serveData, startParent } from './embed-fixtures.ts';

type Msg = Record<string, unknown>;

let parent: Awaited<ReturnType<typeof startParent>>;
test.beforeAll(async () => { parent = await startParent(); });
test.afterAll(async () => { await parent.close(); });
test.beforeEach(async ({ context }) => { await serveData(context); });

/** Opens the example parent page on another origin and records every message the embed posts. */
async function openParent(page: import('@playwright/test').Page, options = '') {
  await page.addInitScript(() => {
    (window as unknown as { __msgs: unknown[] }).__msgs = [];
    addEventListener('message', (e) => (window as unknown as { __msgs: unknown[] }).__msgs.push(e.data));
  });
  const embed = `${APP}embed.html?data=${encodeURIComponent(DATA_URL)}${options}`;
  await page.goto(`${parent.origin}/story.html?embed=${encodeURIComponent(embed)}`);
  const frame = page.frameLocator('#dateline');
  await expect(frame.locator('[data-timeline-svg]')).toBeVisible();
  return frame;
}

const messages = (page: import('@playwright/test').Page) => page.evaluate(() => (window as unknown as { __msgs: Msg[] }).__msgs);

test('the parent receives the height message and the iframe takes that height', async ({ page }) => {
  const errors = collectErrors(page);
  await openParent(page);
  await expect.poll(async () => (await messages(page)).some((m) => m.sentinel === 'amp' && m.type === 'embed-size')).toBe(true);
  // Heights follow the content (first the empty page, then the loaded chart); the iframe ends at the last one.
  await expect.poll(async () => {
    const last = (await messages(page)).filter((m) => m.type === 'embed-size').pop()!;
    const box = await page.locator('#dateline').boundingBox();
    return Math.round(box!.height) === last.height && (last.height as number) > 250;
  }).toBe(true);
  expect(errors).toEqual([]);
});

test('commands from the parent steer the embed and notifications come back', async ({ page }) => {
  const frame = await openParent(page);
  await expect.poll(async () => (await messages(page)).find((m) => m.type === 'dateline:ready')).toMatchObject({ events: 4, firstEvent: 'ev4' });

  await page.getByRole('button', { name: 'Show January 2022' }).click();
  await expect.poll(async () => (await messages(page)).filter((m) => m.type === 'dateline:range-changed').pop())
    .toMatchObject({ start: '2022-01-01', end: '2022-02-01' });

  await page.getByRole('button', { name: 'Select the first event' }).click();
  await expect.poll(async () => (await messages(page)).find((m) => m.type === 'dateline:event-selected'))
    .toMatchObject({ id: 'ev4', title: 'Cold war ends' });
  await expect(frame.getByRole('heading', { name: 'Cold war ends' })).toBeVisible();

  await page.getByRole('button', { name: 'Filter to the first actor' }).click();
  const lanes = frame.locator('[data-timeline-svg] .lane-bg');
  // ev4's lane is Russia: Russia's events keep their other actors' lanes (the US for the Geneva talks).
  await expect(frame.locator('[data-timeline-svg] .lane-name')).toHaveText([/^Russia/, /^United States/]);
  await page.getByRole('button', { name: 'Show all actors' }).click();
  await expect(lanes).toHaveCount(3);
});

test('invalid commands get an error reply; other origins are refused', async ({ page }) => {
  const frame = await openParent(page);
  await expect.poll(async () => (await messages(page)).some((m) => m.type === 'dateline:ready')).toBe(true);
  await page.evaluate((origin) => {
    const w = (document.getElementById('dateline') as HTMLIFrameElement).contentWindow!;
    w.postMessage({ type: 'dateline:set-range', start: '2022-02-01', end: '2022-01-01' }, origin);
    w.postMessage({ type: 'dateline:select-event', id: 'no-such-event' }, origin);
    w.postMessage({ type: 'dateline:eval', code: 'alert(1)' }, origin);
  }, new URL(APP).origin);
  await expect.poll(async () => (await messages(page)).filter((m) => m.type === 'dateline:error').map((m) => m.message)).toEqual([
    'set-range needs start before end', 'no event with id no-such-event', 'unknown command dateline:eval',
  ]);
  // The embed still works after hostile input.
  await expect(frame.locator('[data-timeline-svg] .lane-bg')).toHaveCount(3);
});

test('an allow-list that excludes the parent refuses its commands', async ({ page }) => {
  const frame = await openParent(page, '&origins=https://other.example');
  await page.waitForTimeout(300);
  await page.getByRole('button', { name: 'Filter to the first actor' }).click();
  await page.getByRole('button', { name: 'Show January 2022' }).click();
  await page.waitForTimeout(300);
  await expect(frame.locator('[data-timeline-svg] .lane-bg')).toHaveCount(3);
  expect((await messages(page)).some((m) => m.type === 'dateline:range-changed' && m.start === '2022-01-01')).toBe(false);
});

test('unknown and invalid URL options are ignored, reported and never crash', async ({ page }) => {
  const warnings: string[] = [];
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  const errors = collectErrors(page);
  await page.goto(`${APP}embed.html?data=${encodeURIComponent(DATA_URL)}&theme=pink&foo=bar&from=2022-01-01&actors=org:nato`);
  await expect(page.locator('[data-timeline-svg] .lane-bg')).toHaveCount(1);
  await page.getByText('3 notes on this embed').click();
  await expect(page.getByText('theme=pink ignored: expected auto, light or dark')).toBeVisible();
  await expect(page.getByText('foo ignored: not an embed option')).toBeVisible();
  await expect(page.getByText('from ignored: a range needs both from and to')).toBeVisible();
  expect(warnings.filter((w) => w.startsWith('Dateline embed:'))).toHaveLength(3);
  expect(errors).toEqual([]);
});

test('URL options set the view, and "open full view" carries it to the full app', async ({ page }) => {
  await page.goto(`${APP}embed.html?data=${encodeURIComponent(DATA_URL)}&from=2022-01-01&to=2022-02-01&theme=dark&event=ev1&height=500`);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('heading', { name: 'US and Russia hold talks in Geneva' })).toBeVisible();
  const link = page.getByRole('link', { name: /Open full view/ });
  const href = await link.getAttribute('href');
  const params = new URLSearchParams(href!.split('?')[1]);
  expect(Object.fromEntries(params)).toEqual({ data: DATA_URL, from: '2022-01-01', to: '2022-02-01', theme: 'dark', event: 'ev1' });
  expect(await link.getAttribute('target')).toBe('_blank');
});

test('the wheel scrolls the parent page until the reader clicks into the embed', async ({ page }) => {
  await page.setViewportSize({ width: 900, height: 700 });
  const frame = await openParent(page);
  await expect.poll(async () => (await messages(page)).some((m) => m.type === 'dateline:ready')).toBe(true);
  const viewport = frame.locator('[data-timeline-viewport]');
  await viewport.scrollIntoViewIfNeeded();
  const box = (await viewport.boundingBox())!;
  const rangeNow = () => frame.locator('[data-timeline-viewport]').getAttribute('aria-label');
  const before = await rangeNow();
  const scrollBefore = await page.evaluate(() => scrollY);
  await page.mouse.move(box.x + box.width / 2, box.y + 40);
  await page.mouse.wheel(0, 300);
  await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(scrollBefore);
  expect(await rangeNow()).toBe(before);
  await expect(frame.getByText('Click the timeline to zoom with the wheel')).toBeVisible();

  const box2 = (await viewport.boundingBox())!;
  await page.mouse.click(box2.x + 5, box2.y + box2.height - 10);
  const scrollAfterClick = await page.evaluate(() => scrollY);
  await page.mouse.move(box2.x + box2.width / 2, box2.y + box2.height / 2);
  await page.mouse.wheel(0, -300);
  await expect.poll(rangeNow).not.toBe(before);
  expect(await page.evaluate(() => scrollY)).toBe(scrollAfterClick);
});

test('the embed reads a CSV of events from ?data= and passes axe in both themes', async ({ page, context }) => {
  await serveData(context, { 'events.csv': { body: 'date_start,title,actors\n2022-02-24,Invasion begins,Russia [country]; Ukraine [country]\n', type: 'text/csv' } });
  for (const theme of ['light', 'dark']) {
    await page.goto(`${APP}embed.html?data=${encodeURIComponent(`${APP}test-data/events.csv`)}&theme=${theme}`);
    await expect(page.locator('[data-timeline-svg] .lane-name')).toHaveText([/^Russia/, /^Ukraine/]);
    await expect(page.locator('html')).toHaveAttribute('data-timeline-ready', 'true');
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
  }
});
