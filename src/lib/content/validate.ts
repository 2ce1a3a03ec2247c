/**
 * The content check. It reads src/content straight from disk, with the same
 * Zod schemas Astro uses, and adds the rules Astro cannot know: references
 * between files, placeholders, template ids, email body syntax. It runs
 * before every build (src/integrations/content-guard.ts) and on its own as
 * `npm run content:check`, and returns every problem at once, each naming the
 * file, the field and the fix.
 */
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { load as parseYaml, YAMLException } from 'js-yaml';
import type { z } from 'astro/zod';
import { categorySchema, guideSchema, templateSchema, type CategoryData, type GuideData, type TemplateData } from './schemas.ts';
import { defaultLocale, localeTable, locales, voiceAxesOf } from '../../i18n/locales.ts';
import { dictionaries } from '../../i18n/ui/index.ts';
import { placeholderLabels } from '../../i18n/placeholders/index.ts';
import { parseEmailBody } from '../email/parse.ts';
import { listFiles } from '../fs/files.ts';
import { mdxToMdast } from 'satteri';
import { componentsInMdx, templateLinksInText } from './template-links.ts';
import { closest } from '../text/closest.ts';
import type { EmailBody } from '../email/ast.ts';

export interface ContentProblem {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  /** The front-matter field, "body", or "file". */
  field: string;
  /** 1-based line in the file, where known. */
  line?: number;
  message: string;
}

export interface CategoryEntry {
  file: string;
  locale: string;
  slug: string;
  data: CategoryData;
  body: string;
  /** <TemplateLink id> uses in the body and tips, checked against the category's templates. */
  templateLinks: { id: string; field: string; line: number }[];
}
export interface TemplateEntry {
  file: string;
  locale: string;
  category: string;
  id: string;
  data: TemplateData;
  body: EmailBody;
  subject: EmailBody;
}
export interface GuideEntry {
  file: string;
  locale: string;
  slug: string;
  data: GuideData;
  body: string;
}

export interface Catalogue {
  categories: CategoryEntry[];
  templates: TemplateEntry[];
  guides: GuideEntry[];
}

export interface CheckResult {
  catalogue: Catalogue;
  problems: ContentProblem[];
}

const collections = ['categories', 'templates', 'guides'] as const;

/** Category slugs that would collide with other routes under /{locale}/. */
export const RESERVED_CATEGORY_SLUGS: readonly string[] = ['guides', 'search', '404'];

/** Splits "---\nyaml\n---\nbody" and reports where the body starts. */
export function splitFrontMatter(source: string): { yaml: string; body: string; bodyLine: number } | null {
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (!text.startsWith('---\n')) return null;
  const end = text.indexOf('\n---', 3);
  if (end === -1) return null;
  const afterFence = text.indexOf('\n', end + 4);
  const yaml = text.slice(4, end + 1);
  const body = afterFence === -1 ? '' : text.slice(afterFence + 1);
  const bodyLine = text.slice(0, afterFence + 1).split('\n').length;
  return { yaml, body, bodyLine };
}

/**
 * The line of a front matter field in a file ("subject", "subjects[2]",
 * "tips[1].text"), so an author is sent to the right place; undefined when
 * the field is not written in the file (a missing field) or is not in the
 * front matter ("file", "body").
 */
export function frontMatterLine(source: string, field: string): number | undefined {
  const m = /^([A-Za-z]+)(?:\[(\d+)\])?/.exec(field);
  if (!m) return undefined;
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  if (lines[0] !== '---') return undefined;
  const end = lines.indexOf('---', 1);
  const key = lines.findIndex((l, i) => i > 0 && (end === -1 || i < end) && l.startsWith(`${m[1]}:`));
  if (key === -1) return undefined;
  if (m[2] === undefined) return key + 1;
  let item = -1;
  for (let i = key + 1; i < (end === -1 ? lines.length : end); i++) {
    if (/^\S/.test(lines[i]!)) break;
    if (/^\s*- /.test(lines[i]!) && /^(\s*)/.exec(lines[i]!)![1]!.length <= 2) item++;
    if (item === Number(m[2])) return i + 1;
  }
  return key + 1;
}

function fieldOf(path: PropertyKey[]): string {
  return path.reduce<string>((acc, part) => (typeof part === 'number' ? `${acc}[${part}]` : acc ? `${acc}.${String(part)}` : String(part)), '') || '(front matter)';
}

/**
 * One content file's front matter, checked against its schema: the data and
 * the body, or every problem with its field and fix. Shared by the content
 * check and by the pages that read template files themselves
 * (template-files.ts), so both say the same thing about a broken file.
 */
export function parseContentFile<S extends z.ZodType>(
  source: string,
  schema: S,
): { data: z.infer<S>; body: string; bodyLine: number } | { problems: Omit<ContentProblem, 'file'>[] } {
  const parts = splitFrontMatter(source);
  if (!parts) return { problems: [{ field: 'front matter', message: 'The file must start with a front matter block between two "---" lines.', line: 1 }] };
  let raw: unknown;
  try {
    // js-yaml: eight times faster than the yaml package on 10,000s of files (npm run bench).
    raw = parseYaml(parts.yaml) ?? {};
  } catch (error) {
    const message = error instanceof YAMLException ? error.reason : String(error);
    // +2: the front matter starts on line 2, after the opening "---"; mark.line is 0-based.
    const line = error instanceof YAMLException && error.mark ? error.mark.line + 2 : undefined;
    return {
      problems: [
        {
          field: 'front matter',
          message: `Malformed YAML: ${message}. Check indentation and quote values that contain ": " or start with [ { * & ! | > ' " % @.`,
          ...(line !== undefined ? { line } : {}),
        },
      ],
    };
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) return { problems: parsed.error.issues.map((issue) => ({ field: fieldOf(issue.path), message: `"${fieldOf(issue.path)}" ${issue.message}.` })) };
  return { data: parsed.data as z.infer<S>, body: parts.body, bodyLine: parts.bodyLine };
}

export function checkContent(root: string): CheckResult {
  const contentDir = join(root, 'src', 'content');
  const problems: ContentProblem[] = [];
  const catalogue: Catalogue = { categories: [], templates: [], guides: [] };
  const rel = (p: string) => relative(root, p).split(sep).join('/');
  /** Sources of the files read so far, so a front matter problem can name its line. */
  const sources = new Map<string, string>();
  const report = (file: string, field: string, message: string, line?: number) => {
    const at = line ?? (sources.has(file) ? frontMatterLine(sources.get(file)!, field) : undefined);
    problems.push({ file, field, message, ...(at !== undefined ? { line: at } : {}) });
  };

  for (const locale of locales) {
    if (!dictionaries[locale.code]) {
      report(
        `src/i18n/ui/${locale.code}.ts`,
        'file',
        `Locale "${locale.code}" is enabled in src/i18n/locales.ts but has no UI dictionary. Create src/i18n/ui/${locale.code}.ts (copy en.ts, translate every string) and register it in src/i18n/ui/index.ts, or disable the locale.`,
      );
    }
  }
  const enabled = new Set(locales.filter((l) => dictionaries[l.code]).map((l) => l.code));
  const known = new Set<string>(localeTable.map((l) => l.code));

  const load = <S extends z.ZodType>(file: string, schema: S) => {
    const source = readFileSync(file, 'utf8');
    sources.set(rel(file), source);
    const parsed = parseContentFile(source, schema);
    if ('problems' in parsed) {
      for (const p of parsed.problems) report(rel(file), p.field, p.message, p.line);
      return null;
    }
    return parsed;
  };

  for (const collection of collections) {
    const dir = join(contentDir, collection);
    for (const file of listFiles(dir)) {
      const parts = relative(dir, file).split(sep);
      const locale = parts[0]!;
      if (!known.has(locale)) {
        report(
          rel(file),
          'file',
          `"${locale}" is not a locale. Content lives in src/content/${collection}/<locale>/…, where <locale> is a code from src/i18n/locales.ts (${[...known].join(', ')}).`,
        );
        continue;
      }
      // Content may be written ahead for a locale that is not switched on yet.
      if (!enabled.has(locale)) continue;

      const name = parts.at(-1)!;
      // Hidden files are editors' and operating systems' (.DS_Store, an editor's atomic-save temp file), not content.
      if (name.startsWith('.')) continue;
      const ext = /\.(mdx?)$/.exec(name)?.[1];
      if (!ext) {
        report(rel(file), 'file', `Only .md and .mdx files belong in src/content/${collection}; move or rename "${name}".`);
        continue;
      }
      const slug = name.replace(/\.mdx?$/, '');
      if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) {
        report(rel(file), 'file', `The file name "${name}" is the URL slug: use lowercase letters, digits and hyphens only.`);
        continue;
      }

      if (collection === 'categories' || collection === 'guides') {
        const expectedDepth = 2;
        if (parts.length !== expectedDepth) {
          report(rel(file), 'file', `Put ${collection} directly in src/content/${collection}/${locale}/.`);
          continue;
        }
        const entry = load(file, collection === 'categories' ? categorySchema : guideSchema);
        if (!entry) continue;
        if (entry.body.trim() === '') {
          report(
            rel(file),
            'body',
            collection === 'categories'
              ? 'The body is empty: write the 2–3 paragraph introduction below the front matter.'
              : 'The body is empty: write the guide below the front matter.',
            entry.bodyLine,
          );
        }
        if (collection === 'categories' && ext !== 'mdx') {
          report(rel(file), 'file', `Category pages are MDX (so the intro can use <TemplateLink id="…" />): rename ${name} to ${slug}.mdx.`);
          continue;
        }
        const templateLinks: CategoryEntry['templateLinks'] = [];
        if (ext === 'mdx' && entry.body.trim() !== '') {
          // Parse the MDX now (with the parser Astro uses) so a syntax error names the file, line and fix.
          try {
            mdxToMdast(entry.body);
          } catch (error) {
            const text = error instanceof Error ? error.message : String(error);
            const at = /^(\d+):(\d+): /.exec(text);
            report(
              rel(file),
              'body',
              `MDX syntax error: ${text.replace(/^\d+:\d+: /, '')}. In MDX, { } and < start code: write them as \\{ \\} and \\< in prose, and close every tag you open.`,
              at ? entry.bodyLine + Number(at[1]) - 1 : entry.bodyLine,
            );
          }
        }
        if (collection === 'categories' && RESERVED_CATEGORY_SLUGS.includes(slug)) {
          report(rel(file), 'file', `"${slug}" is reserved for another page of the site (${RESERVED_CATEGORY_SLUGS.join(', ')}): rename the category file.`);
          continue;
        }
        // A file with a body problem still exists: keep it in the catalogue so
        // references to it resolve and the one real problem is the only one reported.
        if (collection === 'categories') {
          const data = entry.data as CategoryData;
          let components: ReturnType<typeof componentsInMdx> = [];
          try {
            components = entry.body.trim() ? componentsInMdx(entry.body) : [];
          } catch {
            // The syntax error was reported above.
          }
          for (const c of components) {
            const line = entry.bodyLine + c.line - 1;
            if (c.name !== 'TemplateLink') {
              report(rel(file), 'body', `<${c.name}> is not available in category pages: the only component here is <TemplateLink id="template-id" />.`, line);
            } else if (c.id === undefined || c.id === '') {
              report(rel(file), 'body', 'Give <TemplateLink> the template\'s id as a plain string: <TemplateLink id="refund-declined" />.', line);
            } else {
              templateLinks.push({ id: c.id, field: 'body', line });
            }
          }
          data.tips.forEach((tip, i) => {
            for (const ref of templateLinksInText(tip.text)) templateLinks.push({ id: ref.id, field: `tips[${i}].text`, line: 0 });
          });
          catalogue.categories.push({ file: rel(file), locale, slug, data, body: entry.body, templateLinks });
        } else {
          catalogue.guides.push({ file: rel(file), locale, slug, data: entry.data as GuideData, body: entry.body });
        }
        continue;
      }

      // templates/<locale>/<category>/<id>.md
      if (parts.length !== 3) {
        report(rel(file), 'file', `Templates live in src/content/templates/${locale}/<category>/<id>.md.`);
        continue;
      }
      if (ext !== 'md') {
        report(rel(file), 'file', 'Template bodies use the email body syntax, not MDX: rename the file to .md.');
        continue;
      }
      const entry = load(file, templateSchema);
      if (!entry) continue;
      const labels = placeholderLabels(locale);
      const axes = voiceAxesOf(locale);
      const body = parseEmailBody(entry.body, labels, axes);
      for (const p of body.problems) report(rel(file), 'body', p.message, entry.bodyLine + p.line - 1);
      const subject = parseEmailBody(entry.data.subject, labels, axes);
      for (const p of subject.problems) report(rel(file), 'subject', p.message);
      if (subject.body.blocks.some((b) => b.type !== 'paragraph') || entry.data.subject.includes('\n')) {
        report(rel(file), 'subject', 'A subject is one line of text: no lists, buttons or line breaks.');
      }
      // A title, "use it when" and keywords describe the situation, the same for every voice.
      const data = entry.data as TemplateData;
      const voiceFree = [['title', data.title], ['useWhen', data.useWhen], ...data.keywords.map((k, i) => [`keywords[${i}]`, k])] as const;
      for (const [field, value] of voiceFree) {
        if (/[{}]/.test(value)) {
          report(rel(file), field, `"${value}" holds a voice choice or a brace. Only the subject and the body may vary by voice; a ${field.startsWith('keywords') ? 'keyword' : field} describes the situation the same way for every voice: write it without "{…|…}".`);
        }
      }
      if (body.problems.length || subject.problems.length) continue;
      catalogue.templates.push({
        file: rel(file),
        locale,
        category: parts[1]!,
        id: slug,
        data: entry.data as TemplateData,
        body: body.body,
        subject: subject.body,
      });
    }
  }

  // Subject lines in categories may carry placeholders too.
  for (const c of catalogue.categories) {
    const labels = placeholderLabels(c.locale);
    c.data.subjects.forEach((s, i) => {
      for (const p of parseEmailBody(s, labels, voiceAxesOf(c.locale)).problems) report(c.file, `subjects[${i}]`, p.message);
    });
  }

  crossCheck(catalogue, report);
  problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  return { catalogue, problems };
}

function crossCheck(catalogue: Catalogue, report: (file: string, field: string, message: string, line?: number) => void) {
  const categoryKeys = new Set(catalogue.categories.map((c) => `${c.locale}/${c.slug}`));
  const defaultCategories = new Set(catalogue.categories.filter((c) => c.locale === defaultLocale).map((c) => c.slug));
  const defaultGuides = new Set(catalogue.guides.filter((g) => g.locale === defaultLocale).map((g) => g.slug));
  const list = (s: Set<string>) => (s.size ? [...s].join(', ') : '(none yet)');

  // A reference must resolve in the default locale, which every other locale falls back to.
  for (const c of catalogue.categories) {
    c.data.guides.forEach((g, i) => {
      if (!defaultGuides.has(g)) {
        report(c.file, `guides[${i}]`, `Unknown guide "${g}": there is no src/content/guides/${defaultLocale}/${g}.mdx. Known guides: ${list(defaultGuides)}.`);
      }
    });
    c.data.related.forEach((r, i) => {
      if (!defaultCategories.has(r)) {
        report(c.file, `related[${i}]`, `Unknown category "${r}": there is no src/content/categories/${defaultLocale}/${r}.mdx. Known categories: ${list(defaultCategories)}.`);
      } else if (r === c.slug) {
        report(c.file, `related[${i}]`, 'A category cannot list itself as related: remove it.');
      }
    });
    if (c.locale !== defaultLocale && !defaultCategories.has(c.slug)) {
      report(c.file, 'file', `There is no ${defaultLocale} version of "${c.slug}". Every page starts in ${defaultLocale}: add src/content/categories/${defaultLocale}/${c.slug}.mdx or rename this file to match its slug.`);
    }
  }
  for (const g of catalogue.guides) {
    g.data.categories.forEach((cat, i) => {
      if (!defaultCategories.has(cat)) {
        report(g.file, `categories[${i}]`, `Unknown category "${cat}": there is no src/content/categories/${defaultLocale}/${cat}.mdx. Known categories: ${list(defaultCategories)}.`);
      }
    });
    if (g.locale !== defaultLocale && !defaultGuides.has(g.slug)) {
      report(g.file, 'file', `There is no ${defaultLocale} version of "${g.slug}". Add src/content/guides/${defaultLocale}/${g.slug}.mdx or rename this file to match its slug.`);
    }
  }

  const seen = new Map<string, TemplateEntry>();
  for (const t of catalogue.templates) {
    if (!categoryKeys.has(`${t.locale}/${t.category}`)) {
      report(t.file, 'file', `The folder "${t.category}" is not a category in "${t.locale}": add src/content/categories/${t.locale}/${t.category}.mdx, or move the template into an existing category folder.`);
    }
    const key = `${t.locale}/${t.id}`;
    const first = seen.get(key);
    if (first) {
      report(t.file, 'file', `Duplicate template id "${t.id}": ${first.file} already uses it. The file name is the template's anchor (#${t.id}) and must be unique within a locale; rename one of them.`);
    } else {
      seen.set(key, t);
    }
  }
  // <TemplateLink id> must name a template of the same category in the same locale.
  for (const c of catalogue.categories) {
    if (!c.templateLinks.length) continue;
    const ids = catalogue.templates.filter((t) => t.locale === c.locale && t.category === c.slug).map((t) => t.id);
    for (const link of c.templateLinks) {
      if (!ids.includes(link.id)) {
        const guess = closest(link.id, ids);
        report(
          c.file,
          link.field,
          `<TemplateLink id="${link.id}" /> names no template of "${c.slug}" in ${c.locale}.${guess ? ` Did you mean "${guess}"?` : ''} Use the file name of a template in src/content/templates/${c.locale}/${c.slug}/ (${ids.join(', ') || 'none yet'}).`,
          link.line || undefined,
        );
      }
    }
  }
  // Links between pages go both ways (issue 17): a category's related categories list it back,
  // and a category and a guide name each other. Checked in the default locale; parity makes the
  // other locales' lists equal to it.
  const defaults = catalogue.categories.filter((c) => c.locale === defaultLocale);
  const bySlug = new Map(defaults.map((c) => [c.slug, c]));
  const guideBySlug = new Map(catalogue.guides.filter((g) => g.locale === defaultLocale).map((g) => [g.slug, g]));
  for (const c of defaults) {
    for (const r of c.data.related) {
      const other = bySlug.get(r);
      if (other && !other.data.related.includes(c.slug)) {
        report(other.file, 'related', `does not list "${c.slug}", which lists "${r}" as related: links go both ways. Add ${c.slug} to "related" here, or remove ${r} from ${c.file}.`);
      }
    }
    for (const g of c.data.guides) {
      const guide = guideBySlug.get(g);
      if (guide && !guide.data.categories.includes(c.slug)) {
        report(guide.file, 'categories', `does not list "${c.slug}", whose page links to this guide: links go both ways. Add ${c.slug} to "categories" here, or remove ${g} from "guides" in ${c.file}.`);
      }
    }
  }
  for (const g of guideBySlug.values()) {
    for (const slug of g.data.categories) {
      const c = bySlug.get(slug);
      if (c && !c.data.guides.includes(g.slug)) {
        report(c.file, 'guides', `does not list the guide "${g.slug}", which names this category: links go both ways. Add ${g.slug} to "guides" here, or remove ${slug} from "categories" in ${g.file}.`);
      }
    }
  }

  const orders = new Map<string, TemplateEntry>();
  for (const t of catalogue.templates) {
    const key = `${t.locale}/${t.category}/${t.data.order}`;
    const first = orders.get(key);
    if (first) report(t.file, 'order', `order ${t.data.order} is also used by ${first.file}: give each template in a category its own position.`);
    else orders.set(key, t);
  }
}

/** "file:line › field: message" lines, for terminals and build errors. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  return problems.map((p) => `  ${p.file}${p.line ? `:${p.line}` : ''} › ${p.field}: ${p.message}`).join('\n');
}

export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];
  constructor(problems: readonly ContentProblem[]) {
    super(
      `Content check failed with ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${formatProblems(problems)}\n\nFix these, then run \`npm run content:check\` again.`,
    );
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/** Throws a ContentError listing every problem, or returns the catalogue. */
export function assertContent(root: string): Catalogue {
  const { catalogue, problems } = checkContent(root);
  if (problems.length) throw new ContentError(problems);
  return catalogue;
}
