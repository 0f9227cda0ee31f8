// Publication dates and headlines of the development articles and the sample digest (read from
// ../shared/dev-articles when it is there; skipped on a machine without it).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readText } from '../../src/extract/formats/text.ts';

const DEV = fileURLToPath(new URL('../../../shared/dev-articles/articles/', import.meta.url));

describe.skipIf(!existsSync(DEV))('development articles', () => {
  it.each([
    ['01-voa-quad-summit-next-week.txt', '2021-09-13', 'date-line:day-month-year', 'Biden to Host Leaders of Australia, India, Japan at White House Next Week'],
    ['02-wikinews-russia-withdraws-chernobyl.txt', '2022-04-03', 'date-line:month-day-year', 'Russia withdraws from Chernobyl in Ukraine'],
    ['03-state-blinken-kuleba-call.txt', '2022-05-24', 'date-line:numeric-dotted-dmy', 'Secretary Blinken’s Call with Ukrainian Foreign Minister Kuleba'],
    ['04-wh-gaggle-en-route-madrid.txt', '2022-06-28', 'date-line:month-day-year', 'Press Gaggle by Press Secretary Karine Jean-Pierre and National Security Advisor Jake Sullivan En Route Madrid, Spain'],
    ['05-dod-austin-indo-pacific-trip.txt', '2023-08-01', 'date-line:month-day-year', 'Austin Concludes Productive Trip in Indo-Pacific'],
  ])('%s is one article, published %s by %s, titled %j', (file, published, rule, title) => {
    const { articles, warnings } = readText(file, readFileSync(DEV + file, 'utf8'));
    expect(warnings).toEqual([]);
    expect(articles).toHaveLength(1);
    expect(articles[0]).toMatchObject({ published, title, publishedFrom: { rule } });
  });
});
