/**
 * The site deployed under a sub-path (BASE=/mailkit/): a real build of a copy
 * of the project (small fixture catalogue), served only below /mailkit/.
 * Every internal link and asset must resolve, and search must return links
 * that work.
 */
import { describe, expect, it } from 'vitest';
import { useBuiltCopy } from '../support/served-site.ts';
import { loadPages } from '../support/site.ts';

const BASE = '/mailkit/';
const site = useBuiltCopy('BASE', { env: { BASE, SITE: 'https://example.org' }, base: BASE });

describe(`a build under BASE=${BASE}`, () => {
  it('resolves every internal link and asset of every page, share cards and og:url included', async () => {
    const urls = new Set<string>();
    for (const { file, doc } of loadPages(site.dist)) {
      for (const el of doc.querySelectorAll('[href], [src], meta[content^="https://example.org"]')) {
        const ref = el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('content')!;
        if (/^(https?:|mailto:|#|data:)/.test(ref) && !ref.startsWith('https://example.org')) continue;
        const path = ref.startsWith('https://example.org') ? new URL(ref).pathname : ref;
        expect(path, `${file}: ${ref}`).toMatch(new RegExp(`^${BASE}`));
        urls.add(path.split('#')[0]!);
      }
    }
    expect(urls.size).toBeGreaterThan(10);
    expect([...urls]).toContain(`${BASE}og/en/subscription-cancellation.png`);
    for (const url of urls) {
      const res = await fetch(`${site.server.origin}${url}`, { redirect: 'follow' });
      expect(res.status, url).toBe(200);
    }
  });

  it('search returns links under the base that open the template', async () => {
    const page = await site.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${site.server.origin}${BASE}en/`);
    await page.waitForFunction(() => customElements.get('mk-search') !== undefined);
    await page.keyboard.press('/');
    await page.keyboard.type('cancellation confirmation');
    const option = page.locator('dialog[open] [role="option"] a').first();
    await expect.poll(() => option.getAttribute('href'), { timeout: 10_000 }).toBe(`${BASE}en/subscription-cancellation/#cancellation-confirmation`);
    await option.click();
    await page.waitForURL(`**${BASE}en/subscription-cancellation/#cancellation-confirmation`);
    expect(await page.locator('#cancellation-confirmation h3').count()).toBe(1);
    expect(site.server.requests.filter((r) => r.includes('/pagefind/')).every((r) => r.startsWith(`${BASE}pagefind/`))).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});
