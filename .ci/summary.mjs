// Sums the JSON reports of Vitest and Playwright into the one closing line CI reads:
// "N passed, N failed". A failed non-test step (install, type check, lint, build) counts as one failure,
// and a runner whose report is missing (it crashed or never ran) counts as one failure too.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = Number(process.argv[2] ?? 0);
const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null);

const unit = read('reports/unit.json');
if (unit) { passed += unit.numPassedTests; failed += unit.numFailedTests; } else { console.log('unit report missing'); failed += 1; }

const e2e = read('reports/e2e.json');
if (e2e) { passed += e2e.stats.expected + e2e.stats.flaky; failed += e2e.stats.unexpected; } else { console.log('e2e report missing'); failed += 1; }

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
