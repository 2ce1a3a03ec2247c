/**
 * The machine-readable parts of a locale's style guide (docs/style/<locale>.md),
 * for the consistency tests (tests/unit/consistency.test.ts):
 *
 * - the glossary: a Markdown table `| term (en) | use | avoid | note |`; a word in
 *   `avoid` must not appear in that locale's content (only in its emails when
 *   the note starts with "Emails:");
 * - `## Category names`: a table `| slug | words |`; the home page's lead and the
 *   site description may name only categories that exist.
 *
 * Writers read the same file, so the rule and its explanation never drift apart.
 */
import { readFileSync } from 'node:fs';
import { load as parseYaml } from 'js-yaml';
import { splitFrontMatter } from './validate.ts';

export interface GlossaryRow {
  term: string;
  use: string;
  avoid: string[];
  /**
   * Where the avoid list applies: a note that starts with "Emails:" limits it
   * to the templates (a word agents may read on a category page or in a
   * guide, but customers should not get in an email).
   */
  scope: 'all' | 'emails';
  /** 1-based line in the style guide. */
  line: number;
}

export interface StyleGuide {
  file: string;
  glossary: GlossaryRow[];
  /** Category slug → words a reader recognises as that category. */
  categoryNames: Map<string, string[]>;
}

const cells = (line: string) =>
  line
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((c) => c.trim());
const list = (cell: string | undefined) =>
  (cell ?? '')
    .split(/[,;、]/)
    .map((s) => s.replace(/[`*_“”"]/g, '').trim())
    .filter((s) => s && s !== '—' && s !== '-');

/** The rows of the first table after a line matching `header`, as cell arrays with their line numbers. */
function tableAfter(lines: string[], header: (cells: string[]) => boolean): { cells: string[]; line: number }[] {
  const start = lines.findIndex((l) => l.trim().startsWith('|') && header(cells(l).map((c) => c.toLowerCase())));
  if (start === -1) return [];
  const rows: { cells: string[]; line: number }[] = [];
  for (let i = start + 2; i < lines.length && lines[i]!.trim().startsWith('|'); i++) rows.push({ cells: cells(lines[i]!), line: i + 1 });
  return rows;
}

export function parseStyleGuide(file: string, text = readFileSync(file, 'utf8')): StyleGuide {
  const lines = text.split('\n');
  const glossary = tableAfter(lines, (c) => c.length >= 3 && c[0]!.startsWith('term') && c[1] === 'use' && c[2] === 'avoid').map((r) => ({
    term: r.cells[0] ?? '',
    use: r.cells[1] ?? '',
    avoid: list(r.cells[2]),
    scope: /^emails:/i.test(r.cells[3] ?? '') ? ('emails' as const) : ('all' as const),
    line: r.line,
  }));
  const section = lines.findIndex((l) => /^##\s+Category names/i.test(l));
  const categoryNames = new Map<string, string[]>();
  if (section !== -1) {
    for (const r of tableAfter(lines.slice(section), (c) => c[0] === 'slug')) categoryNames.set(r.cells[0]!.replace(/`/g, ''), list(r.cells[1]));
  }
  return { file, glossary, categoryNames };
}

/** Scripts written without spaces between words: a term matches anywhere, not only at word edges. */
const unspaced = (tag: string) => /^(th|ja|zh|lo|km|my)\b/.test(tag);

/**
 * Where `term` occurs in `text` as a word or phrase (or, with `prefix`, as the
 * start of a word: stems such as "платеж" match "платежи"). Case-insensitive.
 */
export function findTerm(text: string, term: string, tag: string, { prefix = false } = {}): number {
  const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  if (unspaced(tag)) return text.toLowerCase().indexOf(term.toLowerCase());
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}${prefix ? '' : '(?![\\p{L}\\p{N}])'}`, 'iu');
  return re.exec(text)?.index ?? -1;
}

/** Front-matter fields that hold ids, slugs and search terms, not prose a reader sees. */
const NOT_PROSE = new Set(['keywords', 'guides', 'related', 'categories', 'theme', 'order']);

/** Text as a reader sees it: without <TemplateLink id="…" /> tags and link targets (ids and URLs). */
const readable = (s: string) => s.replace(/<TemplateLink\b[^>]*\/>/g, '').replace(/\]\([^)]*\)/g, ']');

/**
 * The prose of a content file that readers see, as [field, line, text]
 * triples: every front-matter string except ids, slugs and `keywords` (search
 * terms may rightly include words our own text avoids), and the body, without
 * component tags and link targets.
 */
export function proseOf(source: string): { field: string; line: number; text: string }[] {
  const parts = splitFrontMatter(source);
  if (!parts) return [{ field: 'body', line: 1, text: source }];
  const out: { field: string; line: number; text: string }[] = [];
  const yamlLines = parts.yaml.split('\n');
  const lineOf = (s: string) => {
    const probe = s.slice(0, 24);
    const i = yamlLines.findIndex((l) => l.includes(probe));
    return i === -1 ? 1 : i + 2;
  };
  const walk = (value: unknown, field: string) => {
    if (typeof value === 'string') out.push({ field, line: lineOf(value), text: readable(value) });
    else if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${field}[${i}]`));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) if (!NOT_PROSE.has(k)) walk(v, field ? `${field}.${k}` : k);
  };
  walk(parseYaml(parts.yaml), '');
  parts.body.split('\n').forEach((text, i) => out.push({ field: 'body', line: parts.bodyLine + i, text: readable(text) }));
  return out;
}
