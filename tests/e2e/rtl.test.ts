/**
 * Right-to-left, proven before Arabic has content: a real build of a copy of
 * the project (the small fixture catalogue) with `ar` switched on through
 * EXTRA_LOCALES, looked at in Chromium. The Arabic chrome must be laid out
 * right to left while the English fallback content keeps its own lang/dir.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { useBuiltCopy } from '../support/served-site.ts';
import { getDictionary } from '../../src/i18n/ui/index.ts';
import { axeViolations } from '../support/axe.ts';
import { WIDTHS, overflowingControls } from '../support/layout.ts';

const site = useBuiltCopy('right-to-left', { env: { EXTRA_LOCALES: 'ar' } });
let page: Page;
beforeAll(async () => {
  page = await site.browser.newPage({ viewport: { width: 1024, height: 800 } });
});

describe('a right-to-left locale (ar, switched on for this build)', () => {
  it('sets lang="ar" dir="rtl" on the Arabic pages', async () => {
    for (const path of ['/ar/', '/ar/subscription-cancellation/', '/ar/guides/reducing-cancellations/', '/ar/404.html']) {
      const html = readFileSync(join(site.dist, path.endsWith('/') ? `${path}index.html` : path), 'utf8');
      expect(html, path).toMatch(/<html[^>]*\blang="ar"[^>]*\bdir="rtl"/);
    }
  });

  it('lays the chrome out right to left', async () => {
    await page.goto(`${site.server.origin}/ar/`);
    const width = page.viewportSize()!.width;
    const brand = await page.locator('header .brand').boundingBox();
    // The brand starts the header: in RTL that is the right-hand side.
    expect(brand!.x + brand!.width).toBeGreaterThan(width / 2);
    expect(await page.evaluate(() => getComputedStyle(document.body).direction)).toBe('rtl');
    expect(await page.locator('h1').textContent()).toBe(getDictionary('ar')['home.title']);
  });

  it('keeps English fallback content left to right inside the Arabic page', async () => {
    await page.goto(`${site.server.origin}/ar/subscription-cancellation/`);
    const content = page.locator('.intro');
    expect(await content.getAttribute('lang')).toBe('en');
    expect(await content.getAttribute('dir')).toBe('ltr');
    expect(await content.evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
    // The notice around it is Arabic and right to left.
    const notice = page.locator('main .notice');
    expect(await notice.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
  });

  it.each(WIDTHS)('fits every form control in its cell at %i px', async (width) => {
    const p = await site.browser.newPage({ viewport: { width, height: 800 } });
    await p.goto(`${site.server.origin}/ar/subscription-cancellation/`);
    await p.waitForLoadState('networkidle');
    expect(await p.locator('[data-fill]').count()).toBeGreaterThan(0);
    expect(await overflowingControls(p)).toEqual([]);
    await p.close();
  });

  it('puts the side column at the inline start, the right, at 1280 px', async () => {
    const p = await site.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await p.goto(`${site.server.origin}/ar/subscription-cancellation/`);
    const side = (await p.locator('.category-side').boundingBox())!;
    const main = (await p.locator('.category-main').boundingBox())!;
    expect(side.x).toBeGreaterThanOrEqual(main.x + main.width);
    await p.close();
  });

  it.each(['light', 'dark'] as const)('has no WCAG 2.2 AA violation in %s mode', async (scheme) => {
    const context = await site.browser.newContext({ colorScheme: scheme });
    const p = await context.newPage();
    for (const path of ['/ar/', '/ar/subscription-cancellation/', '/ar/guides/', '/ar/search/']) {
      await p.goto(`${site.server.origin}${path}`);
      await p.waitForLoadState('networkidle');
      expect(await axeViolations(p), path).toEqual([]);
    }
    await context.close();
  });

  it('does not offer untranslated Arabic pages to search engines', () => {
    const en = readFileSync(join(site.dist, 'en', 'subscription-cancellation', 'index.html'), 'utf8');
    expect(en).not.toMatch(/<link rel="alternate" hreflang="ar"/);
    const ar = readFileSync(join(site.dist, 'ar', 'subscription-cancellation', 'index.html'), 'utf8');
    expect(ar).toMatch(/<meta name="robots" content="noindex/);
  });
});
