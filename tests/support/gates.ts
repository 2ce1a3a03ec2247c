/**
 * Site-wide quality gates as functions that return problems (empty = pass),
 * so the same code checks the real build (tests/build/gates.test.ts) and the
 * deliberately broken fixture site (tests/fixtures/broken-site/), which
 * proves each gate can fail.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import type { Page } from './site.ts';

export interface Site {
  pages: Page[];
  /** The site's origin as canonical URLs spell it, e.g. http://localhost:4321 */
  origin: string;
  /** The built directory. */
  dir: string;
}

const text = (el: HTMLElement | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

function pageAt(site: Site, url: string): Page | undefined {
  const u = new URL(url, `${site.origin}/`);
  return site.pages.find((p) => p.path === u.pathname || p.path === decodeURIComponent(u.pathname));
}

function exists(site: Site, url: string): boolean {
  const u = new URL(url, `${site.origin}/`);
  if (u.origin !== site.origin) return false;
  const file = join(site.dir, decodeURIComponent(u.pathname));
  return (existsSync(file) && statSync(file).isFile()) || existsSync(join(file, 'index.html'));
}

/** Internal links and #anchors resolve; external links are https and new-tab links carry rel=noopener. */
export function linkProblems(site: Site): string[] {
  const out: string[] = [];
  for (const page of site.pages) {
    for (const a of page.doc.querySelectorAll('a[href]')) {
      const href = a.getAttribute('href')!;
      const at = `${page.path}: ${href.slice(0, 80)}`;
      if (href.startsWith('mailto:')) continue;
      const url = new URL(href, `${site.origin}${page.path}`);
      if (url.origin !== site.origin) {
        if (url.protocol !== 'https:') out.push(`${at} is not https`);
        if (a.getAttribute('target') === '_blank' && !/\bnoopener\b/.test(a.getAttribute('rel') ?? '')) out.push(`${at} opens a new tab without rel="noopener"`);
        continue;
      }
      if (!exists(site, url.href)) {
        out.push(`${at} does not exist`);
        continue;
      }
      if (url.hash) {
        const target = url.pathname === new URL(`${site.origin}${page.path}`).pathname ? page : pageAt(site, url.href);
        const id = decodeURIComponent(url.hash.slice(1));
        if (target && !target.doc.querySelector(`[id="${id}"]`)) out.push(`${at}: no element with id "${id}"`);
      }
    }
  }
  return out;
}

const hreflangs = (p: Page) => new Map(p.doc.querySelectorAll('link[rel="alternate"][hreflang]').map((l) => [l.getAttribute('hreflang')!, l.getAttribute('href')!]));
const indexable = (p: Page) => !/noindex/.test(p.doc.querySelector('meta[name="robots"]')?.getAttribute('content') ?? '') && !p.path.endsWith('404.html');

/** Canonical absolute and self-referencing; hreflang complete, reciprocal, valid BCP-47, with x-default. */
export function seoProblems(site: Site): string[] {
  const out: string[] = [];
  for (const page of site.pages.filter(indexable)) {
    const self = `${site.origin}${page.path}`;
    const canonical = page.doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
    if (canonical !== self) out.push(`${page.path}: canonical is ${canonical ?? 'missing'}, expected ${self}`);
    const set = hreflangs(page);
    if (!set.has('x-default')) out.push(`${page.path}: hreflang has no x-default`);
    if (![...set.values()].includes(self)) out.push(`${page.path}: hreflang does not include the page itself`);
    for (const [tag, href] of set) {
      if (tag !== 'x-default') {
        let valid = false;
        try {
          valid = Intl.getCanonicalLocales(tag)[0] === tag;
        } catch {
          valid = false;
        }
        if (!valid) out.push(`${page.path}: hreflang "${tag}" is not a canonical BCP-47 tag`);
      }
      const target = pageAt(site, href);
      if (!target) {
        out.push(`${page.path}: hreflang ${tag} → ${href} does not exist`);
        continue;
      }
      if (JSON.stringify([...hreflangs(target)].sort()) !== JSON.stringify([...set].sort())) out.push(`${page.path}: hreflang set differs on ${target.path} (not reciprocal)`);
    }
  }
  return out;
}

interface Faq {
  '@type': 'FAQPage';
  mainEntity: { '@type': string; name?: string; acceptedAnswer?: { text?: string } }[];
}
interface Crumbs {
  '@type': 'BreadcrumbList';
  itemListElement: { position: number; name: string; item: string }[];
}

/** JSON-LD parses, holds no HTML entities or "<", FAQPage equals the visible FAQ, BreadcrumbList is well-formed. */
export function structuredDataProblems(site: Site): string[] {
  const out: string[] = [];
  for (const page of site.pages) {
    for (const s of page.doc.querySelectorAll('script[type="application/ld+json"]')) {
      const raw = s.rawText;
      if (/&(amp|lt|gt|quot|#\d+);/.test(raw)) out.push(`${page.path}: HTML entities inside JSON-LD`);
      if (raw.includes('<')) out.push(`${page.path}: a raw "<" inside JSON-LD (could close the script)`);
      let data: Faq | Crumbs;
      try {
        data = JSON.parse(raw) as Faq | Crumbs;
      } catch (e) {
        out.push(`${page.path}: JSON-LD does not parse (${(e as Error).message})`);
        continue;
      }
      if (data['@type'] === 'FAQPage') {
        const visible = page.doc.querySelectorAll('.faq > div').map((d) => ({ q: text(d.querySelector('h3')), a: d.querySelectorAll('p').map((p) => text(p)).join(' ') }));
        // Both sides with white space folded the same way: a no-break space (typography in bg, ru, sl) is white space in the visible text too.
        const fold = (s: string) => s.replace(/\s+/g, ' ').trim();
        const ld = data.mainEntity.map((q) => ({ q: fold(q.name ?? ''), a: fold(q.acceptedAnswer?.text ?? '') }));
        if (data.mainEntity.some((q) => q['@type'] !== 'Question' || !q.name || !q.acceptedAnswer?.text)) out.push(`${page.path}: a FAQ Question lacks name or acceptedAnswer.text`);
        if (JSON.stringify(ld) !== JSON.stringify(visible)) out.push(`${page.path}: FAQPage JSON-LD differs from the visible FAQ`);
      }
      if (data['@type'] === 'BreadcrumbList') {
        data.itemListElement.forEach((item, i) => {
          if (item.position !== i + 1) out.push(`${page.path}: breadcrumb ${i + 1} has position ${item.position}`);
          if (!/^https?:\/\//.test(item.item)) out.push(`${page.path}: breadcrumb item "${item.item}" is not absolute`);
          else if (!exists(site, item.item)) out.push(`${page.path}: breadcrumb item ${item.item} does not exist`);
        });
      }
    }
  }
  return out;
}
