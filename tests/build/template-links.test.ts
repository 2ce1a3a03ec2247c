/**
 * <TemplateLink id> in category pages (src/components/TemplateLink.astro):
 * in the built HTML every such link points at a template on the same page and
 * shows that template's title in the page's language; and the content really
 * uses it, in every locale, so a broken renderer cannot pass unnoticed.
 */
import { describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales.ts';
import { pages, text } from '../support/site.ts';

const categoryPages = pages().filter((p) => /^\/[^/]+\/[^/]+\/$/.test(p.path) && p.doc.querySelector('article.template'));

describe('template links in category pages', () => {
  it('appear on a category page of every locale', () => {
    for (const l of locales) {
      const mine = categoryPages.filter((p) => p.path.startsWith(`/${l.code}/`));
      expect(mine.some((p) => p.doc.querySelectorAll('a.template-link').length > 0), `${l.code}: no <TemplateLink> rendered`).toBe(true);
    }
  });

  it.each(categoryPages.map((p) => [p.path, p] as const))('%s: each link lands on a template of the page and shows its title', (_path, page) => {
    for (const a of page.doc.querySelectorAll('a.template-link')) {
      const id = (a.getAttribute('href') ?? '').replace(/^#/, '');
      const article = page.doc.querySelector(`article.template[id="${id}"]`);
      expect(article, `${page.path}: ${a.toString()} points at no template`).toBeTruthy();
      const title = text(article!.querySelector('h3')).replace(/#$/, '').trim();
      expect(text(a)).toBe(title);
    }
  });
});
