import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headersFile } from '../lib/security/policy.ts';

/**
 * After the build, writes dist/_headers (Netlify, Cloudflare Pages) from the
 * one policy. The same CSP is in every page's <head>
 * (src/components/CspMeta.astro); a build check asserts that no inline script
 * or style exists anywhere, which is what lets that policy be 'self' only.
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
        writeFileSync(join(fileURLToPath(dir), '_headers'), headersFile(base));
        logger.info('wrote _headers');
      },
    },
  };
}
