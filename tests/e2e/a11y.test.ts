/**
 * Accessibility of the built site: axe-core's WCAG 2.2 A/AA rules on one page
 * of each type in each locale (its richest: representativePages() in
 * tests/support/site.ts; A11Y_PAGES=all for every page) in light and dark
 * colour schemes (the right-to-left pages are checked in rtl.test.ts), a
 * keyboard walk of a category page, and the broken fixture that proves the
 * gate fails. Every page still goes through the static HTML checks
 * (tests/build/), which cover the markup rules axe shares with them.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { useServedSite } from '../support/served-site.ts';
import { serveStatic } from '../support/server.ts';
import { pageType, pages, representativePages } from '../support/site.ts';
import { axeViolations } from '../support/axe.ts';

const site = useServedSite();
const contexts: Record<string, BrowserContext> = {};
beforeAll(async () => {
  for (const scheme of ['light', 'dark'] as const) contexts[scheme] = await site.browser.newContext({ colorScheme: scheme });
});

const chosen = representativePages();
const paths = chosen.map((p) => p.path);

describe('the pages axe checks', () => {
  it('are one of each type in each locale, at least', () => {
    const covered = new Set(chosen.map((p) => `${p.path.split('/')[1]}|${pageType(p)}`));
    const all = new Set(pages().map((p) => `${p.path.split('/')[1]}|${pageType(p)}`));
    expect([...all].filter((k) => !covered.has(k))).toEqual([]);
  });
});

describe.each(['light', 'dark'])('axe, %s colour scheme', (scheme) => {
  it.each(paths)('%s has no WCAG 2.2 AA violation', async (path) => {
    const page = await contexts[scheme]!.newPage();
    await page.goto(`${site.server.origin}${path}`);
    await page.waitForLoadState('networkidle');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('the accessibility gate', () => {
  it('fails on a deliberately broken page', async () => {
    const fixtures = await serveStatic(join(import.meta.dirname, '..', 'fixtures', 'broken'));
    const page = await contexts.light!.newPage();
    await page.goto(`${fixtures.origin}/a11y.html`);
    const found = (await axeViolations(page)).map((v) => v.split(':')[0]);
    expect(found).toEqual(expect.arrayContaining(['color-contrast', 'image-alt', 'label']));
    await page.close();
    await fixtures.close();
  });
});

describe('keyboard walk of a category page', () => {
  it('reaches every interactive element with Tab, each with a visible focus', async () => {
    const page = await contexts.light!.newPage();
    await page.goto(`${site.server.origin}/en/refund-requests/`);
    await page.waitForFunction(() => customElements.get('mk-copy') !== undefined);
    // Every visible, enabled, focusable element gets a number.
    const total = await page.evaluate(() => {
      const els = [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])')].filter(
        (el) => el.checkVisibility() && !(el as HTMLButtonElement).disabled && !el.closest('[inert], dialog:not([open])'),
      );
      els.forEach((el, i) => (el.dataset.kb = String(i)));
      return els.length;
    });
    expect(total).toBeGreaterThan(50);
    const reached = new Set<string>();
    const unfocused: string[] = [];
    for (let i = 0; i < total + 5; i++) {
      await page.keyboard.press('Tab');
      const info = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const s = getComputedStyle(el);
        return { kb: el.dataset.kb ?? '', visible: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2, label: el.outerHTML.slice(0, 80) };
      });
      if (!info) continue;
      reached.add(info.kb);
      if (!info.visible) unfocused.push(info.label);
    }
    const missed = await page.evaluate((got) => [...document.querySelectorAll<HTMLElement>('[data-kb]')].filter((el) => !got.includes(el.dataset.kb!)).map((el) => el.outerHTML.slice(0, 80)), [...reached]);
    expect(missed).toEqual([]);
    expect(unfocused).toEqual([]);
    await page.close();
  });
});
