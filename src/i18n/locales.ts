/**
 * The one locale table. Astro's i18n config, the sitemap, `<html lang dir>`,
 * hreflang, the language switcher, Pagefind's index split and the tests all
 * derive from this list: adding a language starts (and mostly ends) here.
 *
 * - `code`: the URL segment and content folder name (lowercase, stable forever).
 * - `tag`: the BCP-47 tag used in `lang`, `hreflang` and Pagefind's index.
 * - `ogLocale`: Open Graph's `language_TERRITORY` form for `og:locale`, from
 *   the locale list Facebook and LinkedIn read. Spanish is `es_ES`: our Spanish
 *   is neutral between Spain and Latin America, so no territory is more right
 *   than another, and es_ES is a real ISO 3166 pair every consumer parses
 *   (es_LA is Facebook's private code). Arabic is `ar_AR`, the only Arabic
 *   entry in that list.
 * - `name`: the language's own name, written in that language.
 * - `dir`: text direction.
 * - `region`: where the switcher groups it.
 * - `enabled`: only enabled locales are built. A locale is enabled once it has
 *   its UI dictionary and content.
 * - `voice`: the voice axes the language marks (src/i18n/voice.ts): the writer's
 *   gender (`speaker`), the form of address (`address`). Each names its native
 *   legend and option labels (shown in the fill-in panel) and the default
 *   variant. A template may use inline choices only for axes its locale
 *   declares. English declares none.
 */
import type { LocaleVoiceAxis } from './voice.ts';

export const regions = ['europe', 'asia', 'middle-east', 'americas'] as const;
export type Region = (typeof regions)[number];

export interface LocaleDefinition {
  readonly code: string;
  readonly tag: string;
  readonly ogLocale: string;
  readonly name: string;
  readonly dir: 'ltr' | 'rtl';
  readonly region: Region;
  readonly enabled: boolean;
  readonly voice?: readonly LocaleVoiceAxis[];
}

export const localeTable = [
  { code: 'en', tag: 'en', ogLocale: 'en_US', name: 'English', dir: 'ltr', region: 'americas', enabled: true },
  { code: 'es', tag: 'es', ogLocale: 'es_ES', name: 'Español', dir: 'ltr', region: 'americas', enabled: true, voice: [{ axis: 'address', legend: 'Trato al cliente', options: ['De usted', 'De tú'], default: 'formal' }] },
  { code: 'pt-br', tag: 'pt-BR', ogLocale: 'pt_BR', name: 'Português (Brasil)', dir: 'ltr', region: 'americas', enabled: false },
  { code: 'bg', tag: 'bg', ogLocale: 'bg_BG', name: 'Български', dir: 'ltr', region: 'europe', enabled: true, voice: [{ axis: 'speaker', legend: 'Пишете като', options: ['жена (рада съм)', 'мъж (рад съм)'], default: 'female' }] },
  { code: 'de', tag: 'de', ogLocale: 'de_DE', name: 'Deutsch', dir: 'ltr', region: 'europe', enabled: false, voice: [{ axis: 'address', legend: 'Anrede', options: ['Sie', 'du'], default: 'formal' }] },
  { code: 'fr', tag: 'fr', ogLocale: 'fr_FR', name: 'Français', dir: 'ltr', region: 'europe', enabled: false, voice: [{ axis: 'address', legend: 'Vous écrivez au client', options: ['vouvoiement', 'tutoiement'], default: 'formal' }] },
  { code: 'ru', tag: 'ru', ogLocale: 'ru_RU', name: 'Русский', dir: 'ltr', region: 'europe', enabled: true, voice: [{ axis: 'speaker', legend: 'Кто пишет письма', options: ['женщина (я проверила)', 'мужчина (я проверил)'], default: 'female' }] },
  { code: 'sl', tag: 'sl', ogLocale: 'sl_SI', name: 'Slovenščina', dir: 'ltr', region: 'europe', enabled: true, voice: [{ axis: 'speaker', legend: 'Pišete kot', options: ['ženska (sem preverila)', 'moški (sem preveril)'], default: 'female' }] },
  { code: 'th', tag: 'th', ogLocale: 'th_TH', name: 'ไทย', dir: 'ltr', region: 'asia', enabled: true, voice: [{ axis: 'speaker', legend: 'ผู้เขียนอีเมล', options: ['ผู้หญิง (ค่ะ, ดิฉัน)', 'ผู้ชาย (ครับ, ผม)'], default: 'female' }] },
  { code: 'ja', tag: 'ja', ogLocale: 'ja_JP', name: '日本語', dir: 'ltr', region: 'asia', enabled: false },
  { code: 'ar', tag: 'ar', ogLocale: 'ar_AR', name: 'العربية', dir: 'rtl', region: 'middle-east', enabled: false, voice: [{ axis: 'speaker', legend: 'تكتب بصفتك', options: ['كاتبة', 'كاتب'], default: 'female' }] },
] as const satisfies readonly LocaleDefinition[];

export type LocaleCode = (typeof localeTable)[number]['code'];

export const defaultLocale = 'en' satisfies LocaleCode;

/**
 * Locales switched on for one build beyond the table's `enabled` flag, from
 * the comma-separated `EXTRA_LOCALES` environment variable. Tests use it to
 * build the right-to-left `ar` locale before it has content of its own.
 */
function extraLocales(): string[] {
  const raw = typeof process !== 'undefined' ? process.env.EXTRA_LOCALES : undefined;
  return raw ? raw.split(',').map((s) => s.trim()).filter(Boolean) : [];
}

const extra = extraLocales();
for (const code of extra) {
  if (!localeTable.some((l) => l.code === code)) {
    throw new Error(
      `EXTRA_LOCALES names "${code}", which is not in src/i18n/locales.ts. Known codes: ${localeTable.map((l) => l.code).join(', ')}.`,
    );
  }
}

/** The locales this build produces pages for, default first. */
export const locales: readonly LocaleDefinition[] = localeTable
  .filter((l) => l.enabled || extra.includes(l.code))
  .sort((a, b) => (a.code === defaultLocale ? -1 : b.code === defaultLocale ? 1 : 0));

export const localeCodes: readonly string[] = locales.map((l) => l.code);

export function isLocale(code: string | undefined): code is LocaleCode {
  return code !== undefined && localeCodes.includes(code);
}

export function getLocale(code: string): LocaleDefinition {
  const found = localeTable.find((l) => l.code === code);
  if (!found) throw new Error(`Unknown locale "${code}". Add it to src/i18n/locales.ts.`);
  return found;
}

/** The voice axes a locale's content may use (none for a locale that declares none). */
export function voiceAxesOf(code: string): readonly LocaleVoiceAxis[] {
  return (localeTable as readonly LocaleDefinition[]).find((l) => l.code === code)?.voice ?? [];
}

/** Astro's `i18n.locales` form: `{ path, codes }` so URLs use `code` and `lang` uses `tag`. */
export function astroI18nLocales(): (string | { path: string; codes: [string, ...string[]] })[] {
  return locales.map((l) => (l.code === l.tag ? l.code : { path: l.code, codes: [l.tag] }));
}

/** Locales grouped by region for the switcher, in region order, empty regions dropped. */
export function localesByRegion(): { region: Region; locales: LocaleDefinition[] }[] {
  return regions
    .map((region) => ({ region, locales: locales.filter((l) => l.region === region) }))
    .filter((g) => g.locales.length > 0);
}
