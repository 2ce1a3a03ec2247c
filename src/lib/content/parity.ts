/**
 * Translation parity and status. Every enabled locale must offer the same
 * catalogue as the default locale, with the same structure: a visitor who
 * switches language lands on the same templates, and a placeholder filled in
 * once means the same thing everywhere.
 *
 * Used by `npm run i18n:status` (scripts/i18n-status.ts) and the parity test.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Catalogue, CategoryEntry, GuideEntry, TemplateEntry } from './validate.ts';
import { bodyShape, placeholderKeys, resolveVoice } from '../email/text.ts';
import { voiceAxesOf, type LocaleDefinition } from '../../i18n/locales.ts';
import { voiceVariants, type Voice } from '../../i18n/voice.ts';
import type { EmailBody } from '../email/ast.ts';

export interface ParityProblem {
  locale: string;
  /** The translated file (or the one that should exist). */
  file: string;
  message: string;
}

const bodyKeys = (body: EmailBody, subject: EmailBody) => [...new Set([...placeholderKeys(body), ...placeholderKeys(subject)])].sort();
/** A template's placeholders in one voice (choices resolved), or in its only voice. */
const templateKeys = (t: TemplateEntry, voice: Voice = {}) => bodyKeys(resolveVoice(t.body, voice), resolveVoice(t.subject, voice));
const sameList = (a: readonly unknown[], b: readonly unknown[]) => JSON.stringify(a) === JSON.stringify(b);
const show = (v: unknown) => JSON.stringify(v);
const sections = (mdx: string) => mdx.split('\n').filter((l) => /^##\s/.test(l)).length;

/** Every difference between each locale and the default locale, as readable messages. */
export function parityProblems(catalogue: Catalogue, localeCodes: readonly string[], defaultLocale: string): ParityProblem[] {
  const problems: ParityProblem[] = [];
  const byLocale = <T extends { locale: string }>(list: T[], locale: string) => list.filter((e) => e.locale === locale);
  const base = {
    categories: byLocale(catalogue.categories, defaultLocale),
    templates: byLocale(catalogue.templates, defaultLocale),
    guides: byLocale(catalogue.guides, defaultLocale),
  };

  for (const locale of localeCodes) {
    if (locale === defaultLocale) continue;
    const push = (file: string, message: string) => problems.push({ locale, file, message });

    /** Pairs each default-locale entry with its translation (by key); a missing one is a problem. */
    const pair = <T extends { locale: string; file: string }>(all: T[], enList: T[], key: (e: T) => string, path: (en: T) => string, compare: (en: T, tr: T, push: Push) => void) => {
      const translated = new Map(byLocale(all, locale).map((e) => [key(e), e]));
      for (const en of enList) {
        const tr = translated.get(key(en));
        if (tr) compare(en, tr, push);
        else push(path(en), `missing: translate ${en.file}`);
      }
      return translated;
    };

    pair(catalogue.categories, base.categories, (c) => c.slug, (en) => `src/content/categories/${locale}/${en.slug}.mdx`, compareCategory);
    const templateKey = (t: TemplateEntry) => `${t.category}/${t.id}`;
    const templates = pair(catalogue.templates, base.templates, templateKey, (en) => `src/content/templates/${locale}/${templateKey(en)}.md`, compareTemplate);
    const baseTemplates = new Set(base.templates.map(templateKey));
    for (const [key, tr] of templates) {
      if (!baseTemplates.has(key)) push(tr.file, `has no ${defaultLocale} original: add src/content/templates/${defaultLocale}/${key}.md or remove this file`);
    }
    pair(catalogue.guides, base.guides, (g) => g.slug, (en) => `src/content/guides/${locale}/${en.slug}.mdx`, compareGuide);
  }
  return problems;
}

type Push = (file: string, message: string) => void;

function compareCategory(en: CategoryEntry, tr: CategoryEntry, push: Push) {
  for (const field of ['tips', 'subjects', 'faq'] as const) {
    if (en.data[field].length !== tr.data[field].length) {
      push(tr.file, `"${field}" has ${tr.data[field].length} entries, ${en.file} has ${en.data[field].length}: keep the same number in every language`);
    }
  }
  for (const field of ['theme', 'order'] as const) {
    if (en.data[field] !== tr.data[field]) push(tr.file, `"${field}" is ${show(tr.data[field])}, ${en.file} says ${show(en.data[field])}`);
  }
  for (const field of ['guides', 'related'] as const) {
    if (!sameList(en.data[field], tr.data[field])) push(tr.file, `"${field}" is ${show(tr.data[field])}, ${en.file} says ${show(en.data[field])}`);
  }
}

/**
 * One translated template against its original, in every voice the
 * translation's locale offers (issue 16): each variant, option by option,
 * must have the original's placeholders, lists and buttons, so no voice can
 * drop a fact the other keeps.
 */
function compareTemplate(en: TemplateEntry, tr: TemplateEntry, push: Push) {
  const variants = voiceVariants(voiceAxesOf(tr.locale));
  const runs: { voice: Voice; label: string }[] = variants.length ? variants.map((v) => ({ voice: v.voice, label: `${v.axis}=${v.option}` })) : [{ voice: {}, label: '' }];
  // message → the voices it holds for; a difference in every voice is reported once, without naming one.
  const found = new Map<string, string[]>();
  const note = (message: string, label: string) => found.set(message, [...(found.get(message) ?? []), label]);
  const a = templateKeys(en);
  const sa = bodyShape(en.body);
  for (const { voice, label } of runs) {
    const b = templateKeys(tr, voice);
    if (!sameList(a, b)) {
      const missing = a.filter((k) => !b.includes(k));
      const extra = b.filter((k) => !a.includes(k));
      note(`placeholders differ from ${en.file}:${missing.length ? ` missing ${missing.join(', ')}` : ''}${extra.length ? ` extra ${extra.join(', ')}` : ''} (keys; see src/i18n/placeholders/)`, label);
    }
    const sb = bodyShape(resolveVoice(tr.body, voice));
    if (!sameList(sa.lists, sb.lists)) note(`list items ${show(sb.lists)} differ from ${en.file} ${show(sa.lists)}: keep the same lists with the same number of items`, label);
    if (!sameList(sa.buttons, sb.buttons)) note(`buttons ${show(sb.buttons)} differ from ${en.file} ${show(sa.buttons)}: keep the same call-to-action buttons with the same targets`, label);
  }
  for (const [message, labels] of found) {
    push(tr.file, labels.length === runs.length ? message : `in the voice ${labels.join(', ')}: ${message} (every voice must keep the same placeholders, lists and buttons)`);
  }
  if (en.data.order !== tr.data.order) push(tr.file, `"order" is ${tr.data.order}, ${en.file} says ${en.data.order}`);
}

function compareGuide(en: GuideEntry, tr: GuideEntry, push: Push) {
  if (en.data.faq.length !== tr.data.faq.length) push(tr.file, `"faq" has ${tr.data.faq.length} entries, ${en.file} has ${en.data.faq.length}`);
  if (!sameList(en.data.categories, tr.data.categories)) push(tr.file, `"categories" is ${show(tr.data.categories)}, ${en.file} says ${show(en.data.categories)}`);
  if (sections(en.body) !== sections(tr.body)) push(tr.file, `has ${sections(tr.body)} "##" sections, ${en.file} has ${sections(en.body)}`);
}

export type CellState = 'present' | 'missing' | 'fallback' | 'partial';
export interface StatusCell {
  state: CellState;
  have: number;
  need: number;
}
export interface StatusRow {
  label: string;
  cells: Record<string, StatusCell>;
}

/**
 * The locale × page matrix from the files on disk, for every locale of the
 * table (disabled ones too: their content can be written ahead). A category
 * counts as its file plus its templates.
 *
 * - present: every file exists;
 * - missing: an enabled locale lacks something (required: the page falls back to the default locale);
 * - fallback: a disabled locale has none of it yet (it would show the default locale's page);
 * - partial: a disabled locale has some of it.
 */
export function translationStatus(root: string, catalogue: Catalogue, table: readonly LocaleDefinition[], enabled: readonly string[], defaultLocale: string): StatusRow[] {
  const content = join(root, 'src', 'content');
  const items: { label: string; files: (locale: string) => string[] }[] = [
    ...catalogue.categories
      .filter((c) => c.locale === defaultLocale)
      .sort((a, b) => a.data.order - b.data.order)
      .map((c) => {
        const ids = catalogue.templates.filter((t) => t.locale === defaultLocale && t.category === c.slug).map((t) => t.id);
        return {
          label: `${c.slug} (${ids.length} templates)`,
          files: (l: string) => [join(content, 'categories', l, `${c.slug}.mdx`), ...ids.map((id) => join(content, 'templates', l, c.slug, `${id}.md`))],
        };
      }),
    ...catalogue.guides
      .filter((g) => g.locale === defaultLocale)
      .sort((a, b) => a.data.order - b.data.order)
      .map((g) => ({ label: `guides/${g.slug}`, files: (l: string) => [join(content, 'guides', l, `${g.slug}.mdx`)] })),
  ];
  return items.map(({ label, files }) => ({
    label,
    cells: Object.fromEntries(
      table.map((l) => {
        const list = files(l.code);
        const have = list.filter((f) => existsSync(f)).length;
        const need = list.length;
        const state: CellState = have === need ? 'present' : enabled.includes(l.code) ? 'missing' : have === 0 ? 'fallback' : 'partial';
        return [l.code, { state, have, need }];
      }),
    ),
  }));
}
