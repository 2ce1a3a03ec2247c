import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';

/**
 * Indexes the built site with Pagefind as the last step of `astro build`, so
 * every build (local, CI, a host's build command) ships its search index.
 * Pages opt in with data-pagefind-body; each template is a sub-result through
 * its id and data-pagefind-title, and the category is a filter.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'mailkit:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { createIndex, close } = await import('pagefind');
        const site = fileURLToPath(dir);
        const started = performance.now();
        const fail = (step: string, errors: string[]) => {
          throw new Error(`Pagefind ${step} failed:\n  ${errors.join('\n  ')}`);
        };
        try {
          const { index, errors } = await createIndex({});
          if (errors.length || !index) fail('createIndex', errors);
          const added = await index!.addDirectory({ path: site });
          if (added.errors.length) fail('addDirectory', added.errors);
          if (added.page_count === 0) fail('addDirectory', ['no page was indexed: is data-pagefind-body missing from the layout?']);
          const written = await index!.writeFiles({ outputPath: `${site}/pagefind` });
          if (written.errors.length) fail('writeFiles', written.errors);
          logger.info(`indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`);
        } finally {
          await close();
        }
      },
    },
  };
}
