/**
 * Links, international SEO and structured data over every built page, and
 * the same gates over tests/fixtures/broken-site/, where each must fail.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { linkProblems, seoProblems, socialProblems, structuredDataProblems, type Site } from '../support/gates.ts';
import { DIST, ORIGIN, loadPages, pages } from '../support/site.ts';

const site: Site = { pages: pages(), origin: ORIGIN, dir: DIST };
const brokenDir = join(import.meta.dirname, '..', 'fixtures', 'broken-site');
const broken: Site = { pages: loadPages(brokenDir), origin: 'http://localhost:4321', dir: brokenDir };

describe('links', () => {
  it('resolve everywhere on the built site; external links are https with rel=noopener on new tabs', () => {
    expect(linkProblems(site)).toEqual([]);
  });
  it('fail on the broken fixture', () => {
    const found = linkProblems(broken).join('\n');
    for (const part of ['/en/missing/ does not exist', 'no element with id "nowhere"', 'http://example.org/ is not https', 'without rel="noopener"']) expect(found).toContain(part);
    expect(found.match(/no element with id/g)).toHaveLength(2);
  });
});

describe('international SEO', () => {
  it('holds on the built site', () => {
    expect(seoProblems(site)).toEqual([]);
  });
  it('fails on the broken fixture', () => {
    const found = seoProblems(broken).join('\n');
    for (const part of ['canonical is http://localhost:4321/en/b/', 'no x-default', '"en_GB" is not a canonical BCP-47 tag', 'not reciprocal']) expect(found).toContain(part);
  });
});

describe('structured data', () => {
  it('holds on the built site', () => {
    expect(structuredDataProblems(site)).toEqual([]);
  });
  it('fails on the broken fixture', () => {
    const found = structuredDataProblems(broken).join('\n');
    for (const part of ['HTML entities inside JSON-LD', 'does not parse', 'differs from the visible FAQ', 'has position 2', 'is not absolute']) expect(found).toContain(part);
  });
});

describe('titles, Open Graph and share cards', () => {
  it('hold on every built page', () => {
    expect(socialProblems(site)).toEqual([]);
  });
  it('fail on the broken fixture', () => {
    const found = socialProblems(broken).join('\n');
    for (const part of [
      '/en/social-a/: <title> is 61 characters, over 60',
      '/en/social-b/: same description as /en/social-a/',
      '/en/social-a/: og:locale "en" is not language_TERRITORY',
      '/en/social-b/: og:locale "sl_SI" does not match lang="en" (expected en_US)',
      '/en/social-a/: og:locale:alternate "es" is not language_TERRITORY',
      '/en/social-a/: og:image http://localhost:4321/og/en/missing.png does not exist in the built site',
      '/en/social-b/: og:image is 2×1, but the page declares 1200×630',
      '/en/social-c/: og:image /og/en/social-b.png is not an absolute URL',
      '/en/social-d/: og:image http://localhost:4321/en/a/index.html is not a PNG',
      '/en/social-a/: twitter:card is summary, expected summary_large_image',
      '/en/social-c/: no og:image:alt',
      '/en/social-c/: twitter:image differs from og:image',
      '/en/a/: no og:image',
    ]) {
      expect(found).toContain(part);
    }
    // 56 graphemes of Thai are 65 UTF-16 code units: the rule counts what a reader sees.
    expect(found).not.toContain('/en/social-b/: <title>');
  });
});
