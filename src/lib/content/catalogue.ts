/**
 * The site's queries over Astro's content collections: which page exists in
 * which locale, what a locale shows where a translation is missing (the
 * default locale's version, marked as a fallback), and template bodies parsed
 * into the email tree. Used only inside Astro (pages and components).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { srcDir } from 'astro:config/server';
import { fileURLToPath } from 'node:url';
import { defaultLocale, locales, voiceAxesOf } from '../../i18n/locales.ts';
import { placeholderLabels } from '../../i18n/placeholders/index.ts';
import { parseEmailBody } from '../email/parse.ts';
import type { EmailBody, Inline } from '../email/ast.ts';
import { availability, type Availability } from '../paths.ts';
import { countCategoryTemplates, readCategoryTemplates, type TemplateFile } from './template-files.ts';

export type CategoryEntry = CollectionEntry<'categories'>;
export type TemplateEntry = TemplateFile;
export type GuideEntry = CollectionEntry<'guides'>;

/** "en/refund-requests" → { locale: "en", slug: "refund-requests" } */
export function splitId(id: string): { locale: string; slug: string } {
  const [locale, slug] = id.split('/');
  return { locale: locale!, slug: slug! };
}

const enabled = new Set(locales.map((l) => l.code));
const inEnabledLocale = (e: { id: string }) => enabled.has(splitId(e.id).locale);
const byOrder = <T extends { data: { order: number }; id: string }>(a: T, b: T) => a.data.order - b.data.order || a.id.localeCompare(b.id);

interface Index {
  categories: CategoryEntry[];
  guides: GuideEntry[];
  availability: Availability;
  /** locale → every category/guide as seen from that locale. */
  localizedCategories: Map<string, Localized<CategoryEntry>[]>;
  localizedGuides: Map<string, Localized<GuideEntry>[]>;
}

/**
 * Everything the pages ask for, computed once per build. Pages used to scan
 * the whole collections on every page, which made the build quadratic in the
 * catalogue size (npm run bench: 45 ms per page at 1,000 pages).
 */
let cache: Promise<Index> | undefined;
function load(): Promise<Index> {
  return (cache ??= Promise.all([getCollection('categories'), getCollection('guides')]).then(
    ([allCategories, allGuides]) => {
      const categories = allCategories.filter(inEnabledLocale).sort(byOrder);
      const guides = allGuides.filter(inEnabledLocale).sort(byOrder);
      return {
        categories,
        guides,
        availability: availability({ categories: categories.map((c) => splitId(c.id)), guides: guides.map((g) => splitId(g.id)) }),
        localizedCategories: new Map(locales.map((l) => [l.code, localizedAll(categories, l.code)])),
        localizedGuides: new Map(locales.map((l) => [l.code, localizedAll(guides, l.code)])),
      };
    },
  ));
}

export async function getAvailability(): Promise<Availability> {
  return (await load()).availability;
}

export interface Localized<T> {
  entry: T;
  slug: string;
  /** The locale the text is written in: the page's, or the default for a fallback. */
  contentLocale: string;
  isFallback: boolean;
}

/** Every slug of a collection (from the default locale) as seen from `locale`. */
function localizedAll<T extends { id: string }>(list: T[], locale: string): Localized<T>[] {
  const own = new Map<string, T>();
  for (const e of list) {
    const id = splitId(e.id);
    if (id.locale === locale) own.set(id.slug, e);
  }
  const out: Localized<T>[] = [];
  for (const e of list) {
    const { locale: l, slug } = splitId(e.id);
    if (l !== defaultLocale) continue;
    const mine = own.get(slug);
    out.push(mine ? { entry: mine, slug, contentLocale: locale, isFallback: false } : { entry: e, slug, contentLocale: defaultLocale, isFallback: true });
  }
  return out;
}

export async function getCategories(locale: string): Promise<Localized<CategoryEntry>[]> {
  return (await load()).localizedCategories.get(locale) ?? [];
}

export async function getGuides(locale: string): Promise<Localized<GuideEntry>[]> {
  return (await load()).localizedGuides.get(locale) ?? [];
}

export interface ParsedTemplate {
  entry: TemplateEntry;
  id: string;
  body: EmailBody;
  /** The subject line as inline nodes (placeholders marked). */
  subject: Inline[];
}

/** Templates live outside Astro's content layer: see template-files.ts for why. */
const templatesDir = fileURLToPath(new URL('content/templates/', srcDir));

/** The templates of a category in the locale its text is written in, in order. */
export function getTemplates(contentLocale: string, category: string): ParsedTemplate[] {
  const labels = placeholderLabels(contentLocale);
  return readCategoryTemplates(templatesDir, contentLocale, category).map((entry) => {
    const { body, problems } = parseEmailBody(entry.body, labels, voiceAxesOf(contentLocale));
    // The content guard has already rejected bad bodies; this only catches a guard bypass.
    if (problems.length) throw new Error(`${entry.filePath}: ${problems.map((p) => p.message).join('; ')}`);
    return { entry, id: entry.id, body, subject: parseLine(entry.data.subject, contentLocale) };
  });
}

const titleMaps = new Map<string, Map<string, string>>();
/**
 * The title of template `id` in a category, as written in `contentLocale`, or
 * undefined when that locale has no such template. For <TemplateLink>, which
 * may run many times per page: each category's titles are read once.
 */
export function templateTitle(contentLocale: string, category: string, id: string): string | undefined {
  const key = `${contentLocale}/${category}`;
  let titles = titleMaps.get(key);
  if (!titles) {
    titles = new Map(readCategoryTemplates(templatesDir, contentLocale, category).map((e) => [e.id, e.data.title]));
    titleMaps.set(key, titles);
  }
  return titles.get(id);
}

/** Template counts per category slug, for the cards on a locale's home page. */
export function countTemplates(contentLocale: string, category: string): number {
  return countCategoryTemplates(templatesDir, contentLocale, category);
}

/** A one-line text with placeholders (a subject line) as inline email nodes. */
export function parseLine(text: string, contentLocale: string): Inline[] {
  const { body } = parseEmailBody(text, placeholderLabels(contentLocale), voiceAxesOf(contentLocale));
  const first = body.blocks[0];
  return first?.type === 'paragraph' ? first.children : [];
}
