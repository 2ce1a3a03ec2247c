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
 * TCP's initial congestion window: 10 segments of 1460 bytes (RFC 6928), the
 * window Lighthouse's simulated throttling opens with. A document whose
 * response (headers and gzip body) is larger needs one more round trip
 * before the browser has all of it, and Lighthouse counts that round trip
 * into the first paint (README, "First paint").
 */
export const FIRST_WINDOW = 14_600;
/**
 * Budgets per page type. A category page's HTML grows with its templates, so
 * its HTML and total budgets are a fixed part plus a part per template, up to
 * a cap that keeps the document in TCP's first window:
 *
 * - Issue #6 set 10 KB for the English category page with nine templates,
 *   while the CSS was a file. Issue #13 inlines the critical CSS (now 2.0 KB
 *   gzip on a category page) so the first paint waits for no request, and
 *   that CSS counts in the HTML figure here. Issue #15 grew the categories to
 *   11 and 12 templates with fuller emails and a fill-in panel with a hint per
 *   field; at 13.9 KB the English cancellation page no longer fitted the first
 *   window with its 0.8 KB of response headers, and its LCP rose to 1.25× its
 *   bare twin (goal: 1.10×).
 * - Measured after trimming it (npm test prints the table): the page around
 *   the templates (head, inline CSS, header with the search dialog, fill-in
 *   panel, tips, subject lines, FAQ, footer) is about 8.6 KB, and a template
 *   0.35-0.4 KB; the English pages are 12.7 KB (12 templates) and 12.9 KB
 *   (11), served in 13,901 and 14,067 bytes with their headers.
 * - So: HTML ≤ 9 KB + 0.4 KB per template, and never over 13.25 KB: the
 *   window minus the test server's 0.85 KB of headers leaves 13.4 KB, and
 *   0.15 KB of it stays for hosts that send longer headers. A page that bloats
 *   its chrome or its per-template markup fails, and so does a category that
 *   adds templates past what the window holds: the catalogue's design (9-12
 *   templates of 80-170 words) fits, a longer one needs the page split or
 *   trimmed first. The English category pages are also checked against the
 *   window itself, with the headers the test server actually sends.
 * - Other locales may be 30 % larger (OTHER_LOCALE_SLACK): their text takes
 *   more bytes (2 a Cyrillic letter, 3 a Thai one). Their category pages do
 *   not fit the window (responses of 14.7-17.1 KB, Spanish within 0.1 KB of
 *   it) and pay the extra round trip; known, and left for a later issue.
 * - Total ≤ the HTML budget + 10 KB.
 */
const CATEGORY_FIXED_HTML = 9 * KB;
const CATEGORY_PER_TEMPLATE_HTML = 0.4 * KB;
const CATEGORY_MAX_HTML = 13.25 * KB;
export function categoryBudget(templates: number): Budget {
  const html = Math.round(Math.min(CATEGORY_FIXED_HTML + templates * CATEGORY_PER_TEMPLATE_HTML, CATEGORY_MAX_HTML));
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
async function measure(origin: string, root: string, path: string): Promise<{ figures: Figures; templates: number; response: number }> {
  const context = await site.browser.newContext();
  const page = await context.newPage();
  const fetched: { url: string; type: string }[] = [];
  let otherHosts = 0;
  page.on('request', (r) => {
    if (new URL(r.url()).origin !== origin) otherHosts++;
    else fetched.push({ url: r.url(), type: r.resourceType() });
  });
  const navigation = await page.goto(`${origin}${path}`);
  // What the server sent for the document, as Lighthouse counts it: the response headers and the (gzip) body.
  const sizes = await navigation!.request().sizes();
  const response = sizes.responseHeadersSize + sizes.responseBodySize;
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
  return { figures, templates, response };
}

function overBudget(f: Figures, b: Budget, factor = 1): string[] {
  return (Object.keys(b) as (keyof Budget)[]).filter((k) => f[k] > b[k] * factor).map((k) => `${k} ${f[k]} > ${Math.floor(b[k] * factor)}`);
}

const kb = (n: number) => `${(n / KB).toFixed(1)} KB`;

describe('size budgets on first view', () => {
  const rows: { path: string; figures: Figures; response: number; over: string[] }[] = [];

  afterAll(() => {
    const header = ['page', 'HTML', 'response', 'CSS', 'JS', 'total', 'requests', 'other hosts', 'verdict'];
    const body = rows.map((r) => [r.path, kb(r.figures.html), `${r.response} B`, kb(r.figures.css), kb(r.figures.js), kb(r.figures.total), String(r.figures.requests), String(r.figures.otherHosts), r.over.length ? `OVER: ${r.over.join(', ')}` : 'ok']);
    const widths = header.map((_, i) => Math.max(...[header, ...body].map((row) => row[i]!.length)));
    const line = (row: string[]) => row.map((c, i) => c.padEnd(widths[i]!)).join('  ');
    console.log(`\nSize budgets (gzip, first view until idle; HTML includes the inline critical CSS, CSS is inline + files; category budget: HTML ≤ 9 KB + 0.4 KB per template and ≤ 13.25 KB, CSS ≤ 6 KB, JS ≤ 6 KB, total ≤ HTML budget + 10 KB in ≤ 4 requests; other locales ≤ +30 %; "response" is the document's headers + body as served, which for English category pages must fit TCP's first window of ${FIRST_WINDOW} bytes)\n${[header, ...body].map(line).join('\n')}\n`);
  });

  const cases = locales.flatMap((l) => [
    { path: `/${l.code}/`, type: 'home' as const, locale: l.code },
    { path: `/${l.code}/subscription-cancellation/`, type: 'category' as const, locale: l.code },
    { path: `/${l.code}/refund-requests/`, type: 'category' as const, locale: l.code },
    { path: `/${l.code}/guides/`, type: 'guides' as const, locale: l.code },
    { path: `/${l.code}/guides/when-a-customer-wants-to-cancel/`, type: 'guide' as const, locale: l.code },
  ]);

  it.each(cases.map((c) => [c.path, c] as const))('%s stays within its budget', async (_p, { path, type, locale }) => {
    const { figures, templates, response } = await measure(site.server.origin, DIST, path);
    const budget = type === 'category' ? categoryBudget(templates) : BUDGETS[type];
    if (type === 'category') expect(templates, `${path}: no templates found`).toBeGreaterThanOrEqual(9);
    const over = overBudget(figures, budget, locale === 'en' ? 1 : OTHER_LOCALE_SLACK);
    // The English category page's first paint must not wait for a second round trip (issue 13).
    if (type === 'category' && locale === 'en' && response > FIRST_WINDOW) over.push(`response ${response} > ${FIRST_WINDOW}`);
    rows.push({ path, figures, response, over });
    expect(figures.html).toBeGreaterThan(0);
    expect(over).toEqual([]);
  });

  it('fails a deliberately heavy page', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mailkit-heavy-'));
    // 40 KB of incompressible text: far over any HTML budget.
    writeFileSync(join(dir, 'index.html'), `<!DOCTYPE html><html lang="en"><title>Heavy</title><p>${randomBytes(30 * KB).toString('base64')}</p></html>`);
    const heavy = await serveStatic(dir);
    const { figures, response } = await measure(heavy.origin, dir, '/');
    await heavy.close();
    expect(overBudget(figures, categoryBudget(12))).toEqual(expect.arrayContaining([expect.stringMatching(/^html /), expect.stringMatching(/^total /)]));
    expect(response).toBeGreaterThan(FIRST_WINDOW);
  });
});
