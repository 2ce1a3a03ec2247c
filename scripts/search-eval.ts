/**
 * `npm run search:eval`: how well the site's own search dialog finds what a
 * person is looking for. A benchmark, not a test: it prints numbers and the
 * misses, and fails only when it cannot run.
 *
 * It serves the built site (dist/, or --dist <dir>), opens each locale's home
 * page in headless Chromium, types every query of the evaluation set into the
 * header dialog key by key, as a person would, and reads the result list once
 * the dialog reports that the search for that exact text has finished.
 *
 *   npm run search:eval                       # tests/search/eval/<locale>.json
 *   npm run search:eval -- --set <dir>        # another set, same format
 *   npm run search:eval -- --locale th        # one locale
 *
 * Set format: { "locale": "en", "queries": [{ "q": "refund denied",
 * "expect": ["refund-requests#refund-rejected"], "kind": "synonym" }] }.
 * An `expect` entry is `<category>#<template>`, `<category>` (the page or any
 * section of it that is not a template), `guides/<slug>` (the guide or any of
 * its sections) or `guides/<slug>#<heading>`. A result is a hit when it matches
 * any entry. When a query finds nothing and the dialog offers the same query
 * in another language (the "cross-language" kind), the results behind that
 * link are what count: a person would follow it.
 *
 * P@1: the first result is a hit. R@3: a hit among the first three. MRR: the
 * mean of 1 / rank of the first hit (0 when there is none in the first ten).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/server.ts';

interface Query {
  q: string;
  expect: string[];
  kind?: string;
}
interface EvalSet {
  locale: string;
  queries: Query[];
}
interface Outcome {
  query: Query;
  keys: string[];
  rank: number;
}

const root = resolve(import.meta.dirname, '..');
const { values: args } = parseArgs({
  options: {
    set: { type: 'string', default: join(root, 'tests', 'search', 'eval') },
    dist: { type: 'string', default: join(root, 'dist') },
    locale: { type: 'string', multiple: true },
    json: { type: 'string' },
    verbose: { type: 'boolean', default: false },
  },
});

const fail = (message: string): never => {
  console.error(`search:eval: ${message}`);
  process.exit(1);
};

function loadSets(dir: string): EvalSet[] {
  if (!existsSync(dir)) fail(`no evaluation set at ${dir} (give one with --set <dir>).`);
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  if (files.length === 0) fail(`${dir} holds no <locale>.json file.`);
  return files.map((f) => {
    const path = join(dir, f);
    let set: EvalSet;
    try {
      set = JSON.parse(readFileSync(path, 'utf8')) as EvalSet;
    } catch (e) {
      return fail(`${path} is not valid JSON: ${(e as Error).message}`);
    }
    if (typeof set.locale !== 'string' || !Array.isArray(set.queries)) fail(`${path}: expected { "locale": "…", "queries": [ … ] }.`);
    set.queries.forEach((q, i) => {
      if (typeof q.q !== 'string' || !q.q.trim() || !Array.isArray(q.expect) || q.expect.length === 0) {
        fail(`${path}: queries[${i}] needs a non-empty "q" and a non-empty "expect" list.`);
      }
    });
    return set;
  });
}

/** Template ids per locale and category, so `<category>` can tell its templates from its other sections. */
function templateIds(locale: string): Set<string> {
  const ids = new Set<string>();
  for (const dir of [join(root, 'src/content/templates', locale), join(root, 'src/content/templates/en')]) {
    if (!existsSync(dir)) continue;
    for (const category of readdirSync(dir)) {
      for (const f of readdirSync(join(dir, category))) if (f.endsWith('.md')) ids.add(`${category}#${f.slice(0, -3)}`);
    }
  }
  return ids;
}

/** "/en/refund-requests/#refund-rejected" → "refund-requests#refund-rejected"; "/en/guides/x/" → "guides/x". */
function keyOf(href: string, origin: string): string {
  const url = new URL(href, origin);
  const path = decodeURIComponent(url.pathname).split('/').filter(Boolean).slice(1).join('/');
  return url.hash ? `${path}#${decodeURIComponent(url.hash.slice(1))}` : path;
}

function isHit(key: string, expected: string[], templates: Set<string>): boolean {
  return expected.some((e) => {
    if (key === e) return true;
    if (e.includes('#')) return false;
    const [page] = key.split('#');
    return page === e && !templates.has(key);
  });
}

const dialog = 'dialog[open]';

/** Types `q` into the open dialog and waits for the search of exactly that text to finish. */
async function resultsFor(page: Page, q: string): Promise<{ hrefs: string[]; hint: string | null; status: string; ms: number | null }> {
  const input = page.locator(`${dialog} [data-search-input]`);
  await input.fill('');
  // Time from the last key to the dialog marking the query done, measured in the page.
  await page.evaluate((sel) => {
    const w = window as unknown as { __lastKey?: number | undefined; __done?: number | undefined };
    w.__lastKey = w.__done = undefined;
    // The last key is the last change to the input: Playwright types characters
    // outside ASCII (Cyrillic, Thai) with insertText, which fires input but no
    // keydown, so timing from keydown alone measured from the last space.
    const mark = () => (w.__lastKey = performance.now());
    document.addEventListener('keydown', mark, { capture: true });
    document.addEventListener('input', mark, { capture: true });
    const form = document.querySelector(`${sel} [data-search-form]`)!;
    new MutationObserver(() => (w.__done = performance.now())).observe(form, { attributes: true, attributeFilter: ['data-search-done'] });
  }, dialog);
  await page.keyboard.type(q, { delay: 15 });
  // The dialog marks the query it has finished; an older build has no such
  // mark, so fall back to a status line that stays put.
  await page
    .waitForFunction(
      ({ sel, text }) => {
        const form = document.querySelector(`${sel} [data-search-form]`) as HTMLElement | null;
        if (form?.dataset.searchDone !== undefined) return form.dataset.searchDone === text;
        const w = window as unknown as { __evalLast?: string; __evalSince?: number };
        const status = document.querySelector(`${sel} [data-search-status]`)?.textContent ?? '';
        const list = [...document.querySelectorAll(`${sel} [role="option"] a`)].map((a) => a.getAttribute('href')).join('|');
        const now = `${status}::${list}`;
        if (w.__evalLast !== now) {
          w.__evalLast = now;
          w.__evalSince = performance.now();
          return false;
        }
        return status !== '' && performance.now() - (w.__evalSince ?? 0) > 600;
      },
      { sel: dialog, text: q.trim() },
      { timeout: 15_000, polling: 50 },
    )
    .catch(() => undefined);
  const hrefs = await page.locator(`${dialog} [role="option"] a`).evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  const hint = await page.locator(`${dialog} [data-search-hint] a`).first().getAttribute('href', { timeout: 100 }).catch(() => null);
  const status = (await page.locator(`${dialog} [data-search-status]`).textContent()) ?? '';
  const ms = await page.evaluate(() => {
    const w = window as unknown as { __lastKey?: number; __done?: number };
    return w.__lastKey !== undefined && w.__done !== undefined && w.__done >= w.__lastKey ? w.__done - w.__lastKey : null;
  });
  return { hrefs, hint, status, ms };
}

/** Results of the search page (the target of a cross-language hint). */
async function searchPageResults(page: Page, href: string, origin: string): Promise<string[]> {
  await page.goto(new URL(href, origin).href);
  const sel = 'mk-search-page';
  await page
    .waitForFunction((s) => (document.querySelector(`${s} [data-search-form]`) as HTMLElement | null)?.dataset.searchDone !== undefined, sel, { timeout: 15_000 })
    .catch(() => undefined);
  return page.locator(`${sel} [role="option"] a`).evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
}

async function openDialog(page: Page, origin: string, locale: string) {
  await page.goto(`${origin}/${locale}/`);
  await page.waitForFunction(() => customElements.get('mk-search') !== undefined);
  await page.locator('[data-search-open]').first().click();
  await page.locator(`${dialog} [data-search-input]`).waitFor();
}

const fmt = (n: number) => n.toFixed(2);

async function main() {
  const sets = loadSets(resolve(args.set!)).filter((s) => !args.locale || args.locale.includes(s.locale));
  const dist = resolve(args.dist!);
  if (!existsSync(join(dist, 'pagefind', 'pagefind-entry.json'))) fail(`${dist} holds no search index: run npm run build first.`);
  const server = await serveStatic(dist);
  const browser = await launchBrowser();
  const rows: { locale: string; n: number; p1: number; r3: number; mrr: number }[] = [];
  const all: Outcome[] = [];
  const misses: string[] = [];
  const timing: string[] = [];
  try {
    for (const set of sets) {
      const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
      const page = await context.newPage();
      const templates = templateIds(set.locale);
      const outcomes: Outcome[] = [];
      const latencies: number[] = [];
      for (const query of set.queries) {
        await openDialog(page, server.origin, set.locale);
        const found = await resultsFor(page, query.q);
        let { hrefs } = found;
        const { hint, status } = found;
        if (found.ms !== null) latencies.push(found.ms);
        const followed = hrefs.length === 0 && hint !== null;
        if (followed) hrefs = await searchPageResults(page, hint, server.origin);
        const keys = hrefs.slice(0, 10).map((h) => keyOf(h, server.origin));
        const rank = keys.findIndex((k) => isHit(k, query.expect, templates)) + 1;
        outcomes.push({ query, keys, rank });
        if (rank !== 1) {
          misses.push(`  ${set.locale}  ${JSON.stringify(query.q)} (${query.kind ?? '?'})  expected ${query.expect.join(' | ')}; ` + (keys.length ? `first ${keys[0]}${rank ? `, hit at ${rank}` : ', no hit in the first ten'}` : 'no results') + (args.verbose ? `  [${status.trim()}]${followed ? ' (followed the English hint)' : ''}` : ''));
        }
      }
      await context.close();
      latencies.sort((a, b) => a - b);
      if (latencies.length) timing.push(`${set.locale} median ${latencies[Math.floor(latencies.length / 2)]!.toFixed(0)} ms, slowest ${latencies.at(-1)!.toFixed(0)} ms`);
      const n = outcomes.length;
      rows.push({
        locale: set.locale,
        n,
        p1: outcomes.filter((o) => o.rank === 1).length / n,
        r3: outcomes.filter((o) => o.rank >= 1 && o.rank <= 3).length / n,
        mrr: outcomes.reduce((s, o) => s + (o.rank ? 1 / o.rank : 0), 0) / n,
      });
      all.push(...outcomes);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const n = all.length;
  const total = {
    locale: 'all',
    n,
    p1: all.filter((o) => o.rank === 1).length / n,
    r3: all.filter((o) => o.rank >= 1 && o.rank <= 3).length / n,
    mrr: all.reduce((s, o) => s + (o.rank ? 1 / o.rank : 0), 0) / n,
  };
  console.log(`\nsearch:eval  set ${resolve(args.set!)}  site ${dist}\n`);
  console.log('| locale | queries | P@1 | R@3 | MRR |\n| --- | ---: | ---: | ---: | ---: |');
  for (const r of [...rows, total]) console.log(`| ${r.locale} | ${r.n} | ${fmt(r.p1)} | ${fmt(r.r3)} | ${fmt(r.mrr)} |`);
  if (timing.length) console.log(`\nResults after the last key (this machine; the dialog waits 60 ms for typing to pause): ${timing.join('; ')}`);
  console.log(misses.length ? `\nMisses at rank 1 (${misses.length}):\n${misses.join('\n')}` : '\nNo misses.');
  if (args.json) {
    const { writeFileSync } = await import('node:fs');
    writeFileSync(args.json, JSON.stringify({ rows: [...rows, total], outcomes: all }, null, 2));
  }
}

await main();
