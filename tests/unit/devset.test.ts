// The development set (../shared/dev-articles: five real articles, the sample digest, gold events and the
// scorer) scored as `npm run extract` + score.mjs would. Skipped when ../shared is not there. The floors sit
// under today's figures (printed), so a collapse fails and small noise does not.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/extract/article.ts';
import { readInput } from '../../src/extract/formats/index.ts';
import { extractTimeline } from '../../src/extract/pipeline.ts';

const DEV = fileURLToPath(new URL('../../../shared/dev-articles/', import.meta.url));
const SEED = fileURLToPath(new URL('../../../shared/seed/000_6a8318a25d92f825.txt', import.meta.url));
const present = existsSync(join(DEV, 'score.mjs')) && existsSync(SEED);

interface Row { article: string; recall: number; precision: number; f1: number; dateAcc: number; actorF1: number }
interface Scorer {
  score: (system: unknown, golds: unknown[], opts: object) => { rows: Row[]; total: Row };
  loadGoldFiles: (specs: string[]) => unknown[];
}

describe.skipIf(!present)('development set', () => {
  it('scores above the floors', async () => {
    const scorer = (await import(join(DEV, 'score.mjs'))) as Scorer;
    const files = [SEED, ...['01-voa-quad-summit-next-week', '02-wikinews-russia-withdraws-chernobyl', '03-state-blinken-kuleba-call', '04-wh-gaggle-en-route-madrid', '05-dod-austin-indo-pacific-trip'].map((f) => join(DEV, 'articles', `${f}.txt`))];
    const articles: Article[] = files.flatMap((f) => readInput(f, readFileSync(f, 'utf8')).articles);
    const doc = extractTimeline(articles);
    const res = scorer.score(doc, scorer.loadGoldFiles([join(DEV, 'gold')]), { articles: [join(DEV, 'articles')], seedPath: SEED });
    const t = res.total;
    console.log(`dev set: event_F1=${t.f1.toFixed(3)} recall=${t.recall.toFixed(3)} precision=${t.precision.toFixed(3)} date_acc=${t.dateAcc.toFixed(3)} actor_F1=${t.actorF1.toFixed(3)}`);
    // Measured 2026-11-28: event_F1=0.968 date_acc=0.968 actor_F1=0.879; seed recall 0.938, date 1.000.
    expect(t.f1).toBeGreaterThanOrEqual(0.9);
    expect(t.dateAcc).toBeGreaterThanOrEqual(0.9);
    expect(t.actorF1).toBeGreaterThanOrEqual(0.83);
    const seed = res.rows.find((r) => r.article === 'seed')!;
    expect(seed.recall).toBeGreaterThanOrEqual(0.9);
    expect(seed.dateAcc).toBeGreaterThanOrEqual(0.9);
  });
});
