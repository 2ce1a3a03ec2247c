import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headersFile } from '../lib/security/policy.ts';

/**
 * After the build, writes dist/_headers (Netlify, Cloudflare Pages) from the
 * one policy. The same CSP is in every page's <head>
 * (src/components/CspMeta.astro); `styleHashes` are the hashes of every kind
 * of page's inline critical CSS (src/integrations/critical-css.ts): one rule
 * serves every path, and each page's <meta> narrows it to its own hash.
 */
export function securityHeaders(styleHashes: () => readonly string[]): AstroIntegration {
  let base = '/';
  return {
    name: 'mailkit:security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        writeFileSync(join(fileURLToPath(dir), '_headers'), headersFile(base, styleHashes()));
        logger.info('wrote _headers');
      },
    },
  };
}
