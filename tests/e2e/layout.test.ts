/**
 * The category page's layout in Chromium: no form control wider than its
 * cell at any width (the fill-in inputs once stuck 25 px into the next
 * column from 768 px up), and from about 1100 px a sticky side column with
 * the list of templates and the fill-in panel, usable with the last template
 * in view. The right-to-left build is checked in tests/e2e/rtl.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useServedSite } from '../support/served-site.ts';
import { WIDTHS, overflowingControls } from '../support/layout.ts';

const site = useServedSite();
const PAGES = ['/en/subscription-cancellation/', '/en/refund-requests/', '/th/subscription-cancellation/', '/th/refund-requests/'];

async function open(path: string, width: number, height = 800): Promise<Page> {
  const page = await site.browser.newPage({ viewport: { width, height } });
  await page.goto(`${site.server.origin}${path}`);
  await page.waitForLoadState('networkidle');
  return page;
}

describe('form controls fit their cells', () => {
  it.each(PAGES.flatMap((path) => WIDTHS.map((w) => [path, w] as const)))('%s at %i px', async (path, width) => {
    const page = await open(path, width);
    expect(await page.locator('[data-fill]').count()).toBeGreaterThan(0);
    expect(await overflowingControls(page)).toEqual([]);
    await page.close();
  });

  it('catches an input wider than its cell (the old bug: 241 px in a 216 px column at 768 px)', async () => {
    const page = await open(PAGES[0]!, 768);
    // CSSOM changes are not inline styles, so the CSP lets the test make them.
    await page.evaluate(() => document.querySelectorAll<HTMLElement>('.fill input').forEach((i) => (i.style.inlineSize = '241px')));
    const problems = await overflowingControls(page);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatch(/^<input data-fill="\w+"> \(241 px at .*\) overflows <label>/);
    await page.close();
  });
});

describe('the side column', () => {
  it('keeps the fill-in panel usable next to the last template at 1280 px', async () => {
    const page = await open(PAGES[0]!, 1280);
    const last = page.locator('article.template').last();
    await last.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    const scrolled = await page.evaluate(() => scrollY);
    expect(scrolled).toBeGreaterThan(2000);
    // Side by side: the panel starts beside the templates, not above them.
    const side = (await page.locator('.category-side').boundingBox())!;
    const main = (await page.locator('.category-main').boundingBox())!;
    expect(side.x + side.width).toBeLessThanOrEqual(main.x);

    const inputs = page.locator('[data-fill]');
    const count = await inputs.count();
    const keysInLast = await last.locator('.ph[data-ph]').evaluateAll((phs) => [...new Set(phs.map((p) => (p as HTMLElement).dataset.ph!))]);
    for (let i = 0; i < count; i++) {
      const input = inputs.nth(i);
      await input.focus(); // scrolls the side column if it must, never the page
      const box = (await input.boundingBox())!;
      expect(box.y, `input ${i} top`).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height, `input ${i} bottom`).toBeLessThanOrEqual(800);
      expect(await page.evaluate(() => scrollY)).toBe(scrolled);
    }

    // Type a value the last template uses: it shows there, still in view.
    const key = keysInLast[0]!;
    await page.locator(`[data-fill="${key}"]`).focus();
    await page.keyboard.type('Northwind');
    await expect.poll(() => last.locator(`.ph[data-ph="${key}"]`).first().textContent()).toBe('Northwind');
    const shown = (await last.locator(`.ph[data-ph="${key}"]`).first().boundingBox())!;
    expect(shown.y).toBeGreaterThanOrEqual(0);
    expect(shown.y).toBeLessThan(800);
    await page.close();
  });

  it('is one column at 1000 px', async () => {
    const page = await open(PAGES[0]!, 1000);
    const side = (await page.locator('.category-side').boundingBox())!;
    const main = (await page.locator('.category-main').boundingBox())!;
    expect(side.y + side.height).toBeLessThanOrEqual(main.y);
    expect(Math.abs(side.x - main.x)).toBeLessThan(1);
    expect(await page.locator('.category-side').evaluate((el) => getComputedStyle(el).position)).toBe('static');
    await page.close();
  });
});
