/**
 * Security, privacy and resilience in the browser, on every page type of
 * every locale, served with the site's own _headers (the CSP as a header and
 * as a meta): no CSP violation, no uncaught error, no cookie, no request to
 * another host, nothing in localStorage but the site's own key, and pages
 * that keep working when storage is refused.
 */
import { describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { useServedSite } from '../support/served-site.ts';
import { locales } from '../../src/i18n/locales.ts';

const site = useServedSite();

/** A context that records CSP violations, errors and every host contacted. */
async function watched(options: Parameters<Browser['newContext']>[0] = {}) {
  const context = await site.browser.newContext(options);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.origin });
  await context.addInitScript(() => {
    (window as unknown as { __violations: string[] }).__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __violations: string[] }).__violations.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  const problems: string[] = [];
  const hosts = new Set<string>();
  context.on('request', (r) => hosts.add(new URL(r.url()).host));
  const track = (page: Page) => {
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
  };
  context.on('page', track);
  const violations = async (page: Page) => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
  return { context, problems, hosts, violations };
}

const pageTypes = (code: string) => [`/${code}/`, `/${code}/subscription-cancellation/`, `/${code}/guides/`, `/${code}/guides/reducing-cancellations/`, `/${code}/search/?q=refund`, `/${code}/404.html`];

describe('CSP, errors and privacy on every page type', () => {
  it.each(['/', '/404.html', ...locales.flatMap((l) => pageTypes(l.code))])('%s', async (path) => {
    const { context, problems, hosts, violations } = await watched();
    const page = await context.newPage();
    await page.goto(`${site.server.origin}${path}`);
    await page.waitForLoadState('networkidle');
    if (path !== '/' && !path.endsWith('404.html') && !path.includes('/search/')) {
      // Open search too: Pagefind's WebAssembly must run under the policy.
      await page.keyboard.press('/');
      await page.keyboard.type('a');
      await page.waitForLoadState('networkidle');
    }
    expect(await violations(page)).toEqual([]);
    expect(problems).toEqual([]);
    expect([...hosts]).toEqual([new URL(site.server.origin).host]);
    expect(await context.cookies()).toEqual([]);
    await context.close();
  });

  it('keeps only the site’s own key in localStorage after the visitor fills in values', async () => {
    const { context, problems } = await watched();
    const page = await context.newPage();
    await page.goto(`${site.server.origin}/ru/refund-requests/`);
    await page.waitForFunction(() => customElements.get('mk-copy') !== undefined);
    await page.locator('[data-fill="customerName"]').fill('Анна');
    await page.locator('[data-action="copy-body"]').first().click();
    await page.keyboard.press('/');
    await page.keyboard.type('возврат');
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual(['mailkit:values']);
    expect(await page.evaluate(() => Object.keys(sessionStorage))).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('when the browser refuses storage (private mode)', () => {
  it('still fills in every template and copies, without an uncaught error', async () => {
    const { context, problems } = await watched();
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    const page = await context.newPage();
    await page.goto(`${site.server.origin}/th/subscription-cancellation/`);
    await page.waitForFunction(() => customElements.get('mk-copy') !== undefined);
    await page.locator('[data-fill="customerName"]').fill('สมชาย');
    expect(new Set(await page.locator('.ph[data-ph="customerName"]').allTextContents())).toEqual(new Set(['สมชาย']));
    await page.locator('[data-action="copy-body"]').first().click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain('สมชาย');
    await page.locator('[data-action="clear"]').click();
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('without JavaScript', () => {
  it.each(['/', '/en/', '/bg/refund-requests/', '/sl/guides/when-a-customer-wants-to-cancel/', '/th/search/'])('%s is readable and offers no dead control', async (path) => {
    const context: BrowserContext = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.origin}${path}`);
    expect((await page.locator('main').innerText()).length).toBeGreaterThan(20);
    const visibleButtons = await page.locator('button').evaluateAll((els) => els.filter((e) => (e as HTMLElement).checkVisibility()).length);
    expect(visibleButtons).toBe(0);
    await context.close();
  });
});
