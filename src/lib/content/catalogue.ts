/**
 * The site's queries over Astro's content collections: which page exists in
 * which locale, what a locale shows where a translation is missing (the
 * default locale's version, marked as a fallback), and template bodies parsed
 * into the email tree. Used only inside Astro (pages and components).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { defaultLocale, locales } from '../../i18n/locales.ts';
import { placeholderLabels } from '../../i18n/ui/index.ts';
import { parseEmailBody } from '../email/parse.ts';
import type { EmailBody } from '../email/ast.ts';
import { availability, type Availability } from '../paths.ts';

export type CategoryEntry = CollectionEntry<'categories'>;
export type TemplateEntry = CollectionEntry<'templates'>;
export type GuideEntry = CollectionEntry<'guides'>;

/** "en/refund-requests" → { locale: "en", slug: "refund-requests" } */
export function splitId(id: string): { locale: string; slug: string; parent?: string } {
  const parts = id.split('/');
  if (parts.length === 3) return { locale: parts[0]!, parent: parts[1]!, slug: parts[2]! };
  return { locale: parts[0]!, slug: parts[1]! };
}

const enabled = new Set(locales.map((l) => l.code));
const inEnabledLocale = (e: { id: string }) => enabled.has(splitId(e.id).locale);
const byOrder = <T extends { data: { order: number }; id: string }>(a: T, b: T) => a.data.order - b.data.order || a.id.localeCompare(b.id);

let cache: Promise<{ categories: CategoryEntry[]; templates: TemplateEntry[]; guides: GuideEntry[] }> | undefined;
function load() {
  return (cache ??= Promise.all([getCollection('categories'), getCollection('templates'), getCollection('guides')]).then(
    ([categories, templates, guides]) => ({
      categories: categories.filter(inEnabledLocale).sort(byOrder),
      templates: templates.filter(inEnabledLocale).sort(byOrder),
      guides: guides.filter(inEnabledLocale).sort(byOrder),
    }),
  ));
}

export async function getAvailability(): Promise<Availability> {
  const { categories, guides } = await load();
  return availability({
    categories: categories.map((c) => splitId(c.id)),
    guides: guides.map((g) => splitId(g.id)),
  });
}

export interface Localized<T> {
  entry: T;
  slug: string;
  /** The locale the text is written in: the page's, or the default for a fallback. */
  contentLocale: string;
  isFallback: boolean;
}

/** Every slug of a collection (from the default locale) as seen from `locale`. */
async function localizedAll<T extends { id: string }>(list: T[], locale: string): Promise<Localized<T>[]> {
  const bySlug = new Map<string, Map<string, T>>();
  for (const e of list) {
    const { locale: l, slug } = splitId(e.id);
    if (!bySlug.has(slug)) bySlug.set(slug, new Map());
    bySlug.get(slug)!.set(l, e);
  }
  const out: Localized<T>[] = [];
  for (const e of list) {
    const { locale: l, slug } = splitId(e.id);
    if (l !== defaultLocale) continue;
    const own = bySlug.get(slug)!.get(locale);
    out.push(own ? { entry: own, slug, contentLocale: locale, isFallback: false } : { entry: e, slug, contentLocale: defaultLocale, isFallback: true });
  }
  return out;
}

export async function getCategories(locale: string) {
  return localizedAll((await load()).categories, locale);
}

export async function getGuides(locale: string) {
  return localizedAll((await load()).guides, locale);
}

export interface ParsedTemplate {
  entry: TemplateEntry;
  id: string;
  body: EmailBody;
}

/** The templates of a category in the locale its text is written in, in order. */
export async function getTemplates(contentLocale: string, category: string): Promise<ParsedTemplate[]> {
  const labels = placeholderLabels(contentLocale);
  return (await load()).templates
    .filter((t) => {
      const id = splitId(t.id);
      return id.locale === contentLocale && id.parent === category;
    })
    .map((entry) => {
      const { body, problems } = parseEmailBody(entry.body ?? '', labels);
      // The content guard has already rejected bad bodies; this only catches a guard bypass.
      if (problems.length) throw new Error(`${entry.filePath}: ${problems.map((p) => p.message).join('; ')}`);
      return { entry, id: splitId(entry.id).slug, body };
    });
}

/** Template counts per category slug, for the cards on a locale's home page. */
export async function countTemplates(contentLocale: string, category: string): Promise<number> {
  return (await load()).templates.filter((t) => {
    const id = splitId(t.id);
    return id.locale === contentLocale && id.parent === category;
  }).length;
}

/** A one-line text with placeholders (a subject line) as inline email nodes. */
export function parseLine(text: string, contentLocale: string) {
  const { body } = parseEmailBody(text, placeholderLabels(contentLocale));
  const first = body.blocks[0];
  return first?.type === 'paragraph' ? first.children : [];
}
