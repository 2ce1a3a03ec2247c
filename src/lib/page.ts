/**
 * What every page file needs from Astro, in one call: the page context for
 * the route's locale, built with the build's availability, SITE and BASE.
 * Pages say only which page they are (and, for fallbacks, the content locale).
 */
import { locales } from '../i18n/locales.ts';
import { getAvailability } from './content/catalogue.ts';
import { createPageContext, type PageContext } from './page-context.ts';
import type { PageKey } from './paths.ts';

/** getStaticPaths for pages that exist once per locale. */
export function localePaths() {
  return locales.map((l) => ({ params: { lang: l.code } }));
}

export async function pageContext(
  astro: { params: Record<string, string | undefined>; site: URL | undefined },
  page: PageKey,
  contentLocale?: string,
): Promise<PageContext> {
  return createPageContext({
    locale: astro.params.lang!,
    page,
    available: await getAvailability(),
    site: astro.site,
    base: import.meta.env.BASE_URL,
    ...(contentLocale ? { contentLocale } : {}),
  });
}
