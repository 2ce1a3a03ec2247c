/**
 * The origin for real: `astro build` of a copy of the project (small fixture
 * catalogue) as a host would run it. Without SITE a Netlify build publishes
 * on Netlify's URL, a plain build warns that it ends on localhost, and a SITE
 * without scheme stops the build naming SITE and the fix.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyProject, type ProjectCopy } from '../support/project-copy.ts';

let project: ProjectCopy | undefined;
afterEach(() => project?.cleanup());

const read = (path: string) => readFileSync(join(project!.root, 'dist', path), 'utf8');
const WARNING = 'Set SITE to the public origin';

describe('the origin of a build', { timeout: 300_000 }, () => {
  it('is Netlify\'s URL on Netlify without SITE: canonicals, hreflang, sitemap and robots.txt, no warning', () => {
    project = copyProject();
    const { status, output } = project.build({ npm_lifecycle_event: 'build', NETLIFY: 'true', URL: 'https://mailkit-demo.netlify.app' });
    expect(status, output).toBe(0);
    expect(output).not.toContain(WARNING);
    expect(output).toContain('Publishing on https://mailkit-demo.netlify.app (from Netlify (URL))');
    const page = read('en/subscription-cancellation/index.html');
    expect(page).toContain('<link rel="canonical" href="https://mailkit-demo.netlify.app/en/subscription-cancellation/"');
    expect(page).toMatch(/hreflang="x-default" href="https:\/\/mailkit-demo\.netlify\.app\//);
    expect(page).not.toContain('localhost');
    expect(read('robots.txt')).toContain('Sitemap: https://mailkit-demo.netlify.app/sitemap-index.xml');
    const locs = [...read('sitemap-0.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(locs.length).toBeGreaterThan(0);
    for (const loc of locs) expect(loc.startsWith('https://mailkit-demo.netlify.app/'), loc).toBe(true);
  });

  it('warns, naming SITE, when a build still ends on localhost', () => {
    project = copyProject();
    const { status, output } = project.build({ npm_lifecycle_event: 'build' });
    expect(status, output).toBe(0);
    expect(output).toContain(WARNING);
    expect(output).toContain('on http://localhost:4321, because SITE is not set');
    expect(read('robots.txt')).toContain('Sitemap: http://localhost:4321/sitemap-index.xml');
  });

  it('stops on a SITE without scheme, naming the variable and the fix', () => {
    project = copyProject();
    const { status, output } = project.build({ npm_lifecycle_event: 'build', SITE: 'templates.example.org' });
    expect(status).not.toBe(0);
    expect(output).toContain('SITE="templates.example.org" has no scheme');
    expect(output).toContain('SITE=https://templates.example.org');
  });
});
