// @ts-check
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { astroI18nLocales, defaultLocale } from './src/i18n/locales.ts';
import { contentGuard } from './src/integrations/content-guard.ts';
import { pagefindIndex } from './src/integrations/pagefind-index.ts';
import { sitemapOptions } from './src/lib/seo/sitemap.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { siteOriginCheck } from './src/integrations/site-origin-check.ts';
import { resolveSiteOrigin } from './src/lib/site-origin.ts';
import { contentDates } from './src/lib/seo/lastmod.ts';
import { shareCards } from './src/integrations/share-cards.ts';
import { criticalCss, criticalHashes } from './src/integrations/critical-css.ts';
import { deferredModules } from './src/integrations/deferred-modules.ts';

/**
 * The origin and BASE (sub-path) come from the environment so the same
 * build deploys anywhere: `SITE=https://example.org BASE=/templates npm run build`.
 * Without SITE the origin comes from the host's build environment (Netlify,
 * Cloudflare Pages, Vercel), else localhost with a warning: src/lib/site-origin.ts.
 */
const origin = resolveSiteOrigin(process.env);
const site = origin.site;
const base = process.env.BASE ?? '/';

const guard = contentGuard();
const critical = criticalCss();

export default defineConfig({
  site,
  base,
  output: 'static',
  // scripts/build.ts builds into a fresh directory and swaps it in on success.
  outDir: process.env.OUT_DIR ?? './dist',
  trailingSlash: 'ignore',
  devToolbar: { enabled: false },
  // The locale list is computed from the table, so TypeScript cannot tie
  // defaultLocale to a literal member of it; the content guard and the unit
  // tests check that the default locale is in the table.
  i18n: {
    locales: astroI18nLocales(),
    defaultLocale: /** @type {never} */ (defaultLocale),
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  // No code blocks on this site, and Shiki's inline styles would break the CSP.
  markdown: { syntaxHighlight: false },
  // "preserve" turns src/pages/[lang]/404.astro into /<lang>/404.html, which
  // static hosts serve for missing pages below that folder. Astro inlines
  // nothing: a page's one inline style is its critical CSS, which our own
  // integration compiles so that its hash is known to both the <meta> CSP
  // (src/components/CspMeta.astro) and the HTTP header (dist/_headers).
  build: { format: 'preserve', inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
  integrations: [
    siteOriginCheck(origin),
    guard,
    critical,
    mdx(),
    // <lastmod> from one `git log` over src/content, read when the sitemap is written.
    sitemap(sitemapOptions(() => guard.catalogue(), { site, base, lastmod: contentDates(fileURLToPath(new URL('.', import.meta.url))) })),
    pagefindIndex(),
    securityHeaders(() => criticalHashes(critical.result())),
    deferredModules(),
    shareCards(),
  ],
});
