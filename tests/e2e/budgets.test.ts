/**
 * Size budgets per page type, measured on what Chromium actually fetches on
 * first view of the built site (gzip sizes of the built files, request count,
 * requests to other hosts), until the network is idle: that includes the
 * scripts and the stylesheet that start after the first paint and the copy
 * module that loads when the browser is idle, so "JS" is everything a visitor
 * downloads before interacting. The HTML figure is the document as served,
 * inline critical CSS included; "CSS" counts that inline CSS again, with the
 * stylesheets fetched, so neither budget can be dodged by moving CSS between
 * the two. Prints the table on every run.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync, existsSync, statSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { useServedSite } from '../support/served-site.ts';
import { DIST } from '../support/site.ts';
import { serveStatic } from '../support/server.ts';
import { locales } from '../../src/i18n/locales.ts';

interface Figures {
  html: number;
  /** External stylesheets plus the inline <style> blocks (gzip of their text). */
  css: number;
  js: number;
  total: number;
  requests: number;
  otherHosts: number;
}
type Budget = Figures;

const KB = 1024;
/**
 * Budgets per page type. A category page's HTML grows with its templates, so
 * its HTML and total budgets are a fixed part plus a part per template:
 *
 * - Issue #6 set 10 KB for the English category page with nine templates,
 *   while the CSS was a file. Issue #13 inlines the critical CSS (2.2 KB gzip)
 *   so the first paint waits for no request, and that CSS counts in the HTML
 *   figure here. Issue #15 grew the categories to 11 and 12 templates with
 *   fuller emails (each template is about 0.45 KB gzip of text and 0.06 KB of
 *   actions).
 * - Measured (npm test prints the table): the page around the templates (head,
 *   header, fill-in panel with its field hints, FAQ, footer, inline CSS) is
 *   about 8.5 KB; the English pages are 13.7-13.9 KB with 11-12 templates.
 * - So: HTML ≤ 8.75 KB + 0.55 KB per template, and total ≤ that + 10 KB. A page
 *   that bloats its chrome or its per-template markup still fails, and adding
 *   templates (the catalogue's design: 9-12 per category) does not.
 */
const CATEGORY_FIXED_HTML = 8.75 * KB;
const CATEGORY_PER_TEMPLATE_HTML = 0.55 * KB;
export function categoryBudget(templates: number): Budget {
  const html = Math.round(CATEGORY_FIXED_HTML + templates * CATEGORY_PER_TEMPLATE_HTML);
  return { html, css: 6 * KB, js: 6 * KB, total: html + 10 * KB, requests: 4, otherHosts: 0 };
}
export const BUDGETS: Record<'home' | 'guides' | 'guide', Budget> = {
  home: { html: 6 * KB, css: 6 * KB, js: 6 * KB, total: 20 * KB, requests: 4, otherHosts: 0 },
  guides: { html: 6 * KB, css: 6 * KB, js: 6 * KB, total: 20 * KB, requests: 4, otherHosts: 0 },
  guide: { html: 10 * KB, css: 6 * KB, js: 6 * KB, total: 20 * KB, requests: 4, otherHosts: 0 },
};
/** Other locales' pages may be at most this much above the budget (longer scripts, multi-byte text). */
const OTHER_LOCALE_SLACK = 1.3;

const site = useServedSite();

/** Loads a page in a fresh context and adds up what it fetched before any interaction. */
async function measure(origin: string, root: string, path: string): Promise<{ figures: Figures; templates: number }> {
  const context = await site.browser.newContext();
  const page = await context.newPage();
  const fetched: { url: string; type: string }[] = [];
  let otherHosts = 0;
  page.on('request', (r) => {
    if (new URL(r.url()).origin !== origin) otherHosts++;
    else fetched.push({ url: r.url(), type: r.resourceType() });
  });
  await page.goto(`${origin}${path}`);
  await page.waitForLoadState('networkidle');
  const inlineCss = await page.evaluate(() => [...document.querySelectorAll('style')].map((s) => s.textContent ?? ''));
  const templates = await page.locator('article.template').count();
  await context.close();
  const size = (url: string) => {
    let file = join(root, decodeURIComponent(new URL(url).pathname));
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    return existsSync(file) ? gzipSync(readFileSync(file)).length : 0;
  };
  const sum = (type: string) => fetched.filter((f) => f.type === type).reduce((n, f) => n + size(f.url), 0);
  const inline = inlineCss.reduce((n, css) => n + gzipSync(css).length, 0);
  const figures = { html: sum('document'), css: sum('stylesheet') + inline, js: sum('script'), total: 0, requests: fetched.length, otherHosts };
  figures.total = fetched.reduce((n, f) => n + size(f.url), 0);
  return { figures, templates };
}

function overBudget(f: Figures, b: Budget, factor = 1): string[] {
  return (Object.keys(b) as (keyof Budget)[]).filter((k) => f[k] > b[k] * factor).map((k) => `${k} ${f[k]} > ${Math.floor(b[k] * factor)}`);
}

const kb = (n: number) => `${(n / KB).toFixed(1)} KB`;

describe('size budgets on first view', () => {
  const rows: { path: string; figures: Figures; over: string[] }[] = [];

  afterAll(() => {
    const header = ['page', 'HTML', 'CSS', 'JS', 'total', 'requests', 'other hosts', 'verdict'];
    const body = rows.map((r) => [r.path, kb(r.figures.html), kb(r.figures.css), kb(r.figures.js), kb(r.figures.total), String(r.figures.requests), String(r.figures.otherHosts), r.over.length ? `OVER: ${r.over.join(', ')}` : 'ok']);
    const widths = header.map((_, i) => Math.max(...[header, ...body].map((row) => row[i]!.length)));
    const line = (row: string[]) => row.map((c, i) => c.padEnd(widths[i]!)).join('  ');
    console.log(`\nSize budgets (gzip, first view until idle; HTML includes the inline critical CSS, CSS is inline + files; category budget: HTML ≤ 8.75 KB + 0.55 KB per template, CSS ≤ 6 KB, JS ≤ 6 KB, total ≤ HTML budget + 10 KB in ≤ 4 requests; other locales ≤ +30 %)\n${[header, ...body].map(line).join('\n')}\n`);
  });

  const cases = locales.flatMap((l) => [
    { path: `/${l.code}/`, type: 'home' as const, locale: l.code },
    { path: `/${l.code}/subscription-cancellation/`, type: 'category' as const, locale: l.code },
    { path: `/${l.code}/refund-requests/`, type: 'category' as const, locale: l.code },
    { path: `/${l.code}/guides/`, type: 'guides' as const, locale: l.code },
    { path: `/${l.code}/guides/when-a-customer-wants-to-cancel/`, type: 'guide' as const, locale: l.code },
  ]);

  it.each(cases.map((c) => [c.path, c] as const))('%s stays within its budget', async (_p, { path, type, locale }) => {
    const { figures, templates } = await measure(site.server.origin, DIST, path);
    const budget = type === 'category' ? categoryBudget(templates) : BUDGETS[type];
    if (type === 'category') expect(templates, `${path}: no templates found`).toBeGreaterThanOrEqual(9);
    const over = overBudget(figures, budget, locale === 'en' ? 1 : OTHER_LOCALE_SLACK);
    rows.push({ path, figures, over });
    expect(figures.html).toBeGreaterThan(0);
    expect(over).toEqual([]);
  });

  it('fails a deliberately heavy page', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mailkit-heavy-'));
    // 40 KB of incompressible text: far over any HTML budget.
    writeFileSync(join(dir, 'index.html'), `<!DOCTYPE html><html lang="en"><title>Heavy</title><p>${randomBytes(30 * KB).toString('base64')}</p></html>`);
    const heavy = await serveStatic(dir);
    const { figures } = await measure(heavy.origin, dir, '/');
    await heavy.close();
    expect(overBudget(figures, categoryBudget(12))).toEqual(expect.arrayContaining([expect.stringMatching(/^html /), expect.stringMatching(/^total /)]));
  });
});
