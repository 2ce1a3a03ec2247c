/**
 * The visible text of every page is in the page's language. ELD (npm `eld`,
 * 60 languages including Bulgarian, Slovenian and Thai, and their close
 * neighbours Russian, Serbian, Croatian, Macedonian) identifies the language
 * of each page's main content, and of each template on its own, so one
 * untranslated email on an otherwise Slovenian page is caught too.
 */
import { describe, expect, it } from 'vitest';
import { eld } from 'eld/large';
import type { HTMLElement } from 'node-html-parser';
import { locales } from '../../src/i18n/locales.ts';
import { pages, text, isIndexable } from '../support/site.ts';

/** Text a reader sees, without the placeholders (labels, not prose) or the fallback notice. */
function readable(el: HTMLElement): string {
  const copy = el.clone() as HTMLElement;
  copy.querySelectorAll('.ph, .ph-link, [data-pagefind-ignore], script, style, .visually-hidden').forEach((n) => n.remove());
  return text(copy);
}

const primary = (tag: string) => tag.split('-')[0]!.toLowerCase();

const cases = locales.flatMap((l) =>
  pages()
    .filter((p) => p.path.startsWith(`/${l.code}/`) && isIndexable(p))
    .map((p) => ({ locale: l, page: p })),
);

describe('language of the visible text', () => {
  it('has pages to check in every locale', () => {
    for (const l of locales) expect(cases.filter((c) => c.locale === l).length, l.code).toBeGreaterThan(2);
  });

  it.each(cases.map((c) => [c.page.path, c] as const))('%s is in the page language', (_path, { locale, page }) => {
    const main = page.doc.querySelector('main')!;
    const found: string[] = [];
    const detect = (what: string, el: HTMLElement) => {
      const words = readable(el);
      const result = eld.detect(words);
      if (result.language !== primary(locale.tag)) {
        found.push(`${what} detected as "${result.language || 'unknown'}" (expected ${primary(locale.tag)}): ${words.slice(0, 120)}…`);
      }
    };
    detect('main content', main);
    for (const article of main.querySelectorAll('article.template')) detect(`template #${article.id}`, article);
    for (const faq of main.querySelectorAll('.faq')) detect('FAQ', faq);
    expect(found).toEqual([]);
  });
});
