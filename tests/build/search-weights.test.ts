/**
 * The pages' own text weighs less in search than the template records
 * (src/lib/search/records.ts, PAGE_WEIGHTS): a category page's intro, tips,
 * subject lines and FAQ, and a guide's body and FAQ, talk about templates
 * and used to outrank the template a query names. Headings carry Pagefind's
 * own default weights (h2 6, h3 5) unless given one, so every heading in a
 * weighted-down part must carry the weight itself.
 */
import { describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { PAGE_WEIGHTS } from '../../src/lib/search/records.ts';
import { pages, type Page } from '../support/site.ts';

const all = pages();
const categoryPages = all.filter((p) => p.doc.querySelector('mk-copy.category-layout'));
const guidePages = all.filter((p) => p.doc.querySelector('article.prose.guide'));

/** The element's own weight, or the nearest ancestor's; undefined for Pagefind's default. */
function weightOf(el: HTMLElement): number | undefined {
  for (let e: HTMLElement | null = el; e; e = e.parentNode as HTMLElement | null) {
    const w = e.getAttribute?.('data-pagefind-weight');
    if (w !== undefined) return Number(w);
  }
  return undefined;
}
const ignored = (el: HTMLElement) => {
  for (let e: HTMLElement | null = el; e; e = e.parentNode as HTMLElement | null) if (e.hasAttribute?.('data-pagefind-ignore')) return true;
  return false;
};

/** Every indexed element with text of its own, and every indexed heading, inside main, outside the h1. */
function indexed(page: Page) {
  const main = page.doc.querySelector('[data-pagefind-body]')!;
  const els = main.querySelectorAll('p, li, h2, h3, h4, h5, h6, dd, dt, td, th, blockquote').filter((e) => !ignored(e) && e.text.trim() !== '');
  return { els, headings: els.filter((e) => /^H[2-6]$/.test(e.tagName)) };
}

describe('search weights of the pages’ own text', () => {
  it('finds category pages and guides to check', () => {
    expect(categoryPages.length).toBeGreaterThan(0);
    expect(guidePages.length).toBeGreaterThan(0);
  });

  it.each(categoryPages.map((p) => [p.path, p] as const))('%s: intro, tips, subject lines and FAQ weigh less, headings included; the h1 keeps its weight', (_path, page) => {
    const { els, headings } = indexed(page);
    expect(els.length).toBeGreaterThan(0);
    for (const e of els) expect(weightOf(e), `${e.tagName} "${e.text.trim().slice(0, 40)}"`).toBe(PAGE_WEIGHTS.categorySection);
    for (const h of headings) expect(h.getAttribute('data-pagefind-weight'), h.text.trim()).toBe(String(PAGE_WEIGHTS.categorySection));
    expect(page.doc.querySelector('h1')!.hasAttribute('data-pagefind-weight')).toBe(false);
  });

  it.each(guidePages.map((p) => [p.path, p] as const))('%s: the body and the FAQ weigh less than records; the h1 keeps its weight', (_path, page) => {
    const { els } = indexed(page);
    const body = els.filter((e) => !/^H[1-6]$/.test(e.tagName));
    expect(body.length).toBeGreaterThan(0);
    for (const e of body) expect(weightOf(e), `${e.tagName} "${e.text.trim().slice(0, 40)}"`).toBeLessThan(1);
    for (const h of page.doc.querySelectorAll('.faq h2, .faq h3')) expect(Number(h.getAttribute('data-pagefind-weight'))).toBeLessThan(1);
    expect(page.doc.querySelector('h1')!.hasAttribute('data-pagefind-weight')).toBe(false);
  });
});
