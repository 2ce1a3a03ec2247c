/**
 * Search on the built site in headless Chromium: one Pagefind index per
 * language, loaded on first open, results landing on template anchors.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { useServedSite } from '../support/served-site.ts';
import { locales } from '../../src/i18n/locales.ts';
import { useTranslations } from '../../src/i18n/ui/index.ts';
import { checkContent } from '../../src/lib/content/validate.ts';

const catalogue = checkContent(process.cwd()).catalogue;
const categoryTitle = (locale: string, slug: string) => catalogue.categories.find((c) => c.locale === locale && c.slug === slug)!.data;

const site = useServedSite();
let context: BrowserContext;
beforeAll(async () => {
  context = await site.browser.newContext({ viewport: { width: 1000, height: 800 } });
});

async function open(path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(`${site.server.origin}${path}`);
  await page.waitForFunction(() => customElements.get('mk-search') !== undefined);
  return { page, errors };
}

const options = (page: Page) => page.locator('dialog[open] [role="option"]');
const firstHref = (page: Page) => options(page).first().locator('a').getAttribute('href');

async function searchFor(page: Page, query: string) {
  await page.keyboard.press('/');
  await expect.poll(() => page.locator('dialog[open] [data-search-input]').count()).toBe(1);
  await page.keyboard.type(query);
  await expect.poll(() => options(page).count(), { timeout: 10_000 }).toBeGreaterThan(0);
}

describe.each(locales.map((l) => [l.code]))('search in %s', (code) => {
  it('finds a template by words from its own text and lands on its anchor', async () => {
    const { page, errors } = await open(`/${code}/`);
    const title = catalogue.templates.find((t) => t.locale === code && t.id === 'refund-not-received')!.data.title;
    await searchFor(page, title);
    await expect.poll(() => firstHref(page)).toMatch(new RegExp(`^/${code}/refund-requests/#refund-not-received$`));
    // The index is the page's own language: every result is in this locale.
    for (const href of await options(page).locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
      expect(href).toMatch(new RegExp(`^/${code}/`));
    }
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/${code}/refund-requests/#refund-not-received`);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id ?? '')).toBe('refund-not-received');
    expect(await page.locator('#refund-not-received').evaluate((el) => el.matches(':target'))).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('search behaviour', () => {
  it('finds a Thai word inside unspaced Thai text', async () => {
    const { page } = await open('/th/');
    const body = catalogue.templates.find((t) => t.locale === 'th' && t.id === 'refund-not-received')!;
    // "ผู้ออกบัตร" (card issuer) sits inside a run of Thai without spaces.
    const paragraph = JSON.stringify(body.body);
    expect(paragraph).toMatch(/[\u0E00-\u0E7F]ผู้ออกบัตร[\u0E00-\u0E7F]/);
    await searchFor(page, 'ผู้ออกบัตร');
    await expect.poll(() => firstHref(page)).toBe('/th/refund-requests/#refund-not-received');
    await page.close();
  });

  it('narrows results with the category filter', async () => {
    const { page } = await open('/en/');
    await searchFor(page, 'customer');
    const hrefs = () => options(page).locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    await expect.poll(async () => (await hrefs()).some((h) => h.includes('/refund-requests/'))).toBe(true);
    await page.locator('dialog[open] [data-search-category]').selectOption(categoryTitle('en', 'subscription-cancellation').navTitle);
    await expect.poll(async () => {
      const list = await hrefs();
      return list.length > 0 && list.every((h) => h.startsWith('/en/subscription-cancellation/'));
    }).toBe(true);
    await page.close();
  });

  it('loads nothing from pagefind/ until search is opened', async () => {
    const before = site.server.requests.length;
    const { page } = await open('/en/subscription-cancellation/');
    await page.waitForLoadState('networkidle');
    expect(site.server.requests.slice(before).filter((r) => r.includes('/pagefind/'))).toEqual([]);
    await searchFor(page, 'survey');
    expect(site.server.requests.slice(before).filter((r) => r.includes('/pagefind/')).length).toBeGreaterThan(0);
    await page.close();
  });

  it('works by keyboard: / and Ctrl+K open, arrows move, Enter opens, one Esc closes and returns focus', async () => {
    const { page } = await open('/en/refund-requests/');
    const dialogOpen = () => page.locator('dialog[open]').count();
    // Ctrl+K from a focused link; with text typed, one Esc closes (a
    // type="search" field would eat the first Esc to clear itself) and focus
    // returns to the link.
    await page.locator('.breadcrumbs a').first().focus();
    await page.keyboard.press('Control+k');
    await expect.poll(dialogOpen).toBe(1);
    expect(await page.evaluate(() => document.activeElement?.matches('[data-search-input]'))).toBe(true);
    await page.keyboard.type('refund');
    await page.keyboard.press('Escape');
    await expect.poll(dialogOpen).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.closest('.breadcrumbs') !== null)).toBe(true);
    // "/" opens; arrows move the active option.
    await page.locator('dialog [data-search-input]').evaluate((input: HTMLInputElement) => (input.value = ''));
    await searchFor(page, 'refund');
    expect(await options(page).count()).toBeGreaterThan(1);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const active = await page.locator('dialog[open] [data-search-input]').getAttribute('aria-activedescendant');
    expect(await page.locator(`[id="${active}"]`).getAttribute('aria-selected')).toBe('true');
    expect(await page.locator(`[id="${active}"]`).getAttribute('data-index')).toBe('1');
    const target = (await page.locator(`[id="${active}"] a`).getAttribute('href'))!;
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).pathname + new URL(page.url()).hash).toBe(target);
    await page.close();
  });

  it('runs the query from ?q= on the search page', async () => {
    const { page, errors } = await open('/sl/search/?q=' + encodeURIComponent(catalogue.templates.find((t) => t.locale === 'sl' && t.id === 'refund-approved')!.data.title));
    await expect.poll(() => page.locator('mk-search-page [role="option"]').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await page.locator('mk-search-page [role="option"] a').first().getAttribute('href')).toBe('/sl/refund-requests/#refund-approved');
    const t = useTranslations('sl');
    const count = await page.locator('mk-search-page [role="option"]').count();
    await expect.poll(() => page.locator('mk-search-page [data-search-status]').textContent()).toBe(t.plural('search.results', count));
    // Typing keeps the URL in step, so the search can be bookmarked.
    await page.locator('mk-search-page [data-search-input]').fill('nakazilo');
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('nakazilo');
    // No dialog here: Esc clears the field and the results.
    await page.locator('mk-search-page [data-search-input]').press('Escape');
    expect(await page.locator('mk-search-page [data-search-input]').inputValue()).toBe('');
    await expect.poll(() => page.locator('mk-search-page [role="option"]').count()).toBe(0);
    expect(await page.locator('mk-search-page [data-search-input]').getAttribute('aria-expanded')).toBe('false');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows the "/" shortcut hint only where there is a fine pointer (and so, likely, a keyboard)', async () => {
    const hint = async (options: Parameters<typeof site.browser.newContext>[0]) => {
      const ctx = await site.browser.newContext(options);
      const page = await ctx.newPage();
      await page.goto(`${site.server.origin}/en/`);
      const result = {
        coarse: await page.evaluate(() => matchMedia('(pointer: coarse)').matches),
        fine: await page.evaluate(() => matchMedia('(any-pointer: fine)').matches),
        visible: await page.locator('.search-button kbd').isVisible(),
      };
      await ctx.close();
      return result;
    };
    // A phone: Chromium reports a coarse pointer and no fine one; no hint.
    expect(await hint({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true })).toEqual({ coarse: true, fine: false, visible: false });
    // A desktop: mouse and keyboard; the hint shows.
    expect(await hint({ viewport: { width: 1280, height: 800 } })).toEqual({ coarse: false, fine: true, visible: true });
  });

  it('fits a 320 px wide touch screen', async () => {
    const touch = await site.browser.newContext({ viewport: { width: 320, height: 640 }, hasTouch: true, isMobile: true });
    const page = await touch.newPage();
    await page.goto(`${site.server.origin}/ru/`);
    await page.waitForFunction(() => customElements.get('mk-search') !== undefined);
    await page.locator('[data-search-open]').tap();
    await expect.poll(() => page.locator('dialog[open]').count()).toBe(1);
    const box = (await page.locator('dialog[open]').boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(320);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await touch.close();
  });
});
