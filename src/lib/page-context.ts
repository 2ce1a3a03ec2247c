/**
 * Everything a page needs to know about where it stands: its locale, which
 * page it is, which translations exist, and how to build URLs for the
 * deployment's SITE and BASE. Pages create one and pass it to the layout and
 * components, so no component re-derives these rules.
 */
import { getLocale, locales, type LocaleDefinition } from '../i18n/locales.ts';
import { useTranslations, type Translator } from '../i18n/ui/index.ts';
import { alternatesFor, pageId, pathFor, withBase, type Availability, type PageKey } from './paths.ts';

export interface PageContext {
  locale: LocaleDefinition;
  page: PageKey;
  t: Translator;
  /** True when this locale shows another locale's text for this page. */
  isFallback: boolean;
  contentLocale: LocaleDefinition;
  /** Spread on elements holding content text: lang/dir of the text where it differs from the page's. */
  contentLang: { lang?: string; dir?: 'ltr' | 'rtl' };
  /** Spread on UI labels placed inside content-language blocks: the page's lang/dir, only on fallbacks. */
  uiLang: { lang?: string; dir?: 'ltr' | 'rtl' };
  /** Site-relative href (with BASE) of a page in this or another locale. */
  href(page: PageKey, locale?: string): string;
  /** Absolute URL (with SITE and BASE) of a site path. */
  absolute(path: string): string;
  /** Where the switcher sends a visitor choosing `locale`. */
  switchHref(locale: string): string;
  /** The hreflang set, absolute; empty for fallback pages (they are not indexed). */
  alternates: { hreflang: string; href: string }[];
  canonical: string;
  /** Absolute URL of this very page (differs from canonical on fallbacks). */
  url: string;
}

export function createPageContext(opts: {
  locale: string;
  page: PageKey;
  available: Availability;
  site: URL | undefined;
  base: string;
  contentLocale?: string;
}): PageContext {
  const { page, available, base } = opts;
  const origin = (opts.site ?? new URL('http://localhost:4321')).origin;
  const locale = getLocale(opts.locale);
  const contentLocale = getLocale(opts.contentLocale ?? opts.locale);
  const isFallback = contentLocale.code !== locale.code;
  const href = (p: PageKey, l: string = locale.code) => withBase(base, pathFor(l, p));
  const absolute = (path: string) => `${origin}${withBase(base, path)}`;
  const have = available.get(pageId(page)) ?? new Set<string>();
  return {
    locale,
    page,
    t: useTranslations(locale.code),
    isFallback,
    contentLocale,
    contentLang: isFallback ? { lang: contentLocale.tag, dir: contentLocale.dir } : {},
    uiLang: isFallback ? { lang: locale.tag, dir: locale.dir } : {},
    href,
    absolute,
    switchHref: (l) => (have.has(l) ? href(page, l) : href({ type: 'home' }, l)),
    alternates: isFallback ? [] : alternatesFor(page, available).map((a) => ({ hreflang: a.hreflang, href: absolute(a.path) })),
    canonical: absolute(pathFor(isFallback ? contentLocale.code : locale.code, page)),
    url: absolute(pathFor(locale.code, page)),
  };
}

export { locales };
