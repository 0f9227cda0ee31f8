/**
 * Shared by the embed/export/io browser tests: a fixed timeline served at a test URL (so tests do not depend
 * on the extractor's current output), a fake parent origin that serves the example page, and a console
 * error collector.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sampleDoc } from '../unit/io-fixtures.ts';

/** The preview server; DATELINE_APP_URL lets a run use its own server when 4173 is shared. */
export const APP = process.env.DATELINE_APP_URL ?? 'http://127.0.0.1:4173/';
export const DATA_URL = `${APP}test-data/timeline.json`;
export function fixtureDoc() {
  const doc = sampleDoc();
  doc.documents[0]!.text = 'On Monday the envoys met in Geneva.';
  return doc;
}

/** Serves the fixture timeline (and any extra files) under /test-data/ for every page and iframe. */
export async function serveData(context: BrowserContext, extra: Record<string, { body: string; status?: number; type?: string }> = {}) {
  await context.route(`${APP}test-data/**`, async (route) => {
    const name = new URL(route.request().url()).pathname.replace('/test-data/', '');
    if (name === 'timeline.json') return route.fulfill({ body: JSON.stringify(fixtureDoc()), contentType: 'application/json' });
    const file = extra[name];
    if (file) return route.fulfill({ body: file.body, status: file.status ?? 200, contentType: file.type ?? 'application/json' });
    return route.fulfill({ status: 404, body: 'not found' });
  });
}

/**
 * A parent page on another origin, served by a real loopback server (Chromium's local-network checks
 * refuse an iframe on 127.0.0.1 inside a page it cannot place on the local network). Serves the example page
 * from examples/ at /story.html, or the given HTML.
 */
export async function startParent(html?: string): Promise<{ origin: string; close: () => Promise<void> }> {
  const example = readFileSync(new URL('../../examples/embed-parent.html', import.meta.url), 'utf8');
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html ?? example);
  });
  await new Promise<void>((resolve) => server.listen(0, 'localhost', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://localhost:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  return errors;
}
