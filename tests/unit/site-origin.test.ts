import { describe, expect, it } from 'vitest';
import { LOCAL_ORIGIN, localOriginWarning, resolveSiteOrigin, SiteOriginError } from '../../src/lib/site-origin.ts';
import { siteOriginCheck } from '../../src/integrations/site-origin-check.ts';

const netlify = { NETLIFY: 'true', URL: 'https://mailkit.netlify.app' };
const cloudflare = { CF_PAGES: '1', CF_PAGES_URL: 'https://3f2a1b.mailkit.pages.dev' };
const vercel = { VERCEL: '1', VERCEL_PROJECT_PRODUCTION_URL: 'mailkit.vercel.app' };

describe('the site origin', () => {
  it('is SITE when set, on any host', () => {
    expect(resolveSiteOrigin({ SITE: 'https://templates.example.org' })).toEqual({ site: 'https://templates.example.org', from: 'SITE' });
    expect(resolveSiteOrigin({ SITE: 'https://templates.example.org', ...netlify, ...cloudflare, ...vercel }).site).toBe('https://templates.example.org');
  });

  it("comes from each host's own build variables when SITE is not set", () => {
    expect(resolveSiteOrigin(netlify)).toEqual({ site: 'https://mailkit.netlify.app', from: 'Netlify (URL)' });
    expect(resolveSiteOrigin(cloudflare)).toEqual({ site: 'https://3f2a1b.mailkit.pages.dev', from: 'Cloudflare Pages (CF_PAGES_URL)' });
    // Vercel gives a host name only: served over https.
    expect(resolveSiteOrigin(vercel)).toEqual({ site: 'https://mailkit.vercel.app', from: 'Vercel (VERCEL_PROJECT_PRODUCTION_URL)' });
  });

  it('reads a host variable only on that host (URL alone is not Netlify)', () => {
    expect(resolveSiteOrigin({ URL: 'https://elsewhere.example' }).site).toBe(LOCAL_ORIGIN);
    expect(resolveSiteOrigin({ CF_PAGES_URL: 'https://x.pages.dev' }).site).toBe(LOCAL_ORIGIN);
    expect(resolveSiteOrigin({ VERCEL_PROJECT_PRODUCTION_URL: 'x.vercel.app' }).site).toBe(LOCAL_ORIGIN);
    expect(resolveSiteOrigin({ NETLIFY: 'true' }).site).toBe(LOCAL_ORIGIN);
  });

  it('has a fixed precedence: SITE, Netlify, Cloudflare Pages, Vercel, localhost', () => {
    expect(resolveSiteOrigin({ ...netlify, ...cloudflare, ...vercel }).from).toBe('Netlify (URL)');
    expect(resolveSiteOrigin({ ...cloudflare, ...vercel }).from).toBe('Cloudflare Pages (CF_PAGES_URL)');
    expect(resolveSiteOrigin({ SITE: '  ', ...vercel }).from).toBe('Vercel (VERCEL_PROJECT_PRODUCTION_URL)');
    expect(resolveSiteOrigin({})).toEqual({ site: LOCAL_ORIGIN, from: 'default' });
  });

  it('drops trailing slashes', () => {
    expect(resolveSiteOrigin({ SITE: 'https://templates.example.org/' }).site).toBe('https://templates.example.org');
    expect(resolveSiteOrigin({ SITE: 'https://templates.example.org///' }).site).toBe('https://templates.example.org');
    expect(resolveSiteOrigin({ ...vercel, VERCEL_PROJECT_PRODUCTION_URL: 'mailkit.vercel.app/' }).site).toBe('https://mailkit.vercel.app');
    expect(resolveSiteOrigin({ SITE: 'HTTPS://Templates.Example.ORG:443/' }).site).toBe('https://templates.example.org');
  });

  it.each([
    [{ SITE: 'templates.example.org' }, /SITE="templates.example.org" has no scheme.*SITE=https:\/\/templates\.example\.org/],
    [{ SITE: '//templates.example.org' }, /SITE=.*no scheme/],
    [{ SITE: 'ftp://templates.example.org' }, /SITE=.*must use https:\/\//],
    [{ SITE: 'https://templates.example.org/mailkit/' }, /SITE=.*has a path.*SITE to the origin \(https:\/\/templates\.example\.org\) and BASE to the path \(BASE=\/mailkit\/\)/],
    [{ SITE: 'https://templates.example.org/?utm=1' }, /SITE=.*origin only/],
    [{ SITE: 'https://exa mple.org' }, /SITE=.*not a valid URL/],
    [{ ...netlify, URL: 'mailkit.netlify.app' }, /^URL="mailkit.netlify.app" has no scheme/],
    [{ ...cloudflare, CF_PAGES_URL: 'https://x.pages.dev/preview' }, /^CF_PAGES_URL=.*has a path/],
  ])('refuses %j with a message naming the variable and the fix', (env, message) => {
    expect(() => resolveSiteOrigin(env)).toThrow(SiteOriginError);
    expect(() => resolveSiteOrigin(env)).toThrow(message);
  });
});

describe('the localhost warning', () => {
  const build = { npm_lifecycle_event: 'build' };

  it('is given for a build that falls back to localhost, naming SITE', () => {
    const warning = localOriginWarning(resolveSiteOrigin(build), build);
    expect(warning).toMatch(/http:\/\/localhost:4321/);
    expect(warning).toMatch(/Set SITE to the public origin/);
  });

  it('is not given for npm start, npm test, the benchmark or Vitest, nor when SITE says localhost on purpose', () => {
    for (const env of [{ npm_lifecycle_event: 'start' }, { npm_lifecycle_event: 'test' }, { npm_lifecycle_event: 'bench' }, { VITEST: 'true' }]) {
      expect(localOriginWarning(resolveSiteOrigin(env), env), JSON.stringify(env)).toBeNull();
    }
    const chosen = { ...build, SITE: 'http://localhost:4321' };
    expect(localOriginWarning(resolveSiteOrigin(chosen), chosen)).toBeNull();
  });

  it('is not given when a host supplied the origin', () => {
    for (const env of [netlify, cloudflare, vercel, { SITE: 'https://templates.example.org' }]) {
      expect(localOriginWarning(resolveSiteOrigin({ ...build, ...env }), { ...build, ...env })).toBeNull();
    }
  });

  it('is printed by the build integration on `astro build` only', () => {
    const run = (command: string, env: Record<string, string>) => {
      const logged: { warn: string[]; info: string[] } = { warn: [], info: [] };
      const logger = { warn: (m: string) => logged.warn.push(m), info: (m: string) => logged.info.push(m) };
      const hook = siteOriginCheck(resolveSiteOrigin(env), env).hooks['astro:config:setup']!;
      (hook as (o: unknown) => void)({ command, logger });
      return logged;
    };
    expect(run('build', build).warn.join('\n')).toMatch(/SITE is not set/);
    expect(run('dev', build).warn).toEqual([]);
    expect(run('build', { npm_lifecycle_event: 'start' }).warn).toEqual([]);
    const onNetlify = run('build', { ...build, ...netlify });
    expect(onNetlify.warn).toEqual([]);
    expect(onNetlify.info.join('\n')).toMatch('Publishing on https://mailkit.netlify.app (from Netlify (URL))');
    // Cloudflare's variable is a per-deployment address: advise SITE for the canonical one.
    expect(run('build', { ...build, ...cloudflare }).warn.join('\n')).toMatch(/CF_PAGES_URL is this deployment's own address; set SITE/);
  });
});
