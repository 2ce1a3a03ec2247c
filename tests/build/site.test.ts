/**
 * Checks over every page of the built site (dist/): the head and SEO rules,
 * structured data against the visible page, the switcher and the sitemap.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { listFiles } from '../../src/lib/fs/files.ts';
import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { defaultLocale, locales, localeTable } from '../../src/i18n/locales.ts';
import { pageDate, readContentDates } from '../../src/lib/seo/lastmod.ts';
import { checkContent } from '../../src/lib/content/validate.ts';
import { removeRecordFiles, writeRecordFiles } from '../../src/integrations/pagefind-index.ts';
import { templateRecords } from '../../src/lib/search/records.ts';
import { DIST, ORIGIN, SITE, existsInDist, fold, is404, isIndexable, jsonLd, pages, text, type Page } from '../support/site.ts';
import { useTranslations } from '../../src/i18n/ui/index.ts';

const projectRoot = resolve(import.meta.dirname, '../..');
const all = pages();
const localized = all.filter((p) => /^\/[^/]+\/(?:.*\/)?$/.test(p.path) && p.path !== '/');
const indexable = all.filter((p) => !is404(p) && isIndexable(p));
const localeOf = (p: Page) => localeTable.find((l) => p.path.startsWith(`/${l.code}/`));
const abs = (path: string) => new URL(path.replace(/^\//, ''), SITE.endsWith('/') ? SITE : `${SITE}/`).href;

/** Every sitemap file the index names, concatenated. */
function sitemapXml(): string {
  const index = readFileSync(join(DIST, 'sitemap-index.xml'), 'utf8');
  const files = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname.split('/').pop()!);
  return files.map((f) => readFileSync(join(DIST, f), 'utf8')).join('\n');
}

function hreflangs(p: Page): Map<string, string> {
  return new Map(p.doc.querySelectorAll('link[rel="alternate"][hreflang]').map((l) => [l.getAttribute('hreflang')!, l.getAttribute('href')!]));
}

describe('the build', () => {
  it('produces every page type in every enabled locale', () => {
    const paths = new Set(all.map((p) => p.path));
    expect(paths).toContain('/');
    expect(paths).toContain('/404.html');
    for (const l of locales) {
      expect(paths, l.code).toContain(`/${l.code}/`);
      expect(paths, l.code).toContain(`/${l.code}/404.html`);
      expect(paths, l.code).toContain(`/${l.code}/subscription-cancellation/`);
      expect(paths, l.code).toContain(`/${l.code}/guides/`);
      expect(paths, l.code).toContain(`/${l.code}/guides/reducing-cancellations/`);
    }
    expect(existsSync(join(DIST, 'robots.txt'))).toBe(true);
  });

  it('builds no page for a disabled locale', () => {
    for (const l of localeTable.filter((x) => !locales.includes(x))) {
      expect(all.filter((p) => p.path.startsWith(`/${l.code}/`)), l.code).toEqual([]);
    }
  });
});

describe.each(all.map((p) => [p.path, p] as const))('page %s', (_path, page) => {
  const locale = localeOf(page) ?? localeTable.find((l) => l.code === defaultLocale)!;

  it('has lang and dir from the locale table, a title and a description', () => {
    const html = page.doc.querySelector('html')!;
    expect(html.getAttribute('lang')).toBe(locale.tag);
    expect(html.getAttribute('dir')).toBe(locale.dir);
    expect(text(page.doc.querySelector('title')).length).toBeGreaterThan(3);
    if (!is404(page)) {
      const description = page.doc.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
      expect(description.length).toBeGreaterThan(20);
      expect(description.length).toBeLessThanOrEqual(160);
    }
  });

  it('has exactly one h1', () => {
    expect(page.doc.querySelectorAll('h1')).toHaveLength(1);
  });

  it('parses every JSON-LD block, with no HTML-escaped text inside', () => {
    for (const s of page.doc.querySelectorAll('script[type="application/ld+json"]')) {
      expect(() => JSON.parse(s.rawText)).not.toThrow();
      expect(s.rawText).not.toMatch(/&(amp|lt|gt|quot|#\d+);/);
      expect(s.rawText).not.toContain('<');
    }
  });

  it('links its switcher only to pages that exist', () => {
    const links = page.doc.querySelectorAll('.switcher a, .lang-menu a');
    if (!localeOf(page)) return;
    expect(links.length).toBe(locales.length * 2);
    for (const a of links) expect(existsInDist(a.getAttribute('href')!), a.getAttribute('href')).toBe(true);
  });

  it('resolves every internal link', () => {
    for (const a of page.doc.querySelectorAll('a[href]')) {
      const href = a.getAttribute('href')!;
      // "#" alone is the top of the page (the mail links' placeholder until the copy script gives them their URLs).
      if (href === '#') continue;
      if (href.startsWith('#')) {
        expect(page.doc.querySelector(`[id="${href.slice(1)}"]`), `${href} on ${page.path}`).not.toBeNull();
      } else if (!/^(https?:|mailto:)/.test(href) || href.startsWith(ORIGIN)) {
        expect(existsInDist(href), `${href} on ${page.path}`).toBe(true);
      }
    }
  });
});

describe.each(indexable.map((p) => [p.path, p] as const))('indexable page %s', (_path, page) => {
  it('has an absolute, self-referencing canonical', () => {
    expect(page.doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(abs(page.path));
  });

  it('has a complete, reciprocal hreflang set with x-default, pointing at pages that exist', () => {
    const set = hreflangs(page);
    expect(set.get('x-default')).toBeDefined();
    expect([...set.values()]).toContain(abs(page.path));
    for (const [tag, href] of set) {
      if (tag !== 'x-default') expect(Intl.getCanonicalLocales(tag)[0]).toBe(tag);
      expect(existsInDist(href), href).toBe(true);
      const target = all.find((p) => abs(p.path) === href)!;
      expect(Object.fromEntries(hreflangs(target)), `reciprocal with ${target.path}`).toEqual(Object.fromEntries(set));
    }
  });
});

describe('category pages', () => {
  const categoryPages = localized.filter((p) => p.doc.querySelector('.templates'));

  it('exist', () => {
    expect(categoryPages.length).toBeGreaterThanOrEqual(locales.length);
  });

  it.each(categoryPages.map((p) => [p.path, p] as const))('%s follows the page anatomy', (_path, page) => {
    // The side column (list of templates, fill-in panel) precedes the content in the DOM (see the page's comment).
    const sections = page.doc
      .querySelectorAll('main > nav, main > section, main > h1, .category-side > nav, .category-main > section')
      .map((e) => e.getAttribute('class') ?? e.tagName);
    expect(sections).toEqual(['breadcrumbs', 'H1', 'toc', 'tips-section prose', 'subjects-section prose', 'templates prose', 'faq', 'related prose']);
    const tips = page.doc.querySelectorAll('.tips > li');
    expect(tips.length).toBeGreaterThanOrEqual(3);
    expect(tips.length).toBeLessThanOrEqual(6);
    const subjects = page.doc.querySelectorAll('.subjects > li');
    expect(subjects.length).toBeGreaterThanOrEqual(6);
    const templates = page.doc.querySelectorAll('article.template');
    expect(templates.length).toBeGreaterThanOrEqual(1);
    const ids = templates.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const t of templates) {
      expect(t.id).toMatch(/^[a-z0-9-]+$/);
      // Search indexes each template as a record of its own (src/lib/search/records.ts), not as part of this page.
      expect(t.hasAttribute('data-pagefind-ignore')).toBe(true);
      expect(t.querySelector('[data-email-body]')).not.toBeNull();
    }
    expect(page.doc.querySelector('h1')?.getAttribute('data-pagefind-filter')).toMatch(/^category:.+/);
    expect(page.doc.querySelector('main')?.hasAttribute('data-pagefind-body')).toBe(true);
  });

  it.each(categoryPages.map((p) => [p.path, p] as const))('%s: FAQPage JSON-LD equals the visible FAQ', (_path, page) => {
    const faq = jsonLd(page).find((d) => (d as { '@type': string })['@type'] === 'FAQPage') as {
      mainEntity: { name: string; acceptedAnswer: { text: string } }[];
    };
    const visible = page.doc.querySelectorAll('.faq > div').map((d) => ({
      q: text(d.querySelector('h3')),
      a: d.querySelectorAll('p').map((p) => text(p)).join(' '),
    }));
    expect(visible.length).toBeGreaterThanOrEqual(3);
    expect(faq.mainEntity.map((q) => ({ q: q.name, a: q.acceptedAnswer.text.replace(/\s+/g, ' ').trim() }))).toEqual(visible);
  });

  it('marks placeholders for the copy feature, without raw brackets left unmarked', () => {
    for (const page of categoryPages) {
      for (const body of page.doc.querySelectorAll('[data-email-body]')) {
        const clone = parse(body.outerHTML);
        for (const ph of clone.querySelectorAll('.ph')) ph.remove();
        expect(text(clone), page.path).not.toMatch(/\[[^\]]+\]/);
      }
      for (const ph of page.doc.querySelectorAll('[data-email-body] .ph')) expect(ph.getAttribute('data-ph')).toMatch(/^[a-zA-Z]+$/);
    }
  });
});

describe('breadcrumbs', () => {
  const withCrumbs = localized.filter((p) => p.doc.querySelector('.breadcrumbs'));

  it('are on every category page, guide page and list of guides', () => {
    const expected = localized.filter((p) => p.doc.querySelector('.templates') || /\/guides\/(?:[^/]+\/)?$/.test(p.path));
    expect(withCrumbs.map((p) => p.path)).toEqual(expected.map((p) => p.path));
  });

  it.each(withCrumbs.map((p) => [p.path, p] as const))('%s: BreadcrumbList matches the visible breadcrumbs', (_path, page) => {
    const list = jsonLd(page).find((d) => (d as { '@type': string })['@type'] === 'BreadcrumbList') as {
      itemListElement: { position: number; name: string; item: string }[];
    };
    const visible = page.doc.querySelectorAll('.breadcrumbs a');
    expect(list.itemListElement.map((i) => i.position)).toEqual(visible.map((_, i) => i + 1));
    // White space folded on both sides: a no-break space in a title is typography, not a difference.
    expect(list.itemListElement.map((i) => fold(i.name))).toEqual(visible.map((a) => text(a)));
    for (const item of list.itemListElement) {
      expect(item.item.startsWith(ORIGIN)).toBe(true);
      expect(existsInDist(item.item), item.item).toBe(true);
    }
    expect(list.itemListElement.at(-1)!.item).toBe(abs(page.path));
  });

});

describe('the list of guides, /{locale}/guides/', () => {
  const { guides } = checkContent(projectRoot).catalogue;
  const slugs = guides
    .filter((g) => g.locale === defaultLocale)
    .sort((a, b) => a.data.order - b.data.order || a.slug.localeCompare(b.slug))
    .map((g) => g.slug);
  const at = (path: string) => all.find((p) => p.path === path);

  it('has guides to list', () => {
    expect(slugs.length).toBeGreaterThan(0);
  });

  it.each(locales.map((l) => [l.code, l] as const))('%s: lists every guide, linked, with title and summary in the right language', (code, l) => {
    const page = at(`/${code}/guides/`);
    expect(page, `/${code}/guides/ was not built`).toBeDefined();
    const cards = page!.doc.querySelectorAll('main .card');
    expect(cards.map((a) => a.getAttribute('href'))).toEqual(slugs.map((slug) => `/${code}/guides/${slug}/`));
    cards.forEach((card, i) => {
      const own = guides.find((g) => g.locale === code && g.slug === slugs[i]);
      const shown = own ?? guides.find((g) => g.locale === defaultLocale && g.slug === slugs[i])!;
      expect(text(card.querySelector('strong'))).toBe(fold(shown.data.title));
      expect(text(card.querySelector('span'))).toBe(fold(shown.data.summary));
      // A guide not yet translated is the default locale's text, marked as such.
      expect(card.querySelector('strong')!.getAttribute('lang') ?? l.tag).toBe(own ? l.tag : localeTable.find((x) => x.code === defaultLocale)!.tag);
    });
  });

  it.each(locales.map((l) => [l.code] as const))('%s: has its own title (≤ 60 characters) and description, and is linked from the home page', (code) => {
    const page = at(`/${code}/guides/`)!;
    const title = text(page.doc.querySelector('title'));
    expect(title.length, title).toBeLessThanOrEqual(60);
    const description = page.doc.querySelector('meta[name="description"]')!.getAttribute('content');
    const others = all.filter((p) => p !== page && p.path.startsWith(`/${code}/`));
    for (const other of others) {
      expect(text(other.doc.querySelector('title')), other.path).not.toBe(title);
      expect(other.doc.querySelector('meta[name="description"]')?.getAttribute('content'), other.path).not.toBe(description);
    }
    expect(at(`/${code}/`)!.doc.querySelectorAll('main a').map((a) => a.getAttribute('href'))).toContain(`/${code}/guides/`);
  });

  it.each(locales.map((l) => [l.code] as const))('%s: guide pages lead back through it (Templates › Guides › guide)', (code) => {
    for (const slug of slugs) {
      const crumbs = at(`/${code}/guides/${slug}/`)!.doc.querySelectorAll('.breadcrumbs a').map((a) => a.getAttribute('href'));
      expect(crumbs).toEqual([`/${code}/`, `/${code}/guides/`, `/${code}/guides/${slug}/`]);
    }
    expect(at(`/${code}/guides/`)!.doc.querySelectorAll('.breadcrumbs a').map((a) => a.getAttribute('href'))).toEqual([`/${code}/`, `/${code}/guides/`]);
  });

  it('is in the sitemap in every locale, with every locale and x-default as alternates', () => {
    const xml = sitemapXml();
    for (const l of locales) {
      const entry = [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map((m) => m[1]!).find((u) => u.includes(`<loc>${abs(`/${l.code}/guides/`)}</loc>`));
      expect(entry, `/${l.code}/guides/ in the sitemap`).toBeDefined();
      const links = new Map([...entry!.matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1]!, m[2]!]));
      expect(Object.fromEntries(links)).toEqual({
        ...Object.fromEntries(locales.map((x) => [x.tag, abs(`/${x.code}/guides/`)])),
        'x-default': abs(`/${defaultLocale}/guides/`),
      });
    }
  });
});

describe('fallback pages', () => {
  const fallbacks = localized.filter((p) => !is404(p) && !isIndexable(p) && !p.path.endsWith('/search/'));

  it.each(fallbacks.map((p) => [p.path, p] as const))('%s marks its foreign text with lang and is not indexed', (_path, page) => {
    const pageLang = page.doc.querySelector('html')!.getAttribute('lang');
    expect(page.doc.querySelector('.notice')).not.toBeNull();
    const h1 = page.doc.querySelector('h1')!;
    const contentLang = h1.getAttribute('lang') ?? h1.closest('[lang]:not(html)')?.getAttribute('lang');
    expect(contentLang).toBeTruthy();
    expect(contentLang).not.toBe(pageLang);
    expect(hreflangs(page).size).toBe(0);
  });

  it('keeps search pages out of search engines', () => {
    const search = localized.filter((p) => p.path.endsWith('/search/'));
    expect(search.map((p) => p.path).sort()).toEqual(locales.map((l) => `/${l.code}/search/`).sort());
    for (const p of search) expect(isIndexable(p), p.path).toBe(false);
  });
});

describe('sitemap', () => {
  const xml = sitemapXml();
  const entries = [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map((m) => ({
    loc: /<loc>([^<]+)<\/loc>/.exec(m[1]!)![1]!,
    lastmod: /<lastmod>([^<]*)<\/lastmod>/.exec(m[1]!)?.[1],
    links: new Map([...m[1]!.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)].map((l) => [l[1]!, l[2]!])),
  }));

  it('lists exactly the indexable pages, each once', () => {
    const locs = entries.map((e) => e.loc);
    expect(new Set(locs).size).toBe(locs.length);
    expect(new Set(locs)).toEqual(new Set(indexable.map((p) => abs(p.path))));
  });

  it('gives each page the same alternates as its <head>, x-default included', () => {
    for (const e of entries) {
      const page = indexable.find((p) => abs(p.path) === e.loc)!;
      expect(Object.fromEntries(e.links), e.loc).toEqual(Object.fromEntries(hreflangs(page)));
      expect(e.links.get('x-default'), e.loc).toBeDefined();
    }
  });

  // W3C Datetime (www.w3.org/TR/NOTE-datetime), as the sitemap protocol asks.
  const W3C_DATETIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/;

  it('gives every page a valid <lastmod>: when its content last changed', () => {
    expect(entries.length).toBeGreaterThan(0);
    for (const e of entries) {
      expect(e.lastmod, e.loc).toMatch(W3C_DATETIME);
      const date = new Date(e.lastmod!);
      expect(Number.isNaN(date.getTime()), e.loc).toBe(false);
      expect(date.getTime(), e.loc).toBeLessThanOrEqual(Date.now());
    }
    // The language chooser is as new as the newest page; a category page as its own content.
    const newest = Math.max(...entries.map((e) => new Date(e.lastmod!).getTime()));
    expect(new Date(entries.find((e) => e.loc === abs('/'))!.lastmod!).getTime()).toBe(newest);
    const category = readContentDates(projectRoot).files;
    const expected = pageDate(category, 'en', { type: 'category', slug: 'refund-requests' })!;
    expect(entries.find((e) => e.loc === abs('/en/refund-requests/'))?.lastmod).toBe(expected.toISOString());
  });

  it('is named in robots.txt', () => {
    expect(readFileSync(join(DIST, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${abs('/sitemap-index.xml')}`);
  });
});

describe('search index', () => {
  const entryOf = (dir: string) => JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };

  const records = (code: string) => templateRecords(join(projectRoot, 'src', 'content'), code);

  it('has one Pagefind index per enabled language, holding exactly the pages that opt in and one record per template', () => {
    const entry = entryOf(join(DIST, 'pagefind'));
    expect(Object.keys(entry.languages).sort()).toEqual(locales.map((l) => l.tag.toLowerCase()).sort());
    for (const l of locales) {
      const optedIn = all.filter((p) => p.path.startsWith(`/${l.code}/`) && p.doc.querySelector('[data-pagefind-body]')).length;
      // The templates the category pages show: one record each, no more, no fewer.
      const shown = all.filter((p) => p.path.startsWith(`/${l.code}/`)).flatMap((p) => p.doc.querySelectorAll('article.template[id]').map((a) => `${p.path.replace(/index\.html$/, '')}#${a.id}`));
      expect(shown.length, l.code).toBeGreaterThan(0);
      expect(records(l.code).map((r) => r.href).sort(), l.code).toEqual(shown.sort());
      expect(optedIn, l.code).toBeGreaterThan(0);
      expect(entry.languages[l.tag.toLowerCase()]?.page_count, l.tag).toBe(optedIn + shown.length);
    }
    // The record files were only there for the indexer.
    for (const l of locales) expect(existsSync(join(DIST, l.code, '_search-records')), l.code).toBe(false);
  });

  it('holds no UI text: buttons, the fill-in panel, the template actions and the table of contents are ignored', () => {
    for (const p of all) {
      const body = p.doc.querySelector('[data-pagefind-body]');
      if (!body) continue;
      const indexed = parse(body.outerHTML);
      for (const ignored of indexed.querySelectorAll('[data-pagefind-ignore]')) ignored.remove();
      expect(indexed.querySelectorAll('button, input, select, .fill, .actions, .toc, article.template').map((e) => e.outerHTML.slice(0, 80)), p.path).toEqual([]);
    }
  });

  // The build indexes each language in its own Pagefind run and merges the
  // bundles (src/integrations/pagefind-index.ts). The merge must be exactly
  // what one Pagefind run over the whole site writes.
  it('is byte-identical to the bundle of one Pagefind run over the whole site', () => {
    const single = mkdtempSync(join(tmpdir(), 'mailkit-pagefind-single-'));
    try {
      // The same template records the build wrote, for the length of the run.
      writeRecordFiles(DIST, records);
      let run;
      try {
        run = spawnSync(join(projectRoot, 'node_modules', '.bin', 'pagefind'), ['--site', DIST, '--output-path', single, '--quiet'], { encoding: 'utf8' });
      } finally {
        removeRecordFiles(DIST);
      }
      expect(run.status, run.stderr).toBe(0);
      const files = (dir: string) => listFiles(dir).map((f) => relative(dir, f)).sort();
      const merged = join(DIST, 'pagefind');
      expect(files(merged)).toEqual(files(single));
      expect(entryOf(merged)).toEqual(entryOf(single));
      for (const f of files(single)) expect(readFileSync(join(merged, f)).equals(readFileSync(join(single, f))), f).toBe(true);
    } finally {
      rmSync(single, { recursive: true, force: true });
    }
  });
});

describe('the home page groups the catalogue by theme', () => {
  it.each(locales.map((l) => [l.code] as const))('/%s/: every category under its theme, each group with its template count', (code) => {
    const home = pages().find((p) => p.path === `/${code}/`)!;
    const t = useTranslations(code);
    const groups = home.doc.querySelectorAll('.theme-group');
    expect(groups.length).toBeGreaterThan(0);
    const categoryLinks = new Set<string>();
    for (const g of groups) {
      const counts = g.querySelectorAll('.card .count').map((c) => Number(/\d+/.exec(c.textContent)![0]));
      const sum = counts.reduce((a, b) => a + b, 0);
      expect(fold(g.querySelector('.theme-count')!.textContent)).toBe(fold(t.plural('home.templateCount', sum)));
      for (const a of g.querySelectorAll('a.card')) categoryLinks.add(a.getAttribute('href')!);
    }
    const categories = pages().filter((p) => p.path.startsWith(`/${code}/`) && p.doc.querySelector('article.template'));
    expect(categoryLinks.size).toBe(categories.length);
  });
});
