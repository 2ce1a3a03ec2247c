/**
 * The inline code and the policy that allows it. Every page of dist/ carries
 * exactly one inline <style> (src/integrations/critical-css.ts), and the
 * sha256 of its exact bytes must be in the page's <meta> CSP and in the CSP
 * of dist/_headers, which a browser would otherwise enforce against it. The
 * same holds for the one inline script a page may have, the bootstrap that
 * starts its modules after the first paint (src/lib/security/deferred-modules.ts).
 * Nothing else may be inline: no style attributes, no other script but
 * JSON-LD data, and never 'unsafe-inline'.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { DIST, pages, type Page } from '../support/site.ts';
import { compileCriticalCss } from '../../src/integrations/critical-css.ts';
import { DEFERRED_MODULE_TYPE, deferredModulesBootstrap } from '../../src/lib/security/deferred-modules.ts';

const all = pages();
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const sources = (policy: string, directive: 'style-src' | 'script-src') =>
  (policy.split(';').map((d) => d.trim()).find((d) => d.startsWith(`${directive} `)) ?? '').split(/\s+/).slice(1);
const styleSrc = (policy: string) => sources(policy, 'style-src');
const scriptSrc = (policy: string) => sources(policy, 'script-src');
const metaPolicy = (page: Page) => page.doc.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
const headerPolicy = readFileSync(join(DIST, '_headers'), 'utf8').match(/^\s+Content-Security-Policy: (.+)$/m)?.[1] ?? '';

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
  it('is what src/styles/critical.css compiles to', () => {
    const compiled = compileCriticalCss(readFileSync('src/styles/critical.css', 'utf8'), 'critical.css');
    const page = all.find((p) => p.path === '/en/')!;
    expect(page.doc.querySelector('style')?.rawText).toBe(compiled.css);
    expect(compiled.hash).toBe(sha256(compiled.css));
  });

  it.each(all.map((p) => [p.path, p] as const))('%s: its only inline style is allowed by hash, in the <meta> and in _headers', (_path, page) => {
    expect(problems(page, headerPolicy)).toEqual([]);
  });

  it('fails a page whose inline CSS changed after the hash was taken', () => {
    const page = all.find((p) => p.path === '/en/')!;
    const original = page.doc.querySelector('style')!.rawText;
    const tamperedHtml = page.html.replace(original, `${original} `);
    const tampered = { ...page, html: tamperedHtml, doc: parse(tamperedHtml) };
    expect(problems(tampered, headerPolicy)).toEqual([
      expect.stringMatching(/the <meta> CSP does not allow/),
      expect.stringMatching(/dist\/_headers does not allow/),
    ]);
  });
});
