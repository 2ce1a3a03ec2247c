/**
 * `npm run bench`: how build and search cost grow with the catalogue.
 *
 * For each size (about 100, 1,000, 3,000 and 10,000 built pages) it writes a
 * synthetic catalogue into a temporary copy of the site, builds it with
 * `npm run build` (astro build, then the Pagefind index), and measures: Astro
 * and Pagefind seconds, ms per page, peak RSS of the whole process tree (and
 * of each step), size of dist/, Pagefind bundle size and file count, and the
 * share cards' cost: ms per card with an empty cache (the build's own card
 * step) and with a warm one (the same step run again over the built site),
 * and their total size. On the largest site it opens
 * Chromium and counts the bytes fetched for one typical search query.
 *
 *   npm run bench                 all sizes
 *   npm run bench -- --max 1000   stop after the size nearest 1,000 pages
 *   npm run bench -- --keep       keep the last synthetic site (for profiling)
 *   npm run bench -- --only 10000 one size only (the query-size budget is measured on the largest)
 *
 * The synthetic catalogue reuses the real templates of each locale (Thai
 * included), reshuffled per category so the index sees varied text: every
 * category has nine templates of 80–170 words, ten subject lines, tips and
 * a FAQ, spread over all enabled locales. The table is printed and written
 * as JSON to .bench/ so runs can be compared.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { locales } from '../src/i18n/locales.ts';
import { listFiles } from '../src/lib/fs/files.ts';
import { serveStatic } from '../tests/support/server.ts';
import { writeCards } from '../src/integrations/share-cards.ts';
import { CardCache } from '../src/lib/share-card/cache.ts';
import { launchBrowser } from '../tests/support/browser.ts';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const maxArg = args.indexOf('--max');
const max = maxArg >= 0 ? Number(args[maxArg + 1]) : Infinity;
/** --keep: leave the last synthetic site in place (for profiling) and print where. */
const keep = args.includes('--keep');
const SIZES = [100, 1_000, 3_000, 10_000];
const onlyArg = args.indexOf('--only');
const only = onlyArg >= 0 ? Number(args[onlyArg + 1]) : undefined;
if (only !== undefined && !SIZES.includes(only)) throw new Error(`--only takes one of ${SIZES.join(', ')} (got ${args[onlyArg + 1]})`);
const TARGETS = only !== undefined ? [only] : SIZES.filter((t) => t <= max || t === 100);

// ---------------------------------------------------------------- catalogue



const split = (src: string) => {
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(src);
  if (!m) throw new Error('bad front matter');
  return { yaml: m[1]!, body: m[2]! };
};

/** Per locale: the real category files and their templates, as source text. */
function realCatalogue() {
  return Object.fromEntries(
    locales.map((l) => {
      const categories = listFiles(join(root, 'src/content/categories', l.code)).map((f) => ({
        slug: f.split('/').pop()!.replace(/\.mdx?$/, ''),
        source: readFileSync(f, 'utf8'),
        templates: listFiles(join(root, 'src/content/templates', l.code, f.split('/').pop()!.replace(/\.mdx?$/, ''))).map((t) => ({
          id: t.split('/').pop()!.replace(/\.md$/, ''),
          source: readFileSync(t, 'utf8'),
        })),
      }));
      const guides = listFiles(join(root, 'src/content/guides', l.code)).map((f) => ({ slug: f.split('/').pop()!.replace(/\.mdx$/, ''), source: readFileSync(f, 'utf8') }));
      return [l.code, { categories, guides }];
    }),
  );
}

/** Pages per locale besides categories and guides: home, list of guides, search, 404. */
const FIXED_PAGES = 4;
/** Pages a catalogue of `n` categories per locale builds into. */
const pagesFor = (n: number, guides: number) => locales.length * (n + guides + FIXED_PAGES) + 2;

function writeCatalogue(dir: string, perLocale: number) {
  const real = realCatalogue();
  const content = join(dir, 'src', 'content');
  rmSync(content, { recursive: true, force: true });
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(content, path)), { recursive: true });
    writeFileSync(join(content, path), text);
  };
  for (const l of locales) {
    const { categories, guides } = real[l.code]!;
    for (const g of guides) write(`guides/${l.code}/${g.slug}.mdx`, g.source.replace(/categories: \[[^\]]*\]/, `categories: [${categories[0]!.slug}]`));
    for (let i = 0; i < perLocale; i++) {
      const base = categories[i % categories.length]!;
      const slug = i < categories.length ? base.slug : `${base.slug}-${i}`;
      const { yaml, body } = split(base.source);
      // Keep the real category's data; number the copies, drop cross references. Links go both ways
      // (the content check): the first category lists every guide, and every guide lists it alone.
      const data = yaml
        .replace(/^(title|navTitle): (.*)$/gm, (_m, k: string, v: string) => {
          // Numbered copies keep within the 60-grapheme title rule (Spanish titles are up to 57 long).
          const n = ` ${i + 1}`;
          const text = [...new Intl.Segmenter().segment(v.replace(/^"|"$/g, ''))].map((g) => g.segment);
          return `${k}: ${JSON.stringify(`${text.slice(0, 60 - n.length).join('').trimEnd()}${n}`)}`;
        })
        .replace(/^guides: .*$/m, `guides: [${i === 0 ? guides.map((g) => g.slug).join(', ') : ''}]`)
        .replace(/^related: .*$/m, 'related: []')
        .replace(/^order: .*$/m, `order: ${i + 1}`);
      // Links to templates point at this copy's templates (written below as <id>-<i>); in YAML the quotes are escaped.
      const relink = (text: string) => text.replace(/(<TemplateLink id=\\?")([a-z0-9-]+)(\\?")/g, `$1$2-${i}$3`);
      write(`categories/${l.code}/${slug}.mdx`, `---\n${relink(data)}\n---\n${relink(body)}`);
      // Nine templates whose paragraphs come from different real templates, so every category reads differently.
      const all = categories.flatMap((c) => c.templates);
      base.templates.forEach((t, k) => {
        const { yaml: ty, body: tb } = split(t.source);
        const other = split(all[(i * 7 + k * 3) % all.length]!.source).body.split('\n\n');
        const paragraphs = tb.split('\n\n');
        // Swap one middle paragraph with another template's (same locale, same placeholder labels).
        if (paragraphs.length > 3 && other.length > 3 && !/^[->]/.test(other[1]!) && !/^[->]/.test(paragraphs[1]!)) paragraphs[1] = other[1]!;
        write(`templates/${l.code}/${slug}/${t.id}-${i}.md`, `---\n${ty}\n---\n${paragraphs.join('\n\n')}`);
      });
    }
  }
}

// ---------------------------------------------------------------- measuring

/** RSS of a process and all its descendants, in bytes: in all, and of the Pagefind processes alone. */
function treeRss(pid: number): { total: number; pagefind: number } {
  const out = execFileSync('ps', ['-eo', 'pid=,ppid=,rss=,comm='], { encoding: 'utf8' });
  const rows = out.trim().split('\n').map((l) => {
    const [p, pp, r, comm] = l.trim().split(/\s+/);
    return { pid: Number(p), ppid: Number(pp), rss: Number(r) * 1024, comm: comm ?? '' };
  });
  const children = new Map<number, typeof rows>();
  for (const row of rows) children.set(row.ppid, [...(children.get(row.ppid) ?? []), row]);
  let total = 0;
  let pagefind = 0;
  const stack = rows.filter((r) => r.pid === pid);
  while (stack.length) {
    const row = stack.pop()!;
    total += row.rss;
    if (row.comm.startsWith('pagefind')) pagefind += row.rss;
    stack.push(...(children.get(row.pid) ?? []));
  }
  return { total, pagefind };
}

/** `npm run build` (scripts/build.ts): astro build, then the search index once Astro has exited. */
async function build(dir: string, cardCache: string) {
  const started = performance.now();
  const child = spawn(join(root, 'node_modules', '.bin', 'node'), ['scripts/build.ts'], {
    cwd: dir,
    env: { ...process.env, SHARE_CARD_CACHE: cardCache, FORCE_COLOR: '0', PATH: `${join(root, 'node_modules', '.bin')}:${process.env.PATH}` },
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  let peak = 0;
  let peakAstro = 0;
  let peakPagefind = 0;
  const timer = setInterval(() => {
    try {
      const { total, pagefind } = treeRss(child.pid!);
      peak = Math.max(peak, total);
      peakPagefind = Math.max(peakPagefind, pagefind);
      if (pagefind === 0) peakAstro = Math.max(peakAstro, total);
    } catch {
      // the process tree changed while we looked; next sample
    }
  }, 100);
  const code = await new Promise<number | null>((res) => child.on('close', res));
  clearInterval(timer);
  const seconds = (performance.now() - started) / 1000;
  if (code !== 0) throw new Error(`npm run build failed:\n${output.slice(-3000)}`);
  const pagefindMs = Number(/search: indexed \d+ pages .* in (\d+) ms/.exec(output)?.[1] ?? NaN);
  const cards = /share cards: (\d+) written \((\d+) rendered, \d+ from cache\) in (\d+) ms/.exec(output);
  if (!cards || cards[1] !== cards[2]) throw new Error(`expected every share card rendered from an empty cache:\n${output.slice(-2000)}`);
  return { seconds, pagefindSeconds: pagefindMs / 1000, peak, peakAstro, peakPagefind, cards: Number(cards[1]), cardsColdMs: Number(cards[3]) };
}

const sizeOf = (dir: string) => listFiles(dir).reduce((n, f) => n + statSync(f).size, 0);

async function searchBytes(dist: string, query: string) {
  const server = await serveStatic(dist);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/en/`);
    await page.waitForFunction(() => customElements.get('mk-search') !== undefined);
    const before = new Set<string>();
    let bytes = 0;
    let requests = 0;
    page.on('requestfinished', async (r) => {
      if (!r.url().includes('/pagefind/') || before.has(r.url())) return;
      requests++;
      bytes += (await r.sizes()).responseBodySize;
    });
    await page.keyboard.press('/');
    await page.keyboard.type(query, { delay: 40 });
    await page.locator('dialog[open] [role="option"]').first().waitFor({ timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    return { bytes, requests };
  } finally {
    await browser.close();
    await server.close();
  }
}

// ---------------------------------------------------------------- main

const work = mkdtempSync(join(tmpdir(), 'mailkit-bench-'));
for (const name of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'public', 'src', 'scripts']) cpSync(join(root, name), join(work, name), { recursive: true });
symlinkSync(join(root, 'node_modules'), join(work, 'node_modules'), 'dir');

interface Row {
  pages: number;
  categories: number;
  templates: number;
  astroSeconds: number;
  pagefindSeconds: number;
  msPerPage: number;
  peakRssMB: number;
  /** Peak of the `astro build` process tree, and of the Pagefind runs (two languages at a time). */
  astroPeakMB: number;
  pagefindPeakMB: number;
  distMB: number;
  pagefindMB: number;
  pagefindFiles: number;
  cards: number;
  /** The card step per card: empty cache (inside the build), warm cache (run again). */
  cardColdMs: number;
  cardWarmMs: number;
  cardsMB: number;
}
const rows: Row[] = [];
const guides = 2;
let search: { bytes: number; requests: number } | undefined;
try {
  for (const target of TARGETS) {
    const perLocale = Math.max(2, Math.round((target - 2) / locales.length - guides - FIXED_PAGES));
    writeCatalogue(work, perLocale);
    rmSync(join(work, 'dist'), { recursive: true, force: true });
    process.stdout.write(`building ~${pagesFor(perLocale, guides)} pages (${perLocale} categories × ${locales.length} locales)… `);
    const cardCache = join(work, '.card-cache');
    rmSync(cardCache, { recursive: true, force: true });
    const { seconds, pagefindSeconds, peak, peakAstro, peakPagefind, cards, cardsColdMs } = await build(work, cardCache);
    const dist = join(work, 'dist');
    const warm = await writeCards(dist, new URL(process.env.SITE ?? 'http://localhost:4321').origin, process.env.BASE ?? '/', new CardCache(cardCache));
    if (warm.rendered !== 0) throw new Error(`a warm card cache re-rendered ${warm.rendered} cards`);
    const pages = listFiles(dist).filter((f) => f.endsWith('.html') && !f.includes('/pagefind/')).length;
    const pf = listFiles(join(dist, 'pagefind'));
    rows.push({
      pages,
      categories: perLocale * locales.length,
      templates: perLocale * locales.length * 9,
      astroSeconds: +(seconds - pagefindSeconds).toFixed(1),
      pagefindSeconds: +pagefindSeconds.toFixed(1),
      msPerPage: +((seconds * 1000) / pages).toFixed(2),
      peakRssMB: Math.round(peak / 2 ** 20),
      astroPeakMB: Math.round(peakAstro / 2 ** 20),
      pagefindPeakMB: Math.round(peakPagefind / 2 ** 20),
      distMB: +(sizeOf(dist) / 2 ** 20).toFixed(1),
      pagefindMB: +(pf.reduce((n, f) => n + statSync(f).size, 0) / 2 ** 20).toFixed(1),
      pagefindFiles: pf.length,
      cards,
      cardColdMs: +(cardsColdMs / cards).toFixed(1),
      cardWarmMs: +(warm.ms / cards).toFixed(2),
      cardsMB: +(warm.bytes / 2 ** 20).toFixed(1),
    });
    console.log(`${seconds.toFixed(1)} s`);
  }
  search = await searchBytes(join(work, 'dist'), 'refund');
} finally {
  if (keep) console.log(`Kept the synthetic site in ${work}`);
  else rmSync(work, { recursive: true, force: true });
}

const header = ['pages', 'categories', 'templates', 'Astro s', 'Pagefind s', 'ms/page', 'peak RSS MB', 'Astro MB', 'Pagefind MB', 'dist MB', 'bundle MB', 'bundle files', 'cards', 'card ms cold', 'card ms warm', 'cards MB'];
const body = rows.map((r) =>
  [r.pages, r.categories, r.templates, r.astroSeconds, r.pagefindSeconds, r.msPerPage, r.peakRssMB, r.astroPeakMB, r.pagefindPeakMB, r.distMB, r.pagefindMB, r.pagefindFiles, r.cards, r.cardColdMs, r.cardWarmMs, r.cardsMB].map(String),
);
const widths = header.map((_, i) => Math.max(...[header, ...body].map((row) => row[i]!.length)));
console.log(`\n${[header, ...body].map((row) => row.map((c, i) => c.padStart(widths[i]!)).join('  ')).join('\n')}`);
console.log(`\nOne search ("refund", typed in the dialog on /en/) on the ${rows.at(-1)!.pages}-page site fetched ${(search!.bytes / 1024).toFixed(1)} KB in ${search!.requests} requests from pagefind/.`);

mkdirSync(join(root, '.bench'), { recursive: true });
const file = join(root, '.bench', `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
writeFileSync(file, JSON.stringify({ date: new Date().toISOString(), machine: { cpus: (await import('node:os')).cpus().length, node: process.version }, rows, search }, null, 2));
console.log(`Written to ${file}`);
