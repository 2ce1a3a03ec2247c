/**
 * The site deployed under a sub-path (BASE=/mailkit/): a real build of a copy
 * of the project (small fixture catalogue), served only below /mailkit/.
 * Every internal link and asset must resolve, and search must return links
 * that work.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { serveStatic, type StaticServer } from '../support/server.ts';
import { copyProject, type ProjectCopy } from '../support/project-copy.ts';
import { loadPages } from '../support/site.ts';

const BASE = '/mailkit/';
let project: ProjectCopy;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  project = copyProject();
  const { status, output } = project.build({ BASE, SITE: 'https://example.org' });
  if (status !== 0) throw new Error(`The BASE build failed:\n${output}`);
  server = await serveStatic(join(project.root, 'dist'), BASE);
  browser = await launchBrowser();
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  project?.cleanup();
});


describe(`a build under BASE=${BASE}`, () => {
  it('resolves every internal link and asset of every page', async () => {
    const dist = join(project.root, 'dist');
    const urls = new Set<string>();
    for (const { file, doc } of loadPages(dist)) {
      for (const el of doc.querySelectorAll('[href], [src]')) {
        const ref = el.getAttribute('href') ?? el.getAttribute('src')!;
        if (/^(https?:|mailto:|#|data:)/.test(ref) && !ref.startsWith('https://example.org')) continue;
        const path = ref.startsWith('https://example.org') ? new URL(ref).pathname : ref;
        expect(path, `${file}: ${ref}`).toMatch(new RegExp(`^${BASE}`));
        urls.add(path.split('#')[0]!);
      }
    }
    expect(urls.size).toBeGreaterThan(10);
    for (const url of urls) {
      const res = await fetch(`${server.origin}${url}`, { redirect: 'follow' });
      expect(res.status, url).toBe(200);
    }
  });

  it('search returns links under the base that open the template', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.origin}${BASE}en/`);
    await page.waitForFunction(() => customElements.get('mk-search') !== undefined);
    await page.keyboard.press('/');
    await page.keyboard.type('cancellation confirmation');
    const option = page.locator('dialog[open] [role="option"] a').first();
    await expect.poll(() => option.getAttribute('href'), { timeout: 10_000 }).toBe(`${BASE}en/subscription-cancellation/#cancellation-confirmation`);
    await option.click();
    await page.waitForURL(`**${BASE}en/subscription-cancellation/#cancellation-confirmation`);
    expect(await page.locator('#cancellation-confirmation h3').count()).toBe(1);
    expect(server.requests.filter((r) => r.includes('/pagefind/')).every((r) => r.startsWith(`${BASE}pagefind/`))).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});
