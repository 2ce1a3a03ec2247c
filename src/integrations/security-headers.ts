import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { headersFile } from '../lib/security/policy.ts';

/** Writes dist/_headers (Netlify, Cloudflare Pages) from the one security policy. */
export function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'mailkit:security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        writeFileSync(fileURLToPath(new URL('_headers', dir)), headersFile(base));
        logger.info('wrote _headers');
      },
    },
  };
}
