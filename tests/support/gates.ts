/**
 * Site-wide quality gates as functions that return problems (empty = pass),
 * so the same code checks the real build (tests/build/gates.test.ts) and the
 * deliberately broken fixture site (tests/fixtures/broken-site/), which
 * proves each gate can fail.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fold, text, type Page } from './site.ts';
import { localeTable } from '../../src/i18n/locales.ts';
import { graphemeCount, MAX_TITLE } from '../../src/lib/seo/title.ts';
import { pngSize } from './png.ts';

export interface Site {
  pages: Page[];
  /** The site's origin as canonical URLs spell it, e.g. http://localhost:4321 */
  origin: string;
  /** The built directory. */
  dir: string;
}


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

const OG_LOCALE = /^[a-z]{2,3}_[A-Z]{2}$/;

/**
 * Titles, descriptions, Open Graph and share cards on every page: <title> at
 * most 60 graphemes; indexable pages' descriptions unique across the site;
 * og:locale in language_TERRITORY form and the page's own locale; og:image
 * absolute on this origin, a PNG in the built site with the declared size;
 * twitter:card summary_large_image with the same image. The root /404.html
 * (not a BaseLayout page, and never shared) needs only the title rule.
 */
export function socialProblems(site: Site): string[] {
  const out: string[] = [];
  const byDescription = new Map<string, string>();
  for (const page of site.pages) {
    const at = page.path;
    const meta = (attr: 'property' | 'name', key: string) => page.doc.querySelector(`meta[${attr}="${key}"]`)?.getAttribute('content') ?? undefined;
    const title = text(page.doc.querySelector('title'));
    if (!title) out.push(`${at}: no <title>`);
    else if (graphemeCount(title) > MAX_TITLE) out.push(`${at}: <title> is ${graphemeCount(title)} characters, over ${MAX_TITLE}: "${title}"`);
    if (page.path === '/404.html') continue;

    const description = meta('name', 'description');
    if (!description) out.push(`${at}: no meta description`);
    else if (indexable(page)) {
      const other = byDescription.get(description);
      if (other) out.push(`${at}: same description as ${other}`);
      else byDescription.set(description, at);
    }

    const lang = page.doc.querySelector('html')?.getAttribute('lang');
    const expected = localeTable.find((l) => l.tag === lang)?.ogLocale;
    const ogLocale = meta('property', 'og:locale');
    if (!ogLocale) out.push(`${at}: no og:locale`);
    else if (!OG_LOCALE.test(ogLocale)) out.push(`${at}: og:locale "${ogLocale}" is not language_TERRITORY`);
    else if (ogLocale !== expected) out.push(`${at}: og:locale "${ogLocale}" does not match lang="${lang}" (expected ${expected ?? 'a locale from src/i18n/locales.ts'})`);
    for (const alt of page.doc.querySelectorAll('meta[property="og:locale:alternate"]').map((m) => m.getAttribute('content') ?? '')) {
      if (!OG_LOCALE.test(alt)) out.push(`${at}: og:locale:alternate "${alt}" is not language_TERRITORY`);
      if (alt === ogLocale) out.push(`${at}: og:locale:alternate repeats og:locale`);
    }

    const image = meta('property', 'og:image');
    if (!image) {
      out.push(`${at}: no og:image`);
    } else if (!/^https?:\/\//.test(image) || new URL(image).origin !== site.origin) {
      out.push(`${at}: og:image ${image} is not an absolute URL on ${site.origin}`);
    } else {
      const file = join(site.dir, decodeURIComponent(new URL(image).pathname));
      const size = existsSync(file) ? pngSize(readFileSync(file)) : null;
      const declared = { width: Number(meta('property', 'og:image:width')), height: Number(meta('property', 'og:image:height')) };
      if (!existsSync(file)) out.push(`${at}: og:image ${image} does not exist in the built site`);
      else if (!size) out.push(`${at}: og:image ${image} is not a PNG`);
      else if (size.width !== declared.width || size.height !== declared.height) {
        out.push(`${at}: og:image is ${size.width}×${size.height}, but the page declares ${declared.width}×${declared.height}`);
      }
    }
    if (image) {
      if (meta('property', 'og:image:type') !== 'image/png') out.push(`${at}: og:image:type is not image/png`);
      if (!meta('property', 'og:image:alt')) out.push(`${at}: no og:image:alt`);
      if (meta('name', 'twitter:image') !== image) out.push(`${at}: twitter:image differs from og:image`);
      if (!meta('name', 'twitter:image:alt')) out.push(`${at}: no twitter:image:alt`);
    }
    const card = meta('name', 'twitter:card');
    if (card !== 'summary_large_image') out.push(`${at}: twitter:card is ${card ?? 'missing'}, expected summary_large_image`);
    for (const key of ['og:title', 'og:description']) if (!meta('property', key)) out.push(`${at}: no ${key}`);
    for (const key of ['twitter:title', 'twitter:description']) if (!meta('name', key)) out.push(`${at}: no ${key}`);
  }
  return out;
}
