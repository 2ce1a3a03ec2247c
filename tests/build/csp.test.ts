/**
 * The inline code and the policy that allows it. Every page of dist/ carries
 * exactly one inline <style>, the critical CSS of its kind of page
 * (src/integrations/critical-css.ts: the category page's and every other
 * page's), and the sha256 of its exact bytes must be in the page's <meta>
 * CSP, which allows no other style hash, and in the CSP of dist/_headers,
 * which lists every kind's hash and nothing else (one header for every
 * path). A browser enforces both, so a page allows exactly its own block.
 * The same holds for the one inline script a page may have, the bootstrap
 * that starts its modules after the first paint
 * (src/lib/security/deferred-modules.ts). Nothing else may be inline: no
 * style attributes, no other script but JSON-LD data, and never
 * 'unsafe-inline'.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { DIST, pages, type Page } from '../support/site.ts';
import { CRITICAL_PARTS, compileCriticalStyles, criticalHashes, type CriticalKind } from '../../src/integrations/critical-css.ts';
import { DEFERRED_MODULE_TYPE, deferredModulesBootstrap } from '../../src/lib/security/deferred-modules.ts';

const all = pages();
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const sources = (policy: string, directive: 'style-src' | 'script-src') =>
  (policy.split(';').map((d) => d.trim()).find((d) => d.startsWith(`${directive} `)) ?? '').split(/\s+/).slice(1);
const styleSrc = (policy: string) => sources(policy, 'style-src');
const scriptSrc = (policy: string) => sources(policy, 'script-src');
const metaPolicy = (page: Page) => page.doc.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
const headerPolicy = readFileSync(join(DIST, '_headers'), 'utf8').match(/^\s+Content-Security-Policy: (.+)$/m)?.[1] ?? '';
const critical = compileCriticalStyles(new URL('../../', import.meta.url));
const hashSources = (sources: string[]) => sources.filter((s) => s.startsWith("'sha256-"));
/** The kind of critical CSS a page must inline: a category page's own, else the default. */
const kindOf = (page: Page): CriticalKind => (page.doc.querySelector('mk-copy') ? 'category' : 'default');

/** The problems of one page: each names the page and what is wrong. */
function problems(page: Page, header: string): string[] {
  const out: string[] = [];
  const styles = page.doc.querySelectorAll('style');
  if (styles.length !== 1) out.push(`${page.path}: ${styles.length} inline <style> elements, expected the critical CSS only`);
  for (const style of styles) {
    const hash = sha256(style.rawText);
    if (!styleSrc(metaPolicy(page)).includes(hash)) out.push(`${page.path}: the <meta> CSP does not allow its <style> (${hash})`);
    if (!styleSrc(header).includes(hash)) out.push(`${page.path}: dist/_headers does not allow its <style> (${hash})`);
  }
  const others = hashSources(styleSrc(metaPolicy(page))).filter((h) => !styles.some((style) => sha256(style.rawText) === h));
  if (others.length) out.push(`${page.path}: the <meta> CSP allows styles the page does not have (${others.join(' ')})`);
  if (/'unsafe-inline'/.test(metaPolicy(page))) out.push(`${page.path}: 'unsafe-inline' in the CSP`);
  if (page.doc.querySelector('[style]')) out.push(`${page.path}: a style attribute`);
  for (const script of page.doc.querySelectorAll('script')) {
    const type = script.getAttribute('type') ?? '';
    if (type === 'application/ld+json' || type === DEFERRED_MODULE_TYPE || script.getAttribute('src')) continue;
    const hash = sha256(script.rawText);
    if (script.rawText !== deferredModulesBootstrap) out.push(`${page.path}: an inline script other than the module bootstrap`);
    if (!scriptSrc(metaPolicy(page)).includes(hash)) out.push(`${page.path}: the <meta> CSP does not allow its inline script (${hash})`);
    if (!scriptSrc(header).includes(hash)) out.push(`${page.path}: dist/_headers does not allow its inline script (${hash})`);
  }
  return out;
}

describe('inline critical CSS and the CSP', () => {
  it('is what src/styles/critical/ compiles to, the kind of CSS each page is', () => {
    const wrong = all.filter((p) => p.doc.querySelector('style')?.rawText !== critical[kindOf(p)].css).map((p) => `${p.path} (${kindOf(p)})`);
    expect(wrong).toEqual([]);
    for (const kind of Object.keys(CRITICAL_PARTS) as CriticalKind[]) {
      expect(critical[kind].hash).toBe(sha256(critical[kind].css));
      expect(all.some((p) => kindOf(p) === kind), `no page inlines the ${kind} CSS`).toBe(true);
    }
  });

  it('leaves out of the category page the rules only other pages use', () => {
    const css = critical.category.css;
    // The home page's cards, the language chooser, the search page's form.
    for (const selector of ['.cards', '.card', '.chooser', '.theme-group', '.search-form', '.search-row']) expect(css, selector).not.toContain(selector);
    // And nothing the category page shows first is lost on the way: its own parts are there.
    for (const selector of ['.fill-fields', '.tips', '.category-layout', '.site-header', '.button', '[data-js]']) expect(css, selector).toContain(selector);
  });

  it('dist/_headers lists every kind of critical CSS and no other style hash', () => {
    expect(hashSources(styleSrc(headerPolicy)).sort()).toEqual(criticalHashes(critical).sort());
  });

  it.each(all.map((p) => [p.path, p] as const))('%s: its only inline style is allowed by hash, in the <meta> and in _headers', (_path, page) => {
    expect(problems(page, headerPolicy)).toEqual([]);
  });

  it('fails a page whose <meta> CSP also allows another kind of page\'s CSS', () => {
    const page = all.find((p) => p.path === '/en/')!;
    const html = page.html.replace(critical.default.hash, `${critical.default.hash} ${critical.category.hash}`);
    expect(problems({ ...page, html, doc: parse(html) }, headerPolicy)).toEqual([expect.stringMatching(/the <meta> CSP allows styles the page does not have/)]);
  });

  it('fails a page whose inline CSS changed after the hash was taken', () => {
    const page = all.find((p) => p.path === '/en/')!;
    const original = page.doc.querySelector('style')!.rawText;
    const tamperedHtml = page.html.replace(original, `${original} `);
    const tampered = { ...page, html: tamperedHtml, doc: parse(tamperedHtml) };
    expect(problems(tampered, headerPolicy)).toEqual([
      expect.stringMatching(/the <meta> CSP does not allow/),
      expect.stringMatching(/dist\/_headers does not allow/),
      expect.stringMatching(/the <meta> CSP allows styles the page does not have/),
    ]);
  });
});
