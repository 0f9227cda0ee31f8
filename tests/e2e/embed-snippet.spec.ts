import { expect, test } from '@playwright/test';
import { APP, DATA_URL, collectErrors, serveData, startParent } from './embed-fixtures.ts';

test.beforeEach(async ({ context }) => { await serveData(context); });

test('the snippet from the Embed dialog works when pasted into another site\'s page', async ({ page }) => {
  await page.goto(`${APP}?data=${encodeURIComponent(DATA_URL)}&from=2022-01-01&to=2022-02-01&actors=country:rus`);
  await expect(page.locator('html')).toHaveAttribute('data-timeline-ready', 'true');
  await page.getByRole('button', { name: 'Embed…' }).click();
  await page.getByLabel('Title (read by screen readers)').fill('Talks & troops, January 2022');
  const snippet = await page.getByLabel('Embed code').inputValue();
  expect(snippet.startsWith(`<iframe src="${APP}embed.html?data=`)).toBe(true);
  expect(snippet).toMatch(/&amp;from=2022-01-01&amp;to=2022-02-01&amp;actors=country%3Arus" title="Talks &amp; troops, January 2022" loading="lazy"/);

  const parent = await startParent(`<!doctype html><html lang="en"><head><title>Story</title></head><body><h1>Story</h1><p>Before.</p>${snippet}<p>After.</p></body></html>`);
  try {
    const errors = collectErrors(page);
    await page.goto(`${parent.origin}/story.html`);
    const iframe = page.locator('iframe[data-dateline-embed]');
    await expect(iframe).toHaveAttribute('title', 'Talks & troops, January 2022');
    const frame = page.frameLocator('iframe[data-dateline-embed]');
    await expect(frame.locator('[data-timeline-svg] .lane-name')).toHaveText([/^Russia/, /^United States/]);
    // The snippet's script applied the embed's height message to the iframe.
    await expect.poll(async () => (await iframe.evaluate((f) => (f as HTMLIFrameElement).style.height))).toMatch(/^\d+px$/);
    const inner = await frame.locator('#app').evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
    await expect.poll(async () => Math.round((await iframe.boundingBox())!.height)).toBe(inner);
    expect(errors).toEqual([]);
    await page.screenshot({ path: '/tmp/dateline-embed-in-page.png', fullPage: true });
  } finally {
    await parent.close();
  }
});

test('Copy code puts the snippet on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(APP).origin });
  await page.goto(`${APP}?data=${encodeURIComponent(DATA_URL)}`);
  await page.getByRole('button', { name: 'Embed…' }).click();
  await page.getByRole('radio', { name: 'Fixed' }).check();
  await page.getByLabel('Height in pixels').fill('480');
  const snippet = await page.getByLabel('Embed code').inputValue();
  expect(snippet).toContain('height=480');
  expect(snippet).not.toContain('<script>');
  await page.getByRole('button', { name: 'Copy code' }).click();
  await expect(page.getByText('Copied to the clipboard.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);
});
