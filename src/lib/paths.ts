/**
 * URL paths of every page type, without the deployment base. Slugs are the
 * same in every locale (the file name is the translation key), so switching
 * language only swaps the first segment.
 */
import { defaultLocale, locales } from '../i18n/locales.ts';

export type PageKey =
  | { type: 'home' }
  | { type: 'search' }
  | { type: 'category'; slug: string }
  /** The list of a locale's guides. */
  | { type: 'guides' }
  | { type: 'guide'; slug: string };

export function pathFor(locale: string, page: PageKey): string {
  switch (page.type) {
    case 'home':
      return `/${locale}/`;
    case 'search':
      return `/${locale}/search/`;
    case 'category':
      return `/${locale}/${page.slug}/`;
    case 'guides':
      return `/${locale}/guides/`;
    case 'guide':
      return `/${locale}/guides/${page.slug}/`;
  }
}

/** Prefixes a site path with the deployment base ("/" or "/sub/path/"). */
export function withBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${b}${path}`;
}

/** Which locales have a real (not fallback) version of each page, keyed by pageId(). */
export type Availability = ReadonlyMap<string, ReadonlySet<string>>;

export const pageId = (page: PageKey) => ('slug' in page ? `${page.type}:${page.slug}` : page.type);

export function availability(entries: {
  categories: readonly { locale: string; slug: string }[];
  guides: readonly { locale: string; slug: string }[];
}): Availability {
  const map = new Map<string, Set<string>>();
  const add = (page: PageKey, locale: string) => {
    const id = pageId(page);
    if (!map.has(id)) map.set(id, new Set());
    map.get(id)!.add(locale);
  };
  // Pages made of UI strings and lists exist in every locale: where a
  // locale lacks some of the listed entries, the list shows them as fallbacks.
  for (const l of locales) {
    add({ type: 'home' }, l.code);
    add({ type: 'search' }, l.code);
    add({ type: 'guides' }, l.code);
  }
  for (const c of entries.categories) add({ type: 'category', slug: c.slug }, c.locale);
  for (const g of entries.guides) add({ type: 'guide', slug: g.slug }, g.locale);
  return map;
}

export interface Alternate {
  hreflang: string;
  path: string;
}

/**
 * The hreflang set of a page: one entry per locale with a real translation,
 * plus x-default (the language chooser for the home page, the default
 * locale's version otherwise). Every member of the set gets the same list,
 * which is what makes it reciprocal.
 */
export function alternatesFor(page: PageKey, available: Availability): Alternate[] {
  const have = available.get(pageId(page)) ?? new Set<string>();
  const list: Alternate[] = locales.filter((l) => have.has(l.code)).map((l) => ({ hreflang: l.tag, path: pathFor(l.code, page) }));
  if (list.length === 0) return list;
  const xDefault = page.type === 'home' ? '/' : have.has(defaultLocale) ? pathFor(defaultLocale, page) : list[0]!.path;
  list.push({ hreflang: 'x-default', path: xDefault });
  return list;
}

/** Parses a base-less site path back into a locale and page, or null for other paths. */
export function parsePath(path: string): { locale: string; page: PageKey } | null {
  const m = /^\/([^/]+)\/(?:(guides)\/([^/]+)\/|([^/]+)\/)?$/.exec(path);
  if (!m) return null;
  const [, locale, guides, guide, category] = m;
  if (!locales.some((l) => l.code === locale)) return null;
  if (guides) return { locale: locale!, page: { type: 'guide', slug: guide! } };
  if (category === 'search') return { locale: locale!, page: { type: 'search' } };
  if (category === 'guides') return { locale: locale!, page: { type: 'guides' } };
  if (category) return { locale: locale!, page: { type: 'category', slug: category } };
  return { locale: locale!, page: { type: 'home' } };
}
