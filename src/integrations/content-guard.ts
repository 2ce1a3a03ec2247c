import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { assertContent, type Catalogue } from '../lib/content/validate.ts';

/**
 * Fails the build (and `astro dev`, and `astro check`) before anything is
 * rendered when the content has a problem, listing every problem with its file,
 * field and fix. Astro alone would only log some of them (a broken reference)
 * and publish a page with a hole in it.
 *
 * The checked catalogue is kept for later hooks (the sitemap needs to know
 * which pages are real translations and which are fallbacks).
 */
export function contentGuard(): AstroIntegration & { catalogue(): Catalogue } {
  let catalogue: Catalogue | undefined;
  return {
    name: 'mailkit:content-guard',
    hooks: {
      'astro:config:setup': ({ config }) => {
        catalogue = assertContent(fileURLToPath(config.root));
      },
    },
    catalogue() {
      if (!catalogue) throw new Error('content-guard: the catalogue is read in astro:config:setup; it is not available yet.');
      return catalogue;
    },
  };
}
