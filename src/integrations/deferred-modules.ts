import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { listFiles } from '../lib/fs/files.ts';
import { deferModules } from '../lib/security/deferred-modules.ts';

/**
 * After the build, turns every page's `<script type="module" src>` into a
 * data block that the inline bootstrap imports after the first paint (see
 * src/lib/security/deferred-modules.ts for why).
 */
export function deferredModules(): AstroIntegration {
  return {
    name: 'mailkit:deferred-modules',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        let pages = 0;
        for (const file of listFiles(fileURLToPath(dir)).filter((f) => f.endsWith('.html'))) {
          const html = readFileSync(file, 'utf8');
          const deferred = deferModules(html);
          if (deferred !== html) {
            writeFileSync(file, deferred);
            pages++;
          }
        }
        logger.info(`page scripts start after the first paint on ${pages} pages`);
      },
    },
  };
}
