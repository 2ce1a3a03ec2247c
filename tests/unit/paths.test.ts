/**
 * Page URLs and their parsing back (the sitemap decides what a URL is with
 * parsePath): every page type round-trips, and the list of guides is not
 * mistaken for a category called "guides".
 */
import { describe, expect, it } from 'vitest';
import { availability, alternatesFor, parsePath, pathFor, type PageKey } from '../../src/lib/paths.ts';
import { locales } from '../../src/i18n/locales.ts';

const pages: PageKey[] = [{ type: 'home' }, { type: 'search' }, { type: 'category', slug: 'refund-requests' }, { type: 'guides' }, { type: 'guide', slug: 'reducing-cancellations' }];

describe('paths', () => {
  it.each(pages.map((p) => [p.type, p] as const))('%s round-trips through pathFor and parsePath', (_type, page) => {
    for (const l of locales) expect(parsePath(pathFor(l.code, page))).toEqual({ locale: l.code, page });
  });

  it('puts the list of guides at /{locale}/guides/, in every locale, with x-default on the default locale', () => {
    expect(pathFor('sl', { type: 'guides' })).toBe('/sl/guides/');
    const alternates = alternatesFor({ type: 'guides' }, availability({ categories: [], guides: [] }));
    expect(alternates.map((a) => a.path)).toEqual([...locales.map((l) => `/${l.code}/guides/`), '/en/guides/']);
    expect(alternates.at(-1)!.hreflang).toBe('x-default');
  });
});
