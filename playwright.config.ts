import { defineConfig } from '@playwright/test';

// Debian's Chromium: Playwright cannot download its own browser on these machines.
const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

// DATELINE_APP_URL (e.g. http://127.0.0.1:4180/) gives a run its own preview server when 4173 is shared.
const appUrl = process.env.DATELINE_APP_URL ?? 'http://127.0.0.1:4173/';
const port = new URL(appUrl).port || '4173';
// DATELINE_DIST serves another build folder (a run that must not see a concurrent `npm run build`).
const outDir = process.env.DATELINE_DIST ? ` --outDir ${process.env.DATELINE_DIST}` : '';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  timeout: 30_000,
  reporter: process.env.CI ? [['list'], ['json', { outputFile: 'reports/e2e.json' }]] : 'list',
  use: {
    baseURL: appUrl,
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs },
    timezoneId: 'UTC',
    locale: 'en-GB',
  },
  // Playwright owns the preview server, so no stray server outlives a run.
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort${outDir}`,
    url: appUrl,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
