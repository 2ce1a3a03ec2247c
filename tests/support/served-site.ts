/**
 * The fixture every browser test file starts from: the built site (or another
 * directory) served on 127.0.0.1 with its _headers, and one headless Chromium,
 * both started before the file's tests and stopped after them.
 *
 *   const site = useServedSite();
 *   … await site.browser.newPage(); await page.goto(`${site.server.origin}/en/`);
 *
 * useBuiltCopy() does the same for a real build of a copy of the project
 * (tests/support/project-copy.ts) with other content or settings.
 */
import { afterAll, beforeAll } from 'vitest';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { serveStatic, type StaticServer } from './server.ts';
import { copyProject, type ProjectCopy } from './project-copy.ts';
import { DIST } from './site.ts';

export interface ServedSite {
  readonly browser: Browser;
  readonly server: StaticServer;
}

/** `dir` may be computed when the tests start (a build that must run first). */
export function useServedSite(dir: string | (() => string) = DIST, { base = '/', timeout }: { base?: string; timeout?: number } = {}): ServedSite {
  const site = {} as { browser: Browser; server: StaticServer };
  beforeAll(async () => {
    site.server = await serveStatic(typeof dir === 'string' ? dir : dir(), base);
    site.browser = await launchBrowser();
  }, timeout);
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}

/**
 * A category page in a fresh browser context, once <mk-copy> is defined (the
 * copy module loads after first paint), with the page's script errors
 * collected. `grant` gives the clipboard permissions the copy tests read back.
 */
export async function openCategoryPage(
  site: ServedSite,
  path: string,
  { options = {}, grant = false }: { options?: Parameters<Browser['newContext']>[0]; grant?: boolean } = {},
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await site.browser.newContext(options);
  if (grant) await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.origin });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${site.server.origin}${path}`);
  await page.waitForFunction(() => customElements.get('mk-copy') !== undefined);
  return { context, page, errors };
}

export interface BuiltCopy extends ServedSite {
  /** The copy's dist/. */
  readonly dist: string;
}

/**
 * Builds a copy of the project (`astro build`, with `files` as its content and
 * `env` as its settings), serves its dist/ below `base`, and removes it after
 * the file's tests. A failed build fails every test with the build's output.
 */
export function useBuiltCopy(
  what: string,
  { files, env = {}, base = '/' }: { files?: Record<string, string>; env?: Record<string, string>; base?: string } = {},
): BuiltCopy {
  let project: ProjectCopy | undefined;
  // Registered first so it runs last: the server and browser close before the copy is removed.
  afterAll(() => project?.cleanup());
  const built = { dist: '' };
  const site = useServedSite(
    () => {
      project = copyProject(files);
      const { status, output } = project.build(env);
      if (status !== 0) throw new Error(`The ${what} build failed:\n${output}`);
      return (built.dist = join(project.root, 'dist'));
    },
    { base, timeout: 180_000 },
  );
  return {
    get browser() {
      return site.browser;
    },
    get server() {
      return site.server;
    },
    get dist() {
      return built.dist;
    },
  };
}

/** What the clipboard holds, by type ("text/html", "text/plain"): read in the page, which needs the clipboard permissions. */
export const readClipboard = (page: Page) =>
  page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    const out: Record<string, string> = {};
    for (const type of item!.types) out[type] = await (await item!.getType(type)).text();
    return out;
  });
