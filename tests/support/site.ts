/**
 * The built site as data: every HTML page of dist/ parsed once, with helpers
 * the build checks share.
 */
import { readFileSync, statSync, existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { listFiles } from '../../src/lib/fs/files.ts';
import { resolveSiteOrigin } from '../../src/lib/site-origin.ts';

export const DIST = join(process.cwd(), 'dist');
/** The origin the build used: the same resolution as astro.config.mjs (SITE, then the host's variables). */
export const SITE = resolveSiteOrigin(process.env).site;
export const ORIGIN = new URL(SITE).origin;

export interface Page {
  /** Site path, e.g. "/en/refund-requests/" ("/404.html" for 404s). */
  path: string;
  file: string;
  html: string;
  doc: HTMLElement;
}

/** Every HTML page under `dir` (a built site), parsed. */
export function loadPages(dir: string): Page[] {
  return listFiles(dir)
    .filter((f) => f.endsWith('.html') && !relative(dir, f).startsWith(`pagefind${sep}`))
    .map((file) => {
      const rel = `/${relative(dir, file).split(sep).join('/')}`;
      const path = rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
      const html = readFileSync(file, 'utf8');
      return { path, file, html, doc: parse(html, { comment: false }) };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

let cache: Page[] | undefined;
export function pages(): Page[] {
  if (cache) return cache;
  if (!existsSync(DIST)) throw new Error('dist/ does not exist: run `npm run build` first (npm test does).');
  return (cache = loadPages(DIST));
}

export const is404 = (p: Page) => p.path.endsWith('404.html');
export const isIndexable = (p: Page) => !/noindex/.test(p.doc.querySelector('meta[name="robots"]')?.getAttribute('content') ?? '');

/** Does this absolute or site URL point at a file in dist? */
export function existsInDist(url: string): boolean {
  const u = new URL(url, SITE);
  if (u.origin !== ORIGIN) return false;
  const path = decodeURIComponent(u.pathname);
  const file = join(DIST, path);
  return (existsSync(file) && statSync(file).isFile()) || existsSync(join(file, 'index.html'));
}

/** White space as a reader sees it: runs (no-break spaces included) folded to one space. */
export const fold = (s: string) => s.replace(/\s+/g, ' ').trim();
export const text = (el: HTMLElement | null | undefined) => fold(el?.textContent ?? '');

export function jsonLd(page: Page): unknown[] {
  return page.doc.querySelectorAll('script[type="application/ld+json"]').map((s) => JSON.parse(s.rawText));
}

export type PageType = 'root' | 'home' | 'category' | 'guides' | 'guide' | 'search' | '404';

/** What kind of page a built page is, from its path and content. */
export function pageType(p: Page): PageType {
  if (p.path === '/') return 'root';
  if (is404(p)) return '404';
  if (/^\/[^/]+\/$/.test(p.path)) return 'home';
  if (/^\/[^/]+\/search\/$/.test(p.path)) return 'search';
  if (/^\/[^/]+\/guides\/$/.test(p.path)) return 'guides';
  if (/^\/[^/]+\/guides\/[^/]+\/$/.test(p.path)) return 'guide';
  return 'category';
}

/**
 * One page of each type in each locale, for the expensive browser checks
 * (axe in two colour schemes): the catalogue grows, the test time must not
 * (DEVELOPERS.md: npm test ≤ 10 minutes). The static checks still read every
 * page. The representative of a type is its richest page: the category page
 * with the most templates, the longest guide, so the most markup is checked.
 * `A11Y_PAGES=all` checks every page; `A11Y_PAGES=/th/x/,/es/y/` adds pages a
 * change touched.
 */
export function representativePages(all: Page[] = pages(), env: string | undefined = process.env.A11Y_PAGES): Page[] {
  if (env === 'all') return all;
  const best = new Map<string, Page>();
  const weight = (p: Page) => (pageType(p) === 'category' ? p.doc.querySelectorAll('article.template').length * 1e7 + p.html.length : p.html.length);
  for (const p of all) {
    const key = `${p.path.split('/')[1] ?? ''}|${pageType(p)}`;
    const current = best.get(key);
    if (!current || weight(p) > weight(current)) best.set(key, p);
  }
  const extra = (env ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  return all.filter((p) => [...best.values()].includes(p) || extra.includes(p.path));
}
