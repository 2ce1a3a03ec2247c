/**
 * The public origin of a build (Astro's `site`): canonicals, hreflang, the
 * sitemap and robots.txt are all absolute URLs on it. Read by
 * astro.config.mjs before anything else.
 *
 * In order, the first that is set wins:
 * 1. `SITE`, always (the GitHub Pages workflow, .github/workflows/deploy.yml,
 *    sets it from the repository; a custom domain on any host sets it too);
 * 2. Netlify: `URL` when `NETLIFY=true`, the site's main address (its custom
 *    domain if it has one), docs.netlify.com/configure-builds/environment-variables/;
 * 3. Cloudflare Pages: `CF_PAGES_URL` when `CF_PAGES=1`. That is the URL of
 *    this deployment (https://<hash>.<project>.pages.dev), not a custom domain:
 *    set SITE there for one. developers.cloudflare.com/pages/configuration/build-configuration/;
 * 4. Vercel: `VERCEL_PROJECT_PRODUCTION_URL` when `VERCEL=1`, a host name
 *    without scheme (the production domain), served over https.
 *    vercel.com/docs/environment-variables/system-environment-variables;
 * 5. otherwise http://localhost:4321, which is right for `npm start` and the
 *    tests and wrong anywhere else: a build then warns (localOriginWarning).
 */

export const LOCAL_ORIGIN = 'http://localhost:4321';

export type Env = Readonly<Record<string, string | undefined>>;

export interface SiteOrigin {
  /** The origin, no trailing slash: "https://example.org". */
  site: string;
  /** Where it came from, for messages: "SITE", "Netlify (URL)" … or "default". */
  from: string;
}

/** A value that cannot be an origin. The message names the variable and the fix. */
export class SiteOriginError extends Error {
  override name = 'SiteOriginError';
}

const set = (v: string | undefined) => (v?.trim() ? v.trim() : undefined);

/** `value` (from `variable`) as a bare origin, or a SiteOriginError that says how to fix it. */
export function toOrigin(value: string, variable: string): string {
  const example = `${variable}=https://templates.example.org`;
  if (!/^[a-z][a-z\d+.-]*:\/\//i.test(value)) {
    const host = value.replace(/^\/+/, '').replace(/\/+$/, '');
    throw new SiteOriginError(`${variable}="${value}" has no scheme. Set it to a full origin, e.g. ${variable}=https://${host || 'templates.example.org'}`);
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new SiteOriginError(`${variable}="${value}" is not a valid URL. Set it to an origin such as ${example}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new SiteOriginError(`${variable}="${value}" must use https:// (or http://), not ${url.protocol}//. Example: ${example}`);
  }
  if (url.username || url.password || url.search || url.hash) {
    throw new SiteOriginError(`${variable}="${value}" must be an origin only (no user, query or #fragment). Example: ${example}`);
  }
  if (url.pathname.replace(/\/+$/, '') !== '') {
    throw new SiteOriginError(
      `${variable}="${value}" has a path (${url.pathname}). Set ${variable} to the origin (${url.origin}) and BASE to the path (BASE=${url.pathname.replace(/\/+$/, '')}/).`,
    );
  }
  return url.origin;
}

/** Which origin this build publishes on (see the order above). Throws SiteOriginError on a bad value. */
export function resolveSiteOrigin(env: Env): SiteOrigin {
  const site = set(env.SITE);
  if (site) return { site: toOrigin(site, 'SITE'), from: 'SITE' };

  const netlify = set(env.URL);
  if (env.NETLIFY === 'true' && netlify) return { site: toOrigin(netlify, 'URL'), from: 'Netlify (URL)' };

  const cloudflare = set(env.CF_PAGES_URL);
  if (env.CF_PAGES === '1' && cloudflare) return { site: toOrigin(cloudflare, 'CF_PAGES_URL'), from: 'Cloudflare Pages (CF_PAGES_URL)' };

  const vercel = set(env.VERCEL_PROJECT_PRODUCTION_URL);
  if (env.VERCEL === '1' && vercel) {
    // Documented as a host name without scheme; accept one with a scheme too.
    const value = /^[a-z][a-z\d+.-]*:\/\//i.test(vercel) ? vercel : `https://${vercel}`;
    return { site: toOrigin(value, 'VERCEL_PROJECT_PRODUCTION_URL'), from: 'Vercel (VERCEL_PROJECT_PRODUCTION_URL)' };
  }

  return { site: LOCAL_ORIGIN, from: 'default' };
}

const isLocal = (site: string) => /^https?:\/\/(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?$/.test(site);

/**
 * The warning a build prints when it would publish on a local origin without
 * anyone asking for it: SITE unset, no known host detected. Quiet for
 * `npm start`, `npm test`, `npm run bench` and Vitest, which build for this
 * machine on purpose, and when SITE itself says localhost (a choice).
 */
export function localOriginWarning(origin: SiteOrigin, env: Env): string | null {
  if (!isLocal(origin.site) || origin.from === 'SITE') return null;
  if (env.VITEST || ['start', 'test', 'bench'].includes(env.npm_lifecycle_event ?? '')) return null;
  return (
    `This build publishes canonical URLs, hreflang, the sitemap and robots.txt on ${origin.site}, because SITE is not set ` +
    `and no Netlify, Cloudflare Pages or Vercel build environment was detected. ` +
    `Set SITE to the public origin in the build environment, e.g. SITE=https://templates.example.org (and BASE for a sub-path).`
  );
}
