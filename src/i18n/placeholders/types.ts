import type en from './en.ts';

/**
 * One placeholder of a locale: what the reader sees and what the writer and
 * the visitor need to know about it.
 *
 * - `label`: the text in square brackets in this locale's content (`[Customer name]`)
 *   and the fill-in field's label. Unique within the locale.
 * - `meaning`: the ONE thing the key stands for, precise enough that one value is
 *   right in every template that uses it (a date or a duration says what it is
 *   counted from). The fill-in panel fills every template on a page with one
 *   value, so a key that means two things makes some emails false.
 * - `example`: a realistic value in this locale, shown as the field's hint.
 */
export interface PlaceholderEntry {
  readonly label: string;
  readonly meaning: string;
  readonly example: string;
}

/** English's keys are the keys every locale must have. */
export type PlaceholderKey = keyof typeof en;
export type PlaceholderDictionary = Readonly<Record<PlaceholderKey, PlaceholderEntry>>;
