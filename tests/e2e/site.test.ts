/**
 * The built site in headless Chromium: the language chooser's redirect, the
 * no-JavaScript path, and a Content-Security-Policy that the pages obey.
 */
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { useServedSite } from '../support/served-site.ts';
import { locales } from '../../src/i18n/locales.ts';

const site = useServedSite();

/** Opens a page and collects console errors, page errors and CSP violations. */
async function open(context: BrowserContext, path: string): Promise<{ page: Page; problems: string[] }> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  await page.goto(`${site.server.origin}${path}`);
  await page.waitForLoadState('networkidle');
  return { page, problems };
}

describe('language chooser at /', () => {
  it.each([
    ['sl-SI', '/sl/'],
    ['th-TH', '/th/'],
    ['es-MX', '/es/'],
    ['bg', '/bg/'],
    ['fr-FR', '/en/'],
  ])('sends a browser preferring %s to %s', async (lang, expected) => {
    const context = await site.browser.newContext({ locale: lang });
    const { page, problems } = await open(context, '/');
    await page.waitForURL(`**${expected}`);
    expect(new URL(page.url()).pathname).toBe(expected);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('without JavaScript, offers a plain link to every language', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false, locale: 'sl-SI' });
    const { page } = await open(context, '/');
    expect(new URL(page.url()).pathname).toBe('/');
    const hrefs = await page.locator('[data-chooser] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(locales.map((l) => `/${l.code}/`));
    await context.close();
  });
});

describe('pages in the browser', () => {
  it.each(['/en/', '/sl/subscription-cancellation/', '/en/guides/reducing-cancellations/', '/th/subscription-cancellation/', '/en/404.html'])(
    '%s loads with no error and no CSP violation',
    async (path) => {
      const context = await site.browser.newContext();
      const { page, problems } = await open(context, path);
      expect(await page.locator('h1').count()).toBe(1);
      expect(problems).toEqual([]);
      await context.close();
    },
  );

  it('serves the localized 404 for a missing page in a locale', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const response = await page.goto(`${site.server.origin}/sl/no-such-page/`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('html').getAttribute('lang')).toBe('sl');
    await context.close();
  });

  it('sets no cookie and loads nothing from another host', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const hosts = new Set<string>();
    page.on('request', (r) => hosts.add(new URL(r.url()).host));
    await page.goto(`${site.server.origin}/en/subscription-cancellation/`);
    await page.waitForLoadState('networkidle');
    expect([...hosts]).toEqual([new URL(site.server.origin).host]);
    expect(await context.cookies()).toEqual([]);
    await context.close();
  });

  it('opens the header language menu by keyboard and follows a language', async () => {
    const context = await site.browser.newContext();
    const { page } = await open(context, '/en/subscription-cancellation/');
    await page.locator('.lang-menu summary').focus();
    await page.keyboard.press('Enter');
    await page.locator('.lang-menu a[hreflang="sl"]').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL('**/sl/subscription-cancellation/');
    expect(await page.locator('html').getAttribute('lang')).toBe('sl');
    await context.close();
  });
});
