/**
 * `npm run lighthouse`: Lighthouse (mobile defaults) on one page of each type
 * of the built site, served on 127.0.0.1, in the machine's Chromium. Each
 * page runs RUNS times (default 3, round-robin so a slow moment of the
 * machine hits every page alike) and the table shows the median of each
 * figure: the four category scores, LCP/CLS/TBT, and every page's LCP against
 * the same page as bare HTML (no CSS, no script, no CSP) measured in the same
 * run. The goal for the category page is within 10 % of its bare twin.
 * Not part of `npm test`: Lighthouse's timings vary from run to run.
 *
 *   npm run build && npm run lighthouse        # RUNS=5 npm run lighthouse for more
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
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

const runs = Number(process.env.RUNS ?? 3);
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`RUNS must be a whole number of at least 1 (got "${process.env.RUNS}").`);
  process.exit(1);
}

/**
 * Each page as bare HTML: the floor we compare LCP against. The same bytes
 * minus every script, stylesheet (linked or inline) and the CSP meta.
 */
const bareDir = mkdtempSync(join(tmpdir(), 'mailkit-bare-'));
for (const [name, path] of pages) {
  mkdirSync(join(bareDir, name), { recursive: true });
  writeFileSync(
    join(bareDir, name, 'index.html'),
    readFileSync(join(dist, path, 'index.html'), 'utf8')
      .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
      .replace(/<style\b[^>]*>[\s\S]*?<\/style>/g, '')
      .replace(/<link rel="(?:stylesheet|preload|modulepreload)"[^>]*>/g, '')
      .replace(/<meta http-equiv="content-security-policy"[^>]*>/, ''),
  );
}

const site = await serveStatic(dist);
const bare = await serveStatic(bareDir);
const chrome = await launch({
  chromePath,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

interface Sample {
  scores: number[];
  lcp: number;
  cls: number;
  tbt: number;
}
const targets: [string, string][] = pages.flatMap(([name, path]) => [
  [name, `${site.origin}${path}`],
  [`${name} as bare HTML`, `${bare.origin}/${name}/`],
]);
const samples = new Map<string, Sample[]>(targets.map(([name]) => [name, []]));
try {
  for (let run = 1; run <= runs; run++) {
    for (const [name, url] of targets) {
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      const { categories, audits, runtimeError } = result.lhr;
      // A failed run (the machine too busy, a trace Lantern cannot read) is left out of the median, not counted as 0.
      if (runtimeError) process.stderr.write(`run ${run}/${runs} ${name}: ${runtimeError.code} ${runtimeError.message}\n`);
      samples.get(name)!.push({
        scores: ['performance', 'accessibility', 'best-practices', 'seo'].map((c) => Math.round((categories[c]?.score ?? 0) * 100)),
        lcp: audits['largest-contentful-paint']?.numericValue ?? NaN,
        cls: audits['cumulative-layout-shift']?.numericValue ?? NaN,
        tbt: audits['total-blocking-time']?.numericValue ?? NaN,
      });
      process.stderr.write(`run ${run}/${runs} ${name}: LCP ${samples.get(name)!.at(-1)!.lcp.toFixed(0)} ms\n`);
    }
  }
} finally {
  chrome.kill();
  await site.close();
  await bare.close();
}

const median = (values: number[]) => {
  const s = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const rows = targets.map(([name]) => {
  const ss = samples.get(name)!;
  return {
    page: name,
    scores: [0, 1, 2, 3].map((i) => median(ss.map((s) => s.scores[i]!))),
    lcp: median(ss.map((s) => s.lcp)),
    lcps: ss.map((s) => s.lcp),
    cls: median(ss.map((s) => s.cls)),
    tbt: median(ss.map((s) => s.tbt)),
  };
});
const lcpOf = (name: string) => rows.find((r) => r.page === name)!.lcp;

const header = ['page', 'perf', 'a11y', 'best', 'seo', 'LCP ms', 'LCP × bare', 'LCP runs', 'CLS', 'TBT ms'];
const body = rows.map((r) => [
  r.page,
  ...r.scores.map(String),
  r.lcp.toFixed(0),
  r.page.endsWith('bare HTML') ? '' : (r.lcp / lcpOf(`${r.page} as bare HTML`)).toFixed(2),
  r.lcps.map((x) => x.toFixed(0)).join(' / '),
  r.cls.toFixed(3),
  r.tbt.toFixed(0),
]);
const widths = header.map((_, i) => Math.max(...[header, ...body].map((row) => row[i]!.length)));
console.log(`Lighthouse (mobile), median of ${runs} run${runs === 1 ? '' : 's'}\n`);
console.log([header, ...body].map((row) => row.map((c, i) => c.padEnd(widths[i]!)).join('  ')).join('\n'));
const ratio = lcpOf('category') / lcpOf('category as bare HTML');
const percent = Math.abs((ratio - 1) * 100).toFixed(1);
console.log(`\nCategory LCP is ${percent} % ${ratio >= 1 ? 'above' : 'below'} its bare HTML twin (goal: at most 10 % above).`);
