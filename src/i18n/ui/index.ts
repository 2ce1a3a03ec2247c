import { getLocale, type LocaleDefinition } from '../locales.ts';
import type { Dictionary, Plural, UIKey } from './types.ts';
import { getPlaceholders, type PlaceholderKey } from '../placeholders/index.ts';
import { pluralize } from '../plural.ts';
import en from './en.ts';
import es from './es.ts';
import ru from './ru.ts';
import bg from './bg.ts';
import sl from './sl.ts';
import th from './th.ts';
import ar from './ar.ts';

export type { Dictionary, UIKey } from './types.ts';
export type { PlaceholderKey } from '../placeholders/index.ts';

/**
 * Every dictionary the site ships. A locale enabled in the locale table
 * without an entry here fails the unit tests and the content check.
 */
export const dictionaries: Readonly<Record<string, Dictionary>> = { en, es, ru, bg, sl, th, ar };

export function getDictionary(code: string): Dictionary {
  const dict = dictionaries[code];
  if (!dict) {
    throw new Error(
      `No UI dictionary for locale "${code}". Create src/i18n/ui/${code}.ts (copy en.ts and translate every string) and register it in src/i18n/ui/index.ts.`,
    );
  }
  return dict;
}

/** Replaces {name} markers with values. */
export function format(template: string, vars: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}

export interface Translator {
  (key: UIKey, vars?: Record<string, string | number>): string;
  plural(key: UIKey, count: number): string;
  /** The placeholder's label in this locale, e.g. "Customer name". */
  placeholder(key: PlaceholderKey): string;
  /** Its example value in this locale, the fill-in field's hint. */
  placeholderExample(key: PlaceholderKey): string;
  /** The plural forms themselves, for client code that picks the form at run time. */
  pluralForms(key: UIKey): Plural;
  locale: LocaleDefinition;
}

const translators = new Map<string, Translator>();

/** The translator of a locale; built once per locale (every page asks for one). */
export function useTranslations(code: string): Translator {
  let t = translators.get(code);
  if (!t) {
    t = makeTranslator(code);
    translators.set(code, t);
  }
  return t;
}

function makeTranslator(code: string): Translator {
  const dict = getDictionary(code);
  const locale = getLocale(code);
  const numbers = new Intl.NumberFormat(locale.tag);
  const t = ((key, vars) => {
    const value = dict[key];
    if (typeof value !== 'string') throw new Error(`UI key "${key}" is a plural: use t.plural().`);
    return format(value, vars);
  }) as Translator;
  t.pluralForms = (key) => {
    const value = dict[key] as Plural | string;
    if (typeof value === 'string') throw new Error(`UI key "${key}" is not a plural.`);
    return value;
  };
  t.plural = (key, count) => pluralize(t.pluralForms(key), locale.tag, count, (n) => numbers.format(n));
  const placeholders = getPlaceholders(code);
  t.placeholder = (key) => placeholders[key].label;
  t.placeholderExample = (key) => placeholders[key].example;
  t.locale = locale;
  return t;
}
