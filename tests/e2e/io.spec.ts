import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { APP, DATA_URL, collectErrors, fixtureDoc, serveData } from './embed-fixtures.ts';

const ARTICLE = `Tuesday, March 8, 2022

Ministers agree to meet in Antalya

Turkey's Foreign Minister Mevlut Cavusoglu said on Monday that the foreign ministers of Russia and Ukraine would meet in Antalya on Thursday.

The European Union imposed new sanctions on Russia last week, and NATO leaders will hold a summit in Brussels on March 24.
`;

const CSV = `date_start,date_end,granularity,title,kind,actors,people,quote,source,planned
2022-02-24,,,Invasion begins,deployment,Russia [country]; Ukraine [country],,,Wire report,false
2022-03,,,Talks in Antalya,meeting,Russia [country]; Turkey [country],,"They met.",Wire report,false
`;

const TIMELINEJS = JSON.stringify({
  title: { text: { headline: 'Imported', text: '' } },
  events: [
    { start_date: { year: '2022', month: '2', day: '24' }, text: { headline: 'Invasion begins', text: '<p>Troops cross.</p>' }, group: 'Russia' },
    { start_date: { year: '2022', month: '3' }, text: { headline: 'Sanctions' }, group: 'EU' },
  ],
});

test.beforeEach(async ({ context }) => {
  await serveData(context, {
    'events.csv': { body: CSV, type: 'text/csv' },
    'not-json.json': { body: '<html>Not found</html>', type: 'text/html' },
    'v2.json': { body: JSON.stringify({ ...fixtureDoc(), schemaVersion: 2 }) },
  });
});

async function openApp(page: Page) {
  await page.goto(`${APP}?data=${encodeURIComponent(DATA_URL)}`);
  await expect(page.locator('html')).toHaveAttribute('data-timeline-ready', 'true');
  await expect(page.locator('.doc')).toContainText('4 events');
}

const fileInput = (page: Page) => page.locator('[data-load-file]');
const alert = (page: Page) => page.getByRole('alert');

test.describe('each load failure shows its message and keeps the timeline', () => {
  const bad = (o: object) => Buffer.from(JSON.stringify(o));
  const cases: Array<[string, string, Buffer, RegExp]> = [
    ['not JSON', 'notes.json', Buffer.from('hello, world'), /Could not load notes\.json: This is not JSON \(/],
    ['wrong schema version', 'v2.json', bad({ ...fixtureDoc(), schemaVersion: 2 }), /schemaVersion: this file is schema version 2; Dateline reads version 1/],
    ['schema violation', 'broken.json', bad({ ...fixtureDoc(), events: [{ ...fixtureDoc().events[0], date: { ...fixtureDoc().events[0]!.date, granularity: 'fortnight' } }] }), /events\[0\]\.date\.granularity/],
    ['CSV without required columns', 'events.csv', Buffer.from('when,what\n2022,Talks\n'), /lacks the columns "date_start" and "title"/],
    ['empty TimelineJS dates', 'tl.json', bad({ events: [{ start_date: { month: 3 }, text: { headline: 'x' } }] }), /No event in this TimelineJS file has a readable start_date/],
  ];
  for (const [name, file, buffer, message] of cases) {
    test(name, async ({ page }) => {
      const errors = collectErrors(page);
      await openApp(page);
      await fileInput(page).setInputFiles({ name: file, mimeType: 'application/octet-stream', buffer });
      await expect(alert(page)).toContainText(message);
      await expect(page.locator('.doc')).toContainText('timeline.json · 4 events');
      await expect(page.locator('[data-timeline-svg] .lane-bg')).toHaveCount(3);
      expect(errors).toEqual([]);
    });
  }

  test('a file too large is refused before it is read', async ({ page }) => {
    await openApp(page);
    await page.evaluate(() => {
      const file = new File([new Uint8Array(101 * 1024 * 1024)], 'huge.json', { type: 'application/json' });
      const data = new DataTransfer();
      data.items.add(file);
      document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    });
    await expect(alert(page)).toContainText('Could not load huge.json: The file is too large (101 MB); Dateline reads files up to 100 MB.');
    await expect(page.locator('.doc')).toContainText('4 events');
  });

  const urlCases: Array<[string, string, RegExp]> = [
    ['unreachable URL', 'http://127.0.0.1:9/events.json', /^Could not reach http:\/\/127\.0\.0\.1:9\/events\.json/],
    ['missing file', `${APP}test-data/missing.json`, /The server answered 404/],
    ['an HTML page instead of JSON', `${APP}test-data/not-json.json`, /not-json\.json is a web page, not a timeline/],
    ['wrong schema version by URL', `${APP}test-data/v2.json`, /schema version 2/],
  ];
  for (const [name, url, message] of urlCases) {
    test(name, async ({ page }) => {
      await openApp(page);
      await page.getByLabel('Timeline address (URL)').fill(url);
      await page.getByRole('button', { name: 'Load', exact: true }).click();
      await expect(alert(page)).toContainText(message);
      await expect(page.locator('[data-timeline-svg] .lane-bg')).toHaveCount(3);
    });
  }

  test('the embed shows a ?data= failure in the page', async ({ page }) => {
    await page.goto(`${APP}embed.html?data=${encodeURIComponent(`${APP}test-data/missing.json`)}`);
    await expect(alert(page)).toContainText('The server answered 404');
  });
});

test('a Dateline document loaded by URL goes into the page address', async ({ page }) => {
  await openApp(page);
  await page.goto(APP);
  await page.getByLabel('Timeline address (URL)').fill(DATA_URL);
  await page.getByRole('button', { name: 'Load', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Loaded timeline.json: 4 events.' })).toBeVisible();
  await expect.poll(() => new URL(page.url()).searchParams.get('data')).toBe(DATA_URL);
});

test('a CSV of events loads from a URL and from a dropped file', async ({ page }) => {
  await openApp(page);
  await page.getByLabel('Timeline address (URL)').fill(`${APP}test-data/events.csv`);
  await page.getByRole('button', { name: 'Load', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Loaded events.csv: 2 events.' })).toBeVisible();
  await expect(page.locator('[data-timeline-svg] .lane-name')).toHaveText([/^Russia/, /^Ukraine/, /^Turkey/]);
  // The address goes into the page's link, and the link reopens the CSV.
  await expect.poll(() => new URL(page.url()).searchParams.get('data')).toBe(`${APP}test-data/events.csv`);
  await page.reload();
  await expect(page.locator('.doc')).toContainText('2 events');

  await page.evaluate((csv) => {
    const data = new DataTransfer();
    data.items.add(new File([csv.replace('Invasion begins', 'Second file')], 'more.csv', { type: 'text/csv' }));
    document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, CSV);
  await expect(page.getByRole('status').filter({ hasText: 'Loaded more.csv: 2 events. (CSV of events)' })).toBeVisible();
});

test('a TimelineJS file is added to the current timeline when asked', async ({ page }) => {
  await openApp(page);
  await page.getByLabel('Add to the current timeline').check();
  await fileInput(page).setInputFiles({ name: 'imported.json', mimeType: 'application/json', buffer: Buffer.from(TIMELINEJS) });
  await expect(page.getByRole('status').filter({ hasText: 'Added 2 events from imported.json (6 in all). (TimelineJS JSON)' })).toBeVisible();
  await expect(page.locator('.doc')).toContainText('6 events');
  await expect(page.locator('[data-timeline-svg] .lane-name').filter({ hasText: /^EU/ })).toHaveCount(1);
});

test('paste an article: the date is read from its date line and the extractor adds its events', async ({ page }) => {
  const errors = collectErrors(page);
  await openApp(page);
  await page.getByRole('button', { name: 'Paste an article…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Paste an article' });
  await expect(dialog).toBeVisible();
  await expect(page.getByLabel('Article text')).toBeFocused();
  await page.getByLabel('Article text').fill(ARTICLE);
  await expect(page.getByLabel('Publication date')).toHaveValue('2022-03-08');
  await expect(dialog).toContainText('Read from the date line “Tuesday, March 8, 2022”.');
  const axe = await new AxeBuilder({ page }).include('dialog').analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  await page.screenshot({ path: '/tmp/dateline-dialog-paste.png' });
  await page.getByRole('button', { name: 'Find the events' }).click();
  await expect(dialog).toBeHidden();
  const status = page.getByRole('status').filter({ hasText: /Added \d+ events? from “Ministers agree to meet in Antalya”/ });
  await expect(status).toBeVisible();
  const added = Number(/Added (\d+)/.exec((await status.textContent())!)![1]);
  expect(added).toBeGreaterThan(0);
  await expect(page.locator('.doc')).toContainText(`${4 + added} events`);
  await expect(page.getByRole('button', { name: 'Paste an article…' })).toBeFocused();
  expect(errors).toEqual([]);
});

test('paste an article without a date line asks for the date', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Paste an article…' }).click();
  await page.getByLabel('Article text').fill('Officials met on Monday to discuss the plan.');
  await expect(page.getByRole('dialog')).toContainText(/No date/);
  await page.getByRole('button', { name: 'Find the events' }).click();
  await expect(page.getByRole('dialog').getByRole('alert')).toContainText('Enter the publication date');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(page.locator('.doc')).toContainText('4 events');
});

test.describe('?data= in the address bar: each bad value gets a message, never a blank chart', () => {
  const cases: Array<[string, string, RegExp]> = [
    ['a stray percent sign', 'a%25E0.json', /Could not load a%E0\.json/],
    ['a script address', 'javascript:alert(1)', /must start with http: or https: \(got javascript:\)/],
    ['a web page where the file is missing', 'test-data/not-json.json', /not-json\.json is a web page, not a timeline/],
  ];
  for (const [name, data, message] of cases) {
    test(name, async ({ page }) => {
      const errors = collectErrors(page);
      await page.goto(`${APP}?data=${data}`);
      await expect(alert(page)).toContainText(message);
      expect(errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
    });
  }

  test('an empty ?data= opens the bundled timeline', async ({ page }) => {
    await page.goto(`${APP}?data=`);
    await expect(page.locator('html')).toHaveAttribute('data-timeline-ready', 'true');
    await expect(page.locator('.doc')).toContainText('events.json');
    await expect(alert(page)).toHaveCount(0);
  });

  test('a CSV of events opens from ?data=', async ({ page }) => {
    await page.goto(`${APP}?data=test-data/events.csv`);
    await expect(page.locator('.doc')).toContainText('2 events');
  });

  test('filter values the document does not know are dropped, not an empty chart', async ({ page }) => {
    await page.goto(`${APP}?data=${encodeURIComponent(DATA_URL)}&actors=bogus&kinds=zzz&precision=nanosecond`);
    await expect(page.locator('.doc')).toContainText('4 events');
    await expect(page.locator('[data-timeline-svg] .lane-bg')).toHaveCount(3);
  });
});
