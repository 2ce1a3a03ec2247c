/**
 * `npm run lighthouse`: Lighthouse (mobile defaults) on one page of each type
 * of the built site, served on 127.0.0.1, in the machine's Chromium. Prints
 * the four category scores and LCP/CLS/TBT, plus the LCP of the same
 * category page as bare HTML (no CSS, no script) for comparison.
 * Not part of `npm test`: Lighthouse's timings vary from run to run.
 *
 *   npm run build && npm run lighthouse
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';
import { serveStatic } from '../tests/support/server.ts';

const dist = join(process.cwd(), 'dist');
if (!existsSync(join(dist, 'index.html'))) {
  console.error('No built site in dist/: run `npm run build` first.');
  process.exit(1);
}
const chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromePath)) {
  console.error(`Chromium not found at ${chromePath}: apt-get install -y chromium, or set CHROMIUM_PATH.`);
  process.exit(1);
}

const pages = [
  ['home', '/en/'],
  ['category', '/en/subscription-cancellation/'],
  ['guide', '/en/guides/when-a-customer-wants-to-cancel/'],
] as const;

// The same category page as bare HTML: the floor we compare LCP against.
const bareDir = mkdtempSync(join(tmpdir(), 'mailkit-bare-'));
writeFileSync(
  join(bareDir, 'index.html'),
  readFileSync(join(dist, 'en', 'subscription-cancellation', 'index.html'), 'utf8')
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(/<link rel="stylesheet"[^>]*>/g, '')
    .replace(/<meta http-equiv="content-security-policy"[^>]*>/, ''),
);

const site = await serveStatic(dist);
const bare = await serveStatic(bareDir);
const chrome = await launch({
  chromePath,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

interface Row {
  page: string;
  scores: number[];
  lcp: number;
  cls: number;
  tbt: number;
}
const rows: Row[] = [];
try {
  const targets: [string, string][] = [...pages.map(([name, path]) => [name, `${site.origin}${path}`] as [string, string]), ['category as bare HTML', `${bare.origin}/`]];
  for (const [name, url] of targets) {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { categories, audits } = result.lhr;
    rows.push({
      page: name,
      scores: ['performance', 'accessibility', 'best-practices', 'seo'].map((c) => Math.round((categories[c]?.score ?? 0) * 100)),
      lcp: audits['largest-contentful-paint']?.numericValue ?? NaN,
      cls: audits['cumulative-layout-shift']?.numericValue ?? NaN,
      tbt: audits['total-blocking-time']?.numericValue ?? NaN,
    });
  }
} finally {
  chrome.kill();
  await site.close();
  await bare.close();
}

const header = ['page', 'perf', 'a11y', 'best', 'seo', 'LCP ms', 'CLS', 'TBT ms'];
const body = rows.map((r) => [r.page, ...r.scores.map(String), r.lcp.toFixed(0), r.cls.toFixed(3), r.tbt.toFixed(0)]);
const widths = header.map((_, i) => Math.max(...[header, ...body].map((row) => row[i]!.length)));
console.log([header, ...body].map((row) => row.map((c, i) => c.padEnd(widths[i]!)).join('  ')).join('\n'));
const category = rows.find((r) => r.page === 'category')!;
const floor = rows.find((r) => r.page === 'category as bare HTML')!;
console.log(`\nCategory LCP is ${((category.lcp / floor.lcp - 1) * 100).toFixed(1)} % above bare HTML (goal: within 10 %).`);
