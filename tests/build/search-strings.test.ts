/**
 * What the search UI says comes in two parts (src/lib/search/strings.ts):
 * every search form carries the few strings needed before anything has
 * loaded, and the rest is /<locale>/search/strings.json, which
 * src/scripts/search-ui.ts fetches next to the form's action. Both must be
 * there, in the form's language, for every locale and every page.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales.ts';
import { searchStrings } from '../../src/lib/search/strings.ts';
import { DIST, pages } from '../support/site.ts';

const base = process.env.BASE ?? '/';
const withForm = pages().filter((p) => p.doc.querySelector('[data-search-form]'));

describe('search strings', () => {
  it.each(locales.map((l) => [l.code]))('/%s/search/strings.json has the rest of what search says in that language', (code) => {
    const file = join(DIST, code, 'search', 'strings.json');
    expect(existsSync(file)).toBe(true);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(searchStrings(code, base).later);
  });

  it('every search form carries only what is said before anything loads, in its page language, and submits next to its strings.json', () => {
    expect(withForm.length).toBeGreaterThan(locales.length);
    const wrong = withForm.flatMap((page) => {
      const form = page.doc.querySelector('[data-search-form]')!;
      const code = locales.find((l) => l.tag === page.doc.querySelector('html')!.getAttribute('lang'))!.code;
      const problems: string[] = [];
      if (JSON.stringify(JSON.parse(form.getAttribute('data-strings')!)) !== JSON.stringify(searchStrings(code, base).inline)) problems.push(`${page.path}: data-strings`);
      const action = form.getAttribute('action')!;
      if (!existsSync(join(DIST, action.slice(base.length - 1), 'strings.json'))) problems.push(`${page.path}: no strings.json next to ${action}`);
      return problems;
    });
    expect(wrong).toEqual([]);
  });
});
