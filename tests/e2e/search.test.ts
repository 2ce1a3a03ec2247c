/**
 * Search on the built site in headless Chromium: one Pagefind index per
 * language, loaded on first open, results landing on template anchors.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { useServedSite } from '../support/served-site.ts';
import { DIST } from '../support/site.ts';
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
    // "แอปธนาคาร" (banking app) sits inside a run of Thai without spaces. Since batch 1 another
    // template (the bank asking to confirm a payment) uses it too, so the test asks for the
    // template among the first three results, not first.
    const paragraph = JSON.stringify(body.body);
    expect(paragraph).toMatch(/[\u0E00-\u0E7F]แอปธนาคาร[\u0E00-\u0E7F]/);
    await searchFor(page, 'แอปธนาคาร');
    const top3 = () => options(page).locator('a').evaluateAll((as) => as.slice(0, 3).map((a) => a.getAttribute('href')!));
    await expect.poll(top3).toContain('/th/refund-requests/#refund-not-received');
    await page.close();
  });

  it('narrows results with the category filter', async () => {
    const { page } = await open('/en/');
    await searchFor(page, 'refund');
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

/**
 * Issue 14: templates are search records of their own, ranked against whole
 * pages; query words that only match "de" are dropped visibly; Thai phrases
 * first; an English hint on no results; the dialog fixes.
 */
describe('search relevance and the dialog (issue 14)', () => {
  const templateOf = (locale: string, id: string) => catalogue.templates.find((t) => t.locale === locale && t.id === id)!;
  const hrefs = (page: Page) => options(page).locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  /** Types the query and waits until the dialog says it has finished that exact query. */
  async function settled(page: Page, query: string) {
    await page.keyboard.press('/');
    await expect.poll(() => page.locator('dialog[open] [data-search-input]').count()).toBe(1);
    await page.keyboard.type(query);
    await expect.poll(() => page.locator('dialog[open] [data-search-form]').getAttribute('data-search-done'), { timeout: 10_000 }).toBe(query);
  }

  // A fixed set that failed before records: the FAQ or intro of the category page came first.
  // `null` means any template of the refund category (never its FAQ, tips or intro).
  it.each([
    ['en', 'refund', null],
    ['es', 'reembolso', null],
    ['ru', 'возврат', null],
    ['sl', 'vračilo', null],
    ['en', 'refund denied', 'refund-rejected'],
    ['en', 'charged twice', 'duplicate-charge'],
    ['es', 'me cobraron doble', 'duplicate-charge'],
    ['bg', 'таксуваха ме два пъти', 'duplicate-charge'],
    ['th', 'ตัดบัตรซ้ำ', 'duplicate-charge'],
  ] as const)('%s: "%s" puts a template first, not a FAQ or intro', async (code, query, id) => {
    const { page, errors } = await open(`/${code}/`);
    await settled(page, query);
    const ids = catalogue.templates.filter((t) => t.locale === code && t.category === 'refund-requests').map((t) => t.id);
    const first = (await hrefs(page))[0] ?? '';
    if (id) expect(first).toBe(`/${code}/refund-requests/#${id}`);
    else expect(ids.map((t) => `/${code}/refund-requests/#${t}`)).toContain(first);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('ru: a word typed with ё finds what the same word with е finds (the index holds е)', async () => {
    const results = [];
    for (const query of ['отменённое', 'отмененное']) {
      const { page, errors } = await open('/ru/');
      await settled(page, query);
      results.push(await hrefs(page));
      expect(errors).toEqual([]);
      await page.close();
    }
    expect(results[0]!.length).toBeGreaterThan(0);
    expect(results[0]).toEqual(results[1]);
  });

  // Category pages and guides have keywords of their own (what people call the collection or
  // the advice): the first one of the front matter, typed, puts the page first.
  it.each([
    ['en', 'category', 'failed-payments'],
    ['en', 'guide', 'reducing-cancellations'],
    ['ru', 'guide', 'incident-updates'],
    ['th', 'category', 'subscription-cancellation'],
  ] as const)('%s: the first keyword of the %s %s finds that page first', async (code, kind, slug) => {
    const entry = kind === 'category' ? catalogue.categories.find((c) => c.locale === code && c.slug === slug)! : catalogue.guides.find((g) => g.locale === code && g.slug === slug)!;
    const query = entry.data.keywords[0]!;
    const { page, errors } = await open(`/${code}/`);
    await settled(page, query);
    const first = (await hrefs(page))[0] ?? '';
    expect(first.split('#')[0]).toBe(kind === 'category' ? `/${code}/${slug}/` : `/${code}/guides/${slug}/`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows every template of a category as its own result, and the category filter shows them all', async () => {
    const { page } = await open('/en/');
    await settled(page, 'refund');
    const templates = catalogue.templates.filter((t) => t.locale === 'en' && t.category === 'refund-requests');
    await page.locator('dialog[open] [data-search-category]').selectOption(categoryTitle('en', 'refund-requests').navTitle);
    // "Show more" until it goes: every match is reachable (it used to stop at three).
    const more = page.locator('dialog[open] [data-search-more]');
    for (let i = 0; i < 5; i++) {
      await page.waitForTimeout(300);
      if (!(await more.isVisible())) break;
      await more.click();
    }
    const anchors = new Set(templates.map((t) => `/en/refund-requests/#${t.id}`));
    await expect.poll(async () => (await hrefs(page)).filter((h) => anchors.has(h)).length, { timeout: 10_000 }).toBe(templates.length);
    for (const h of await hrefs(page)) expect(h).toMatch(/^\/en\/refund-requests\//);
    await page.close();
  });

  it('drops a word that only matches a one- or two-letter index word, and says so', async () => {
    const { page } = await open('/es/');
    // "zzzdevolución" is in no index; Pagefind would match it through "de".
    await settled(page, 'reembolso zzzdevolución');
    const status = await page.locator('dialog[open] [data-search-status]').textContent();
    expect(status).toContain('“zzzdevolución”');
    expect((await hrefs(page))[0]).toMatch(/^\/es\/refund-requests\/#[a-z-]+$/);
    await page.close();
  });

  it('offers an English query with a link when a locale finds nothing', async () => {
    const { page } = await open('/th/');
    await settled(page, 'angry customer');
    expect(await options(page).count()).toBe(0);
    const link = page.locator('dialog[open] [data-search-hint] a');
    expect(await link.getAttribute('href')).toBe('/en/search/?q=angry%20customer');
    await page.close();
  });

  it('closes with one Esc (the field is type="text") and returns focus', async () => {
    const { page } = await open('/en/refund-requests/');
    expect(await page.locator('[data-search-input]').first().getAttribute('type')).toBe('text');
    await page.locator('.breadcrumbs a').first().focus();
    await settled(page, 'refund');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('dialog[open]').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.closest('.breadcrumbs') !== null)).toBe(true);
    await page.close();
  });

  it('keeps the field at least 200 px wide from 320 px up, in the longest labels (Bulgarian)', async () => {
    for (const width of [320, 390]) {
      const ctx = await site.browser.newContext({ viewport: { width, height: 700 } });
      const page = await ctx.newPage();
      await page.goto(`${site.server.origin}/bg/`);
      await page.waitForFunction(() => customElements.get('mk-search') !== undefined);
      await page.locator('[data-search-open]').click();
      const box = (await page.locator('dialog[open] [data-search-input]').boundingBox())!;
      expect(box.width, `${width} px`).toBeGreaterThanOrEqual(200);
      await ctx.close();
    }
  });

  it('Enter on a result from another page lands on the template with it in view', async () => {
    const { page } = await open('/en/');
    await settled(page, templateOf('en', 'refund-rejected').data.title);
    expect((await hrefs(page))[0]).toBe('/en/refund-requests/#refund-rejected');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/en/refund-requests/#refund-rejected');
    await expect.poll(() => page.locator('#refund-rejected').evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.top < window.innerHeight;
    })).toBe(true);
    await page.close();
  });

  it('fetches at most 150 KB from pagefind/ for one query', async () => {
    // A fresh context: in the shared one, earlier tests have the files in the HTTP cache and
    // the count fell to 0.2 KB, a budget that could not fail.
    const fresh = await site.browser.newContext();
    const page = await fresh.newPage();
    await page.goto(`${site.server.origin}/en/`);
    await page.waitForFunction(() => customElements.get('mk-search') !== undefined);
    // Counted from what the server was asked for, as gzip of the built files (what a host sends):
    // the browser's own byte counts are unreliable once the dialog preloads index chunks.
    const before = site.server.requests.length;
    // The whole word in one input event: one query, whatever the timing of keys (typing searches prefixes when it pauses).
    await page.keyboard.press('/');
    await page.locator('dialog[open] [data-search-input]').fill('refund');
    await expect.poll(() => page.locator('dialog[open] [data-search-form]').getAttribute('data-search-done'), { timeout: 10_000 }).toBe('refund');
    await page.waitForLoadState('networkidle');
    const fetched = site.server.requests.slice(before).filter((path) => path.startsWith('/pagefind/'));
    const bytes = fetched.reduce((n, path) => n + gzipSync(readFileSync(join(DIST, decodeURIComponent(path)))).length, 0);
    expect(fetched.length).toBeGreaterThan(0);
    expect(bytes).toBeLessThanOrEqual(150 * 1024);
    console.log(`one query ("refund" on /en/): ${(bytes / 1024).toFixed(1)} KB from pagefind/ in ${fetched.length} requests`);
    // Every file the query needs, not a cache's leftovers: the index chunk and the WebAssembly at least.
    expect(fetched.some((p) => p.includes('/index/')) && fetched.some((p) => p.includes('wasm'))).toBe(true);
    await fresh.close();
  });
});
