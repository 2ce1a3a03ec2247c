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
import { checkContent } from '../../src/lib/content/validate.ts';
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

  it.each(categoryPages.map((p) => [p.path, p] as const))('%s: intro, tips, subject lines and FAQ weigh less, headings included; the h1 weighs as the page\'s keywords', (_path, page) => {
    const { els, headings } = indexed(page);
    expect(els.length).toBeGreaterThan(0);
    for (const e of els) expect(weightOf(e), `${e.tagName} "${e.text.trim().slice(0, 40)}"`).toBe(PAGE_WEIGHTS.categorySection);
    for (const h of headings) expect(h.getAttribute('data-pagefind-weight'), h.text.trim()).toBe(String(PAGE_WEIGHTS.categorySection));
    // The h1 also carries the page's keywords (PAGE_WEIGHTS.keywords), a little above an h1's 7.
    expect(page.doc.querySelector('h1')!.getAttribute('data-pagefind-weight')).toBe(String(PAGE_WEIGHTS.keywords));
  });

  it.each(guidePages.map((p) => [p.path, p] as const))('%s: the body and the FAQ weigh less than records; the h1 weighs as the page\'s keywords', (_path, page) => {
    const { els } = indexed(page);
    const body = els.filter((e) => !/^H[1-6]$/.test(e.tagName));
    expect(body.length).toBeGreaterThan(0);
    for (const e of body) expect(weightOf(e), `${e.tagName} "${e.text.trim().slice(0, 40)}"`).toBeLessThan(1);
    for (const h of page.doc.querySelectorAll('.faq h2, .faq h3')) expect(Number(h.getAttribute('data-pagefind-weight'))).toBeLessThan(1);
    // The h1 also carries the page's keywords (PAGE_WEIGHTS.keywords), a little above an h1's 7.
    expect(page.doc.querySelector('h1')!.getAttribute('data-pagefind-weight')).toBe(String(PAGE_WEIGHTS.keywords));
  });
});

describe('page keywords (issue 14)', () => {
  const { catalogue } = checkContent(process.cwd());
  const cases = [
    ...catalogue.categories.map((c) => [`/${c.locale}/${c.slug}/`, c.data.keywords] as const),
    ...catalogue.guides.map((g) => [`/${g.locale}/guides/${g.slug}/`, g.data.keywords] as const),
  ];
  it.each(cases)('%s: the h1 carries the keywords for the index, at the keyword weight, and shows none of them', (path, keywords) => {
    const page = pages().find((p) => p.path === path)!;
    const h1 = page.doc.querySelector('h1')!;
    expect(h1.getAttribute('data-pagefind-index-attrs')).toBe('data-keywords');
    expect(h1.getAttribute('data-keywords')).toBe(keywords.join(', '));
    expect(h1.getAttribute('data-pagefind-weight')).toBe(String(PAGE_WEIGHTS.keywords));
    expect(h1.getAttribute('data-pagefind-meta')).toBe('keywords[data-keywords]');
    const visible = page.doc.querySelector('main')!.textContent;
    expect(visible).not.toContain(keywords.join(', '));
  });
});
