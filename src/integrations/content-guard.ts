import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { assertContent } from '../lib/content/validate.ts';

/** What later hooks need of the catalogue: which page exists in which locale. */
export interface PageList {
  categories: { locale: string; slug: string }[];
  guides: { locale: string; slug: string }[];
}

/**
 * Fails the build (and `astro dev`, and `astro check`) before anything is
 * rendered when the content has a problem, listing every problem with its file,
 * field and fix. Astro alone would only log some of them (a broken reference)
 * and publish a page with a hole in it.
 *
 * The checked catalogue is kept for later hooks (the sitemap needs to know
 * which pages are real translations and which are fallbacks).
 */
export function contentGuard(): AstroIntegration & { catalogue(): PageList } {
  let catalogue: PageList | undefined;
  return {
    name: 'mailkit:content-guard',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const checked = assertContent(fileURLToPath(config.root));
        // Category pages read their template files straight from disk (not
        // through a collection), so Vite does not know about them: reload the
        // page in `astro dev` when one changes.
        const templatesDir = fileURLToPath(new URL('content/templates/', config.srcDir));
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'mailkit:template-reload',
                configureServer(server) {
                  const reload = (file: string) => {
                    if (file.startsWith(templatesDir)) server.ws.send({ type: 'full-reload' });
                  };
                  server.watcher.add(templatesDir);
                  server.watcher.on('change', reload).on('add', reload).on('unlink', reload);
                },
              },
            ],
          },
        });
        // Keep only the page list: the parsed email trees of every template
        // would stay in memory for the whole build (GBs at 90,000 templates).
        catalogue = {
          categories: checked.categories.map(({ locale, slug }) => ({ locale, slug })),
          guides: checked.guides.map(({ locale, slug }) => ({ locale, slug })),
        };
      },
    },
    catalogue() {
      if (!catalogue) throw new Error('content-guard: the catalogue is read in astro:config:setup; it is not available yet.');
      return catalogue;
    },
  };
}
