// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { astroI18nLocales, defaultLocale } from './src/i18n/locales.ts';
import { contentGuard } from './src/integrations/content-guard.ts';
import { pagefindIndex } from './src/integrations/pagefind-index.ts';
import { sitemapOptions } from './src/lib/seo/sitemap.ts';

/**
 * SITE (origin) and BASE (sub-path) come from the environment so the same
 * build deploys anywhere: `SITE=https://example.org BASE=/templates npm run build`.
 */
const site = process.env.SITE ?? 'http://localhost:4321';
const base = process.env.BASE ?? '/';

const guard = contentGuard();

export default defineConfig({
  site,
  base,
  output: 'static',
  // scripts/build.ts builds into a fresh directory and swaps it in on success.
  outDir: process.env.OUT_DIR ?? './dist',
  // "preserve" turns src/pages/[lang]/404.astro into /<lang>/404.html, which
  // static hosts serve for missing pages below that folder.
  build: { format: 'preserve' },
  trailingSlash: 'ignore',
  devToolbar: { enabled: false },
  i18n: {
    locales: astroI18nLocales(),
    defaultLocale,
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  // No code blocks on this site, and Shiki's inline styles would break the CSP.
  markdown: { syntaxHighlight: false },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind compiles WebAssembly: allow exactly that, nothing like 'unsafe-eval'.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  integrations: [guard, mdx(), sitemap(sitemapOptions(() => guard.catalogue(), { site, base })), pagefindIndex()],
});
