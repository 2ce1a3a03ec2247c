import type { AstroIntegration } from 'astro';
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { locales } from '../i18n/locales.ts';
import { listFiles } from '../lib/fs/files.ts';
import { recordHtml, templateRecords, type SearchRecord } from '../lib/search/records.ts';

/**
 * The search index: one Pagefind run per language, merged into one bundle.
 *
 * Pagefind builds a separate index per language anyway, but one run holds
 * every language in memory until it writes, and Thai word segmentation is
 * the heaviest part (npm run bench, 3,000 pages: one run 1.85 GB and 24 s;
 * Thai alone 0.97 GB and 9 s, English 0.31 GB and 2.6 s). Separate runs, two
 * at a time with the largest language first, keep the peak to about two
 * languages and use both cores. Each run writes to its own folder; the
 * bundles share their script files, their index and fragment files are
 * content-addressed, and pagefind-entry.json lists the languages, so merging
 * is a copy plus one JSON merge.
 *
 * `npm run build` (scripts/build.ts) indexes after `astro build` has exited,
 * so the Astro process and Pagefind are never in memory together; it tells
 * the integration to stand aside with MAILKIT_SEARCH_INDEX=after. A plain
 * `astro build` (a host's default build command) still ships a search index:
 * there the integration runs the same indexing in astro:build:done.
 */

export interface IndexResult {
  /** Pages and template records indexed per Pagefind language key. */
  languages: Record<string, number>;
  /** Template records among them (src/lib/search/records.ts). */
  records: number;
  ms: number;
}

interface Entry {
  version: string;
  languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
  include_characters?: string[];
}

/**
 * Pagefind runs at a time: two (or one on a single core). PAGEFIND_JOBS=1
 * trades time for memory: the peak is then the largest language alone.
 */
function defaultJobs(): number {
  const env = process.env.PAGEFIND_JOBS;
  if (env === undefined || env === '') return Math.min(2, cpus().length);
  const n = Number(env);
  if (!Number.isInteger(n) || n < 1) throw new Error(`PAGEFIND_JOBS must be a whole number of at least 1 (got "${env}").`);
  return n;
}

/** Runs the Pagefind CLI (node_modules/.bin/pagefind, the npx wrapper) and collects its output. */
function runPagefind(root: string, args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(join(root, 'node_modules', '.bin', 'pagefind'), args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

/**
 * Where the template records are written for the run, inside each locale
 * folder so the locale's run picks them up; removed once the index is
 * written. The underscore keeps the name clear of category slugs.
 */
export const RECORDS_DIR = '_search-records';

/** Writes every locale's records as small HTML files for Pagefind; returns how many. */
export function writeRecordFiles(site: string, records: (code: string) => SearchRecord[]): number {
  let n = 0;
  for (const l of locales) {
    if (!existsSync(join(site, l.code))) continue;
    for (const record of records(l.code)) {
      const file = join(site, l.code, RECORDS_DIR, record.file);
      mkdirSync(join(file, '..'), { recursive: true });
      writeFileSync(file, recordHtml(record, l.tag));
      n++;
    }
  }
  return n;
}

export function removeRecordFiles(site: string) {
  for (const l of locales) rmSync(join(site, l.code, RECORDS_DIR), { recursive: true, force: true });
}

const noPages = (code: string) => new Error(`Pagefind: no page of "${code}" was indexed: is data-pagefind-body missing from the layout?`);

/**
 * Indexes the built site in `site` (dist/) into `site/pagefind/`. Pages opt in
 * with data-pagefind-body; each template is a sub-result through its id and
 * data-pagefind-title, and the category is a filter. Throws, naming the
 * language and Pagefind's own message, when a run fails or finds no page.
 */
export async function indexSite(
  site: string,
  { root, jobs = defaultJobs(), records }: { root: string; jobs?: number; records?: (code: string) => SearchRecord[] },
): Promise<IndexResult> {
  const started = performance.now();
  const out = join(site, 'pagefind');
  rmSync(out, { recursive: true, force: true });
  const work = join(site, '.pagefind-parts');
  rmSync(work, { recursive: true, force: true });
  // Largest folder (in bytes) first, so the longest run starts at once and the
  // others fill the second slot. Thai is the largest: three bytes per character.
  const bytes = new Map(locales.map((l) => [l.code, listFiles(join(site, l.code)).reduce((n, f) => n + statSync(f).size, 0)]));
  const queue = locales.filter((l) => existsSync(join(site, l.code))).sort((a, b) => bytes.get(b.code)! - bytes.get(a.code)!);
  if (queue.length === 0) throw new Error(`Pagefind: no locale folder in ${site}; was the site built?`);

  const parts: { code: string; dir: string }[] = [];
  let failed = false;
  let recordCount = 0;
  const worker = async () => {
    for (let l = queue.shift(); l && !failed; l = queue.shift()) {
      const dir = join(work, l.code);
      const { code, output } = await runPagefind(root, [
        '--site', site,
        '--glob', `${l.code}/**/*.html`,
        // The folder is the language: a fallback page under /th/ belongs to the Thai index, which is the one Thai pages search.
        '--force-language', l.tag.toLowerCase(),
        '--output-path', dir,
      ]);
      if (code !== 0 || !existsSync(join(dir, 'pagefind-entry.json'))) {
        failed = true;
        throw new Error(`Pagefind failed for "${l.code}" (exit ${code}):\n${output.trim()}`);
      }
      // Without any data-pagefind-body in its folder, Pagefind would index whole
      // pages (header, footer, every UI string) instead of failing.
      if (/Did not find a data-pagefind-body/.test(output)) {
        failed = true;
        throw noPages(l.code);
      }
      parts.push({ code: l.code, dir });
    }
  };
  try {
    if (records) recordCount = writeRecordFiles(site, records);
    // allSettled: let a running sibling finish before the folder is removed.
    const settled = await Promise.allSettled(Array.from({ length: Math.max(1, jobs) }, worker));
    for (const s of settled) if (s.status === 'rejected') throw s.reason;

    // Every run is the same Pagefind binary, so version and include_characters
    // agree; only the languages differ.
    let merged: Entry | undefined;
    mkdirSync(out, { recursive: true });
    for (const { code, dir } of parts.sort((a, b) => a.code.localeCompare(b.code))) {
      const entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')) as Entry;
      const languages = Object.entries(entry.languages);
      if (languages.length === 0 || languages.some(([, info]) => info.page_count === 0)) throw noPages(code);
      merged ??= { ...entry, languages: {} };
      for (const [lang, info] of languages) {
        if (merged.languages[lang]) throw new Error(`Pagefind: two folders produced the language "${lang}"; the locale table's tags must be unique.`);
        merged.languages[lang] = info;
      }
      cpSync(dir, out, { recursive: true, filter: (src) => !src.endsWith('pagefind-entry.json') });
    }
    if (!merged) throw new Error(`Pagefind: no locale was indexed in ${site}.`);
    writeFileSync(join(out, 'pagefind-entry.json'), JSON.stringify(merged));
    return {
      languages: Object.fromEntries(Object.entries(merged.languages).map(([k, v]) => [k, v.page_count])),
      records: recordCount,
      ms: Math.round(performance.now() - started),
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
    removeRecordFiles(site);
  }
}

export const describeIndex = ({ languages, records, ms }: IndexResult) =>
  `indexed ${Object.values(languages).reduce((a, b) => a + b, 0)} pages and template records, ${records} of them records (${Object.entries(languages).map(([k, v]) => `${k} ${v}`).join(', ')}) in ${ms} ms`;

export function pagefindIndex(): AstroIntegration {
  let root = '';
  return {
    name: 'mailkit:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env.MAILKIT_SEARCH_INDEX === 'after') {
          logger.info('search index: built by scripts/build.ts once Astro has exited');
          return;
        }
        logger.info(describeIndex(await indexSite(fileURLToPath(dir), { root, records: (code) => templateRecords(join(root, 'src', 'content'), code) })));
      },
    },
  };
}
