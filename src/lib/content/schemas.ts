/**
 * Content schemas. Astro's collections (src/content.config.ts) and the
 * standalone content check (src/lib/content/validate.ts) both use these, so a
 * file that passes `npm run content:check` also loads in Astro. Every message
 * says how to fix the field, because the person reading it is a content author.
 *
 * Documented for authors in CONTRIBUTING.md.
 */
import { z } from 'astro/zod';
import { graphemeCount, MAX_TITLE } from '../seo/title.ts';

export const themes = ['subscriptions', 'billing', 'service', 'conversations', 'orders'] as const;
export type Theme = (typeof themes)[number];

/** Longest meta description search engines show without cutting it. */
export const MAX_DESCRIPTION = 160;
/** Search keywords per template: enough to cover synonyms, colloquial names and inflections. */
export const MIN_KEYWORDS = 5;
/** A card's one-liner. */
export const MAX_SUMMARY = 120;

const slug = z
  .string({ error: 'must be a slug: lowercase letters, digits and hyphens, e.g. refund-requests' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'must be a slug: lowercase letters, digits and hyphens, e.g. refund-requests' });

const text = (what: string) =>
  z
    .string({ error: `is required: write ${what}` })
    .trim()
    .min(1, { error: `is empty: write ${what}` });

const description = text('a meta description of at most 160 characters').refine((s) => s.length <= MAX_DESCRIPTION, {
  error: (issue) =>
    `is ${(issue.input as string).length} characters long; shorten it to at most ${MAX_DESCRIPTION} (search engines cut the rest)`,
});

/** A page title: the <title> and the share card. Counted in graphemes, as a reader sees characters. */
const pageTitle = (what: string) =>
  text(what).refine((s) => graphemeCount(s) <= MAX_TITLE, {
    error: (issue) =>
      `is ${graphemeCount(issue.input as string)} characters long; shorten it to at most ${MAX_TITLE} (search results cut longer titles)`,
  });

const summary = text('a one-line summary for cards').refine((s) => s.length <= MAX_SUMMARY, {
  error: (issue) => `is ${(issue.input as string).length} characters long; keep the card summary to at most ${MAX_SUMMARY}`,
});

/**
 * Objects reject fields they do not know: a misspelt field name, or a comma
 * inside an unquoted YAML flow value (`{ text: Dates, access }` silently
 * splits into two keys), would otherwise vanish without a word.
 */
const strict = <T extends z.core.$ZodLooseShape>(shape: T, what: string) =>
  z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `has unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}: check the spelling, and quote values that contain a comma inside { … } (allowed: ${Object.keys(shape).join(', ')})`
        : `must be ${what}`,
  });

const order = z.number({ error: 'must be a number that sets the position in lists, e.g. order: 1' }).int().min(0);

export const faqEntry = strict(
  {
    question: text('the question'),
    answer: text('the answer (plain text; blank lines separate paragraphs)'),
  },
  'a { question, answer } entry',
);

const unique = (list: string[]) => new Set(list.map((s) => s.trim().toLowerCase())).size === list.length;

/**
 * What people type to find a page (issue 14): synonyms, colloquial names and
 * inflected forms, written by a native speaker of the locale. Indexed for
 * search with a high weight, never shown as body text. Pagefind has no
 * stemmer for Bulgarian, Slovenian or Thai, so these are how inflected and
 * colloquial queries find a template, a category or a guide.
 */
const keywords = z
  .array(text('a search keyword or phrase'), {
    error: (issue) =>
      issue.input === undefined
        ? `is required: list at least ${MIN_KEYWORDS} words or phrases people type to find this page (synonyms, colloquial names, inflected forms), one per line starting with "- " (see CONTRIBUTING.md, "Search keywords")`
        : 'must be a list of search keywords, one per line starting with "- "',
  })
  .min(MIN_KEYWORDS, { error: (issue) => `has ${(issue.input as string[]).length}; list at least ${MIN_KEYWORDS} words or phrases people type to find this page (synonyms, colloquial names, inflected forms)` })
  .superRefine((list, ctx) => {
    const seen = new Map<string, string>();
    for (const keyword of list) {
      const key = keyword.trim().toLocaleLowerCase();
      const earlier = seen.get(key);
      if (earlier !== undefined) {
        ctx.addIssue({ code: 'custom', message: `lists "${keyword}" twice (as "${earlier}" too; case does not count): remove the duplicate or replace it with another word people type` });
      } else seen.set(key, keyword);
    }
  });

export const categorySchema = strict({
  title: pageTitle('the page heading, e.g. "Subscription cancellation email templates"'),
  navTitle: text('the short name used in cards and breadcrumbs, e.g. "Subscription cancellation"'),
  description,
  summary,
  theme: z.enum(themes, { error: `must be one of: ${themes.join(', ')} (add a new theme in src/lib/content/schemas.ts and to every UI dictionary)` }),
  order,
  tips: z
    .array(strict({ title: text('the tip heading'), text: text('the tip, one or two sentences') }, 'a { title, text } tip'), {
      error: 'must be a list of { title, text } tips',
    })
    .min(3, { error: 'needs 3 to 6 tips' })
    .max(6, { error: 'needs 3 to 6 tips' }),
  subjects: z
    .array(text('a subject line'), { error: 'must be a list of subject lines' })
    .min(6, { error: 'needs 6 to 12 subject lines' })
    .max(12, { error: 'needs 6 to 12 subject lines' })
    .refine(unique, { error: 'contains the same subject line twice: remove or reword the duplicate' }),
  faq: z
    .array(faqEntry, { error: 'must be a list of { question, answer } entries' })
    .min(3, { error: 'needs 3 to 6 questions' })
    .max(6, { error: 'needs 3 to 6 questions' }),
  guides: z.array(slug).default([]),
  related: z.array(slug).default([]),
  /** What people type to find the category page itself ("cancellation emails"). */
  keywords,
}, 'a category front matter block');

export const templateSchema = strict({
  title: text('the template name, e.g. "Refund approved"'),
  useWhen: text('one line completing "Use it when …"'),
  subject: text('the email subject line'),
  order,
  /**
   * What people type to find this template (issue 14): synonyms, colloquial
   * names and inflected forms, written by a native speaker of the locale.
   * Indexed for search with a high weight (src/lib/search/records.ts), never
   * shown as body text. Pagefind has no stemmer for Bulgarian, Slovenian or
   * Thai, so these are how inflected and colloquial queries find a template.
   */
  keywords,
}, 'a template front matter block');

export const guideSchema = strict({
  title: pageTitle('the guide title'),
  description,
  summary,
  order,
  categories: z.array(slug, { error: 'must list the category slugs this guide belongs with' }).min(1, {
    error: 'must name at least one category the guide belongs with',
  }),
  faq: z.array(faqEntry).max(6, { error: 'allows at most 6 questions' }).default([]),
  /** What people type to find the guide ("how to reduce churn"). */
  keywords,
}, 'a guide front matter block');

export type CategoryData = z.infer<typeof categorySchema>;
export type TemplateData = z.infer<typeof templateSchema>;
export type GuideData = z.infer<typeof guideSchema>;
