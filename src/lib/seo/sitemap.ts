/**
 * @astrojs/sitemap options derived from the locale table and the checked
 * catalogue: only real pages (no fallbacks, no 404s) are listed, each with
 * the same hreflang set its page carries in <head>, x-default included.
 */
import type { SitemapOptions } from '@astrojs/sitemap';
import { alternatesFor, availability, pageId, parsePath, withBase, type PageKey } from '../paths.ts';
import type { PageList } from '../../integrations/content-guard.ts';

export function sitemapOptions(catalogue: () => PageList, { site, base }: { site: string; base: string }): SitemapOptions {
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

  const pageOf = (url: string): PageKey | 'root' | null => {
    const path = toPath(url);
    if (path === '/') return 'root';
    const parsed = parsePath(path);
    if (!parsed) return null;
    const { locale, page } = parsed;
    // Search result pages are not for search engines.
    if (page.type === 'search') return null;
    return avail().get(pageId(page))?.has(locale) ? page : null;
  };

  return {
    filter: (url) => pageOf(url) !== null,
    serialize(item) {
      const page = pageOf(item.url);
      const key: PageKey = page === 'root' || page === null ? { type: 'home' } : page;
      // A fresh array per entry: the plugin shares `links` between entries.
      return { ...item, url: absolute(toPath(item.url)), links: alternatesFor(key, avail()).map((a) => ({ lang: a.hreflang, url: absolute(a.path) })) };
    },
  };
}
