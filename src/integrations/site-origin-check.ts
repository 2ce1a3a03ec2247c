import type { AstroIntegration } from 'astro';
import { localOriginWarning, type Env, type SiteOrigin } from '../lib/site-origin.ts';

/**
 * Says, on `astro build` only, where the origin came from, and warns loudly
 * when a build would publish on localhost without anyone choosing it
 * (src/lib/site-origin.ts). `astro dev` and `astro preview` are local by nature.
 */
export function siteOriginCheck(origin: SiteOrigin, env: Env = process.env): AstroIntegration {
  return {
    name: 'mailkit:site-origin',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build') return;
        const warning = localOriginWarning(origin, env);
        if (warning) logger.warn(`⚠ ${warning}`);
        else logger.info(`Publishing on ${origin.site} (from ${origin.from}).`);
        // Cloudflare gives each deployment its own URL, production included.
        if (origin.from.startsWith('Cloudflare')) {
          logger.warn(`CF_PAGES_URL is this deployment's own address; set SITE to the production origin (https://<project>.pages.dev or your domain) so canonical URLs stay put.`);
        }
      },
    },
  };
}
