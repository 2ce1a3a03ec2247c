/**
 * Picking the plural form of a UI string. Shared by the build-time translator
 * (src/i18n/ui/index.ts) and the browser scripts, which receive the forms as
 * data and pick one at run time.
 */
export type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const rules = new Map<string, Intl.PluralRules>();

/** The form for `count` in the language `tag`, with {count} filled in (formatted by `formatCount` when given). */
export function pluralize(forms: Plural, tag: string, count: number, formatCount: (n: number) => string = String): string {
  let r = rules.get(tag);
  if (!r) rules.set(tag, (r = new Intl.PluralRules(tag)));
  return (forms[r.select(count)] ?? forms.other).replace('{count}', formatCount(count));
}
