/**
 * One search record per template (issue 14), written for Pagefind next to
 * the built pages and removed once the index is written.
 *
 * Why records and not the category page's sub-results: Pagefind ranks pages,
 * and a template was only a section of its category page. The dialog could
 * only pick sections within the pages Pagefind ranked, and long sections
 * (FAQ, intro, tips) carried more matches than any template: `refund` showed
 * none of the nine refund templates. As a record of its own, a short
 * template with its title, "use it when", keywords and subject competes
 * with whole pages on Pagefind's own length-normalised score, and wins
 * against a FAQ that merely mentions the word.
 *
 * Why a small HTML file per record and not the Node API's addCustomRecord:
 * custom records take plain text, so the title and the keywords could not
 * weigh more than the body (data-pagefind-weight); and the index stays one
 * CLI run per language (src/integrations/pagefind-index.ts), whose memory and
 * time were measured at 10,000 pages. A record's real address (the template's
 * anchor on its category page) travels in the `href` meta, which the dialog
 * opens instead of the record file's own URL; the files never ship.
 *
 * The records come from the content files, walked once per build like the
 * catalogue walks them: a category missing in a locale shows the default
 * locale's version there, and so do its records. Bodies go through the email
 * tree (the default voice) so the record says what the page says.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultLocale } from '../../i18n/locales.ts';
import { placeholderLabels } from '../../i18n/placeholders/index.ts';
import { parseEmailBody } from '../email/parse.ts';
import { escapeHtml, toPlainText } from '../email/text.ts';
import { voiceAxesOf } from '../../i18n/locales.ts';
import { categorySchema } from '../content/schemas.ts';
import { readCategoryTemplates } from '../content/template-files.ts';
import { parseContentFile } from '../content/validate.ts';
import { pathFor } from '../paths.ts';

export interface SearchRecord {
  /** The template's address without the deployment base: /en/refund-requests/#refund-rejected */
  href: string;
  /** Where the record file goes, relative to the locale folder. */
  file: string;
  title: string;
  category: string;
  useWhen: string;
  subject: string;
  keywords: string[];
  body: string;
}

/**
 * Pagefind weights (1 is body text, 7 an h1, 10 the most). Measured with
 * `npm run search:eval`: keywords are the words people type, so they weigh as
 * much as the title; "use it when" says what the template is for.
 */
export const RECORD_WEIGHTS = { title: 10, keywords: 8, useWhen: 3, subject: 2 } as const;

/**
 * Weights of the pages' own text (Pagefind's default is 1, an h1 7, an h2 6,
 * an h3 5). A category page's intro, tips, subject lines and FAQ, and a
 * guide's body, talk *about* the templates: they hold the words people type
 * for a template ("refund not received") more often than the template does,
 * and the FAQ's questions are h3s that weigh five times the body. Weighted
 * down, a template record that holds the words wins, while the pages stay
 * findable by their titles (the h1 keeps its weight) and by words found
 * nowhere else. A guide's body only a little (its section headings keep
 * theirs): guides are read for their advice, and at 0.5 queries for a guide's
 * topic ("how to reduce cancellations") lost it to templates. The h1 of a
 * category page or a guide carries the page's `keywords` in an attribute
 * Pagefind indexes (data-pagefind-index-attrs), at the weight of a template's
 * keywords, so "cancellation emails" finds the page. Measured with
 * `npm run search:eval`.
 */
export const PAGE_WEIGHTS = { categorySection: 0.3, guideBody: 0.8, keywords: 8 } as const;

/** Category files are MDX (they may hold <TemplateLink>); hidden files are editors', not content. */
const categoryNames = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.mdx') && !n.startsWith('.')).sort() : []);

function readCategory(contentDir: string, locale: string, slug: string) {
  const filePath = join(contentDir, 'categories', locale, `${slug}.mdx`);
  const parsed = parseContentFile(readFileSync(filePath, 'utf8'), categorySchema);
  if ('problems' in parsed) throw new Error(`${filePath}: ${parsed.problems.map((p) => `${p.field}: ${p.message}`).join('; ')} (run npm run content:check for the fix).`);
  return parsed.data;
}

/** Every template record of one locale's site, as its category pages show them. */
export function templateRecords(contentDir: string, locale: string): SearchRecord[] {
  const records: SearchRecord[] = [];
  // Category pages exist for every category of the default locale (catalogue.ts: localizedAll).
  for (const name of categoryNames(join(contentDir, 'categories', defaultLocale))) {
    const slug = name.slice(0, -'.mdx'.length);
    const contentLocale = existsSync(join(contentDir, 'categories', locale, name)) ? locale : defaultLocale;
    const category = readCategory(contentDir, contentLocale, slug);
    const labels = placeholderLabels(contentLocale);
    for (const tpl of readCategoryTemplates(join(contentDir, 'templates'), contentLocale, slug)) {
      // The index holds each locale's default voice (issue 16): what a visitor sees first.
      const text = (source: string) => toPlainText(parseEmailBody(source, labels, voiceAxesOf(contentLocale)).body);
      records.push({
        href: `${pathFor(locale, { type: 'category', slug })}#${tpl.id}`,
        file: `${slug}/${tpl.id}.html`,
        title: tpl.data.title,
        category: category.navTitle,
        useWhen: tpl.data.useWhen,
        subject: text(tpl.data.subject),
        keywords: tpl.data.keywords ?? [],
        body: text(tpl.body),
      });
    }
  }
  return records;
}

/** The record as the page Pagefind indexes. Keywords are indexed, never shown: the file does not ship. */
export function recordHtml(record: SearchRecord, lang: string): string {
  const e = escapeHtml;
  const w = RECORD_WEIGHTS;
  const paragraphs = (text: string) => text.split(/\n{2,}/).map((p) => `<p>${e(p)}</p>`).join('');
  return (
    `<!doctype html><html lang="${e(lang)}"><head><meta charset="utf-8"><title>${e(record.title)}</title></head><body>` +
    `<main data-pagefind-body data-pagefind-filter="category:${e(record.category)}" data-pagefind-meta="href:${e(record.href)}">` +
    `<span data-pagefind-meta="category:${e(record.category)}"></span>` +
    // The keywords as metadata too, so the dialog can put an exact keyword match first.
    `<span data-keywords="${e(record.keywords.join(', '))}" data-pagefind-meta="keywords[data-keywords]"></span>` +
    `<h1 data-pagefind-weight="${w.title}">${e(record.title)}</h1>` +
    `<p data-pagefind-weight="${w.useWhen}">${e(record.useWhen)}</p>` +
    `<p data-pagefind-weight="${w.subject}">${e(record.subject)}</p>` +
    paragraphs(record.body) +
    // Last, so an excerpt starts at the template's own words; one list item per keyword keeps phrases apart.
    (record.keywords.length ? `<ul data-pagefind-weight="${w.keywords}">${record.keywords.map((k) => `<li>${e(k)}.</li>`).join('')}</ul>` : '') +
    `</main></body></html>`
  );
}
