/**
 * Links, international SEO and structured data over every built page, and
 * the same gates over tests/fixtures/broken-site/, where each must fail.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { linkProblems, seoProblems, structuredDataProblems, type Site } from '../support/gates.ts';
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
