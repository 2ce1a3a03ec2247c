import { defaultLocale, getLocale } from '../../i18n/locales.ts';
import { useTranslations } from '../../i18n/ui/index.ts';
import { pathFor, withBase } from '../paths.ts';

/**
 * What src/scripts/search-ui.ts says, in one locale, in two parts:
 *
 * - `inline`: what it may have to say before anything else has loaded (that
 *   it is loading, or that it could not load), and the locale's tag. Every
 *   search form carries it (data-strings), the header dialog's on every page;
 * - `later`: the rest (result counts, no results, dropped words, the English
 *   hint), which it only needs once Pagefind has answered. It is fetched from
 *   <locale>/search/strings.json (src/pages/[lang]/search/strings.json.ts)
 *   when search first opens, at the same time as Pagefind. In every page's
 *   header dialog it cost about 120 bytes of gzip, and a category page's
 *   document has to fit TCP's first congestion window (README, "First paint").
 */
export function searchStrings(code: string, base: string) {
  const t = useTranslations(code);
  return {
    inline: { tag: getLocale(code).tag, loading: t('search.loading'), error: t('search.error') },
    later: {
      noResults: t('search.noResults'),
      results: t.pluralForms('search.results'),
      dropped: t.pluralForms('search.dropped'),
      tryEnglish: t('search.tryEnglish'),
      // Where a query that finds nothing here is offered in English (issue 14).
      englishSearch: code === defaultLocale ? '' : withBase(base, pathFor(defaultLocale, { type: 'search' })),
    },
  };
}
