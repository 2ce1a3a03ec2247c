/**
 * @astrojs/sitemap options derived from the locale table and the checked
 * catalogue: only real pages (no fallbacks, no 404s) are listed, each with
 * the same hreflang set its page carries in <head>, x-default included, and
 * a <lastmod> from when its content last changed (src/lib/seo/lastmod.ts).
 */
import type { SitemapOptions } from '@astrojs/sitemap';
import { alternatesFor, availability, pageId, parsePath, withBase, type PageKey } from '../paths.ts';
import type { PageList } from '../../integrations/content-guard.ts';
import { w3cDate } from './lastmod.ts';

export interface SitemapSettings {
  site: string;
  base: string;
  /** When a page's content last changed (`locale` null for /); undefined leaves <lastmod> out. */
  lastmod?: (locale: string | null, page: PageKey) => Date | undefined;
}

export function sitemapOptions(catalogue: () => PageList, { site, base, lastmod }: SitemapSettings): SitemapOptions {
  const origin = new URL(site).origin;
  const prefix = withBase(base, '');
  // The plugin hands over URLs without a trailing slash (build.format
  // "preserve"); pages are served and canonicalised as directories.
  const toPath = (url: string) => {
    const path = new URL(url).pathname;
    const rel = path.startsWith(prefix) ? path.slice(prefix.length) || '/' : path;
    return rel.endsWith('/') ? rel : `${rel}/`;
  };
  const absolute = (path: string) => `${origin}${withBase(base, path)}`;
  let available: ReturnType<typeof availability> | undefined;
  const avail = () => (available ??= availability(catalogue()));

  /** The page behind a URL (locale null for the language chooser at /), or null when it stays out. */
  const pageOf = (url: string): { locale: string | null; page: PageKey } | null => {
    const path = toPath(url);
    if (path === '/') return { locale: null, page: { type: 'home' } };
    const parsed = parsePath(path);
    if (!parsed) return null;
    const { locale, page } = parsed;
    // Search result pages are not for search engines.
    if (page.type === 'search') return null;
    return avail().get(pageId(page))?.has(locale) ? parsed : null;
  };

  return {
    filter: (url) => pageOf(url) !== null,
    serialize(item) {
      const found = pageOf(item.url);
      const key: PageKey = found?.page ?? { type: 'home' };
      const date = found && lastmod?.(found.locale, found.page);
      return {
        ...item,
        url: absolute(toPath(item.url)),
        // A fresh array per entry: the plugin shares `links` between entries.
        links: alternatesFor(key, avail()).map((a) => ({ lang: a.hreflang, url: absolute(a.path) })),
        ...(date ? { lastmod: w3cDate(date) } : {}),
      };
    },
  };
}
