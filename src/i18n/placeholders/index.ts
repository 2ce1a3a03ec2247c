/**
 * The placeholder dictionary: per locale, per key, a label, a meaning and an
 * example (./types.ts). The email parser maps labels to keys with it, the
 * fill-in panel shows labels and examples, and the content check makes sure
 * every locale has every key.
 */
import type { PlaceholderDictionary, PlaceholderEntry, PlaceholderKey } from './types.ts';
import en from './en.ts';
import es from './es.ts';
import ru from './ru.ts';
import bg from './bg.ts';
import sl from './sl.ts';
import th from './th.ts';
import ar from './ar.ts';

export type { PlaceholderDictionary, PlaceholderEntry, PlaceholderKey } from './types.ts';

export const placeholderDictionaries: Readonly<Record<string, PlaceholderDictionary>> = { en, es, ru, bg, sl, th, ar };

export function getPlaceholders(code: string): PlaceholderDictionary {
  const dict = placeholderDictionaries[code];
  if (!dict) {
    throw new Error(
      `No placeholder dictionary for locale "${code}". Create src/i18n/placeholders/${code}.ts (copy en.ts; write every label, meaning and example in the language) and register it in src/i18n/placeholders/index.ts.`,
    );
  }
  return dict;
}

export function placeholderEntry(code: string, key: PlaceholderKey): PlaceholderEntry {
  return getPlaceholders(code)[key];
}

/** Label → key map of a locale's placeholders, as the email parser wants it. */
const labelMaps = new Map<string, Map<string, string>>();
export function placeholderLabels(code: string): Map<string, string> {
  let map = labelMaps.get(code);
  if (!map) {
    map = new Map(Object.entries(getPlaceholders(code)).map(([key, entry]) => [entry.label, key]));
    labelMaps.set(code, map);
  }
  return map;
}
