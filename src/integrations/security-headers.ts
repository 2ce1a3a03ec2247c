import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cspMeta, headersFile } from '../lib/security/policy.ts';
import { listFiles } from '../lib/fs/files.ts';


/**
 * After the build:
 * - writes dist/_headers (Netlify, Cloudflare Pages) from the one policy;
 * - sets every page's <meta> CSP to exactly that policy. Astro's own meta
 *   lists a hash of every client script and of its island directives, which
 *   only matter for inline code; this site has none (scripts and styles are
 *   never inlined), so the hashes were 500 incompressible bytes per page.
 *   A build check asserts there is no inline script or style anywhere.
 */
export function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'mailkit:security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        writeFileSync(join(root, '_headers'), headersFile(base));
        const meta = `<meta http-equiv="content-security-policy" content="${cspMeta()}">`;
        let pages = 0;
        for (const file of listFiles(root).filter((f) => f.endsWith('.html'))) {
          const html = readFileSync(file, 'utf8');
          const next = html.replace(/<meta http-equiv="content-security-policy" content="[^"]*">/, meta);
          if (next === html) continue;
          writeFileSync(file, next);
          pages++;
        }
        logger.info(`wrote _headers; set the CSP of ${pages} pages`);
      },
    },
  };
}
