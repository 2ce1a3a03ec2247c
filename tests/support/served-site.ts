/**
 * The fixture every browser test file starts from: the built site (or another
 * directory) served on 127.0.0.1 with its _headers, and one headless Chromium,
 * both started before the file's tests and stopped after them.
 *
 *   const site = useServedSite();
 *   … await site.browser.newPage(); await page.goto(`${site.server.origin}/en/`);
 */
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { serveStatic, type StaticServer } from './server.ts';
import { DIST } from './site.ts';

export interface ServedSite {
  readonly browser: Browser;
  readonly server: StaticServer;
}

export function useServedSite(dir = DIST): ServedSite {
  const site = {} as { browser: Browser; server: StaticServer };
  beforeAll(async () => {
    site.server = await serveStatic(dir);
    site.browser = await launchBrowser();
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}
