import { describe, expect, it } from 'vitest';
import { localeTable, locales, localesByRegion, astroI18nLocales, defaultLocale, regions } from '../../src/i18n/locales.ts';
import { dictionaries } from '../../src/i18n/ui/index.ts';

describe('the locale table', () => {
  it('has unique codes and tags, all valid BCP-47', () => {
    expect(new Set(localeTable.map((l) => l.code)).size).toBe(localeTable.length);
    expect(new Set(localeTable.map((l) => l.tag)).size).toBe(localeTable.length);
    for (const l of localeTable) {
      // Intl canonicalises valid tags and throws on invalid ones.
      expect(Intl.getCanonicalLocales(l.tag)[0]).toBe(l.tag);
      expect(l.code).toBe(l.tag.toLowerCase());
      expect(regions).toContain(l.region);
    }
  });

  it('enables exactly the wave-1 locales, default first', () => {
    expect(locales.map((l) => l.code)).toEqual(['en', 'es', 'bg', 'ru', 'sl', 'th']);
    expect(locales[0]!.code).toBe(defaultLocale);
  });

  it('knows the right-to-left locale and marks only it rtl', () => {
    expect(localeTable.filter((l) => l.dir === 'rtl').map((l) => l.code)).toEqual(['ar']);
  });

  it('derives Astro i18n locales with path/codes where the tag differs', () => {
    expect(astroI18nLocales()).toEqual(locales.map((l) => l.code));
  });

  it('groups the switcher by region in region order, with no empty group', () => {
    const groups = localesByRegion();
    expect(groups.map((g) => g.region)).toEqual(regions.filter((r) => locales.some((l) => l.region === r)));
    expect(groups.flatMap((g) => g.locales).length).toBe(locales.length);
  });

  it('names each language in itself (no English names for other languages)', () => {
    const names = Object.fromEntries(localeTable.map((l) => [l.code, l.name]));
    expect(names).toMatchObject({ sl: 'Slovenščina', th: 'ไทย', ru: 'Русский', bg: 'Български', ar: 'العربية' });
  });

  it("gives every locale an Open Graph locale: language_TERRITORY, unique, and the tag's own language", () => {
    expect(new Set(localeTable.map((l) => l.ogLocale)).size).toBe(localeTable.length);
    for (const l of localeTable) {
      expect(l.ogLocale, l.code).toMatch(/^[a-z]{2,3}_[A-Z]{2}$/);
      expect(l.ogLocale.split('_')[0], l.code).toBe(l.tag.split('-')[0]);
      // Where the tag names a region (pt-BR), og:locale keeps it.
      const region = l.tag.split('-')[1];
      if (region) expect(l.ogLocale.split('_')[1], l.code).toBe(region);
    }
    const og = Object.fromEntries(localeTable.map((l) => [l.code, l.ogLocale]));
    expect(og).toMatchObject({ en: 'en_US', es: 'es_ES', ru: 'ru_RU', bg: 'bg_BG', sl: 'sl_SI', th: 'th_TH', ar: 'ar_AR', 'pt-br': 'pt_BR', ja: 'ja_JP' });
  });

  it('has a UI dictionary for every enabled locale', () => {
    for (const l of locales) expect(dictionaries[l.code], `dictionary for ${l.code}`).toBeDefined();
  });
});
