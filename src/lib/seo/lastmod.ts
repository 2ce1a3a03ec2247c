/**
 * When each page's content last changed, for the sitemap's <lastmod>.
 *
 * One `git log` over src/content gives the last commit of every content file
 * (plus one `git rev-parse` and one `git status`: three processes per build,
 * whatever the number of files). A file git does not know yet, or one with
 * uncommitted changes, is dated by its modification time; so is everything
 * outside a git checkout (a tarball, a project copy in the tests).
 *
 * A shallow clone (GitHub Actions' default checkout) only has the newest
 * commits: a file last touched before them shows up in the oldest one, so it
 * gets that commit's date, a little too new. The build says so; fetch the full
 * history (`fetch-depth: 0`, as .github/workflows/deploy.yml does) to avoid it.
 *
 * Page → files: a category page is its category file and its templates in
 * that locale; a guide is its file; a locale's home is the newest of that
 * locale's content; the language chooser (/) the newest of all.
 */
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { listFiles } from '../fs/files.ts';
import type { PageKey } from '../paths.ts';

export interface ContentDates {
  /** Content file (relative to the content folder, "/" separated) → when it last changed. */
  files: Map<string, Date>;
  /** How the dates were found, for the build log. */
  source: 'git' | 'git (shallow clone)' | 'file times';
  /** Something the build should say (no git, a shallow clone). */
  warning?: string;
}

const git = (root: string, args: string[]) => spawnSync('git', ['-C', root, '-c', 'core.quotePath=false', ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });

/** Reads the dates of every file under `root`/`contentDir`. Never throws for a missing or odd git. */
export function readContentDates(root: string, contentDir = 'src/content'): ContentDates {
  const dir = join(root, contentDir);
  const rel = (file: string) => relative(dir, file).split(sep).join('/');
  const mtimes = new Map(listFiles(dir).map((f) => [rel(f), statSync(f).mtime]));

  const info = git(root, ['rev-parse', '--is-shallow-repository', '--show-prefix']);
  if (info.error || info.status !== 0) {
    return { files: mtimes, source: 'file times', warning: `sitemap <lastmod>: ${root} is not a git checkout (or git is missing), so pages are dated by their files' modification times.` };
  }
  const [shallowLine = 'false', prefix = ''] = info.stdout.split('\n');
  const shallow = shallowLine.trim() === 'true';
  // Paths from `git status --porcelain` are relative to the repository root; ours to the project.
  const contentFromRepo = `${prefix.trim()}${contentDir.replace(/\/?$/, '/')}`;

  // %x00 starts each commit: "<committer date, strict ISO 8601>\n\n<file>\n<file>…".
  const log = git(root, ['log', '--format=%x00%cI', '--name-only', '--no-renames', '--relative', '--', contentDir]);
  if (log.error || log.status !== 0) {
    return { files: mtimes, source: 'file times', warning: `sitemap <lastmod>: git log failed (${(log.stderr || String(log.error)).trim()}), so pages are dated by their files' modification times.` };
  }
  const committed = new Map<string, Date>();
  let oldest: Date | undefined;
  const oldestOnly = new Set<string>();
  for (const chunk of log.stdout.split('\0')) {
    const [dateLine, ...names] = chunk.split('\n');
    if (!dateLine?.trim()) continue;
    const date = new Date(dateLine.trim());
    oldest = date; // commits come newest first; the last one read is the oldest
    for (const name of names) {
      const file = name.trim();
      if (!file.startsWith(contentDir.replace(/\/?$/, '/'))) continue;
      const key = file.slice(contentDir.replace(/\/?$/, '/').length);
      const known = committed.get(key);
      if (!known || date > known) committed.set(key, date);
    }
  }
  if (shallow && oldest) for (const [key, date] of committed) if (date.getTime() === oldest.getTime()) oldestOnly.add(key);

  // Untracked or locally changed files: their own time is the truth.
  const status = git(root, ['status', '--porcelain', '-z', '--untracked-files=all', '--', contentDir]);
  const dirty = new Set<string>();
  if (!status.error && status.status === 0) {
    for (const entry of status.stdout.split('\0')) {
      const path = entry.slice(3);
      if (entry.length > 3 && path.startsWith(contentFromRepo)) dirty.add(path.slice(contentFromRepo.length));
    }
  }

  const files = new Map<string, Date>();
  for (const [key, mtime] of mtimes) files.set(key, dirty.has(key) ? mtime : (committed.get(key) ?? mtime));
  const approximated = [...oldestOnly].filter((key) => files.has(key) && !dirty.has(key)).length;
  if (!shallow) return { files, source: 'git' };
  return {
    files,
    source: 'git (shallow clone)',
    ...(approximated
      ? {
          warning: `sitemap <lastmod>: this is a shallow clone; ${approximated} content files were last changed before its oldest commit and are dated by that commit. Fetch the full history (e.g. actions/checkout with fetch-depth: 0) for exact dates.`,
        }
      : {}),
  };
}

interface DateIndex {
  /** "category:<locale>:<slug>" / "guide:<locale>:<slug>" / "guides:<locale>" → newest date of its files. */
  pages: Map<string, Date>;
  /** locale → newest date of its content. */
  locales: Map<string, Date>;
  all?: Date;
}

/** One pass over the files, so a page's date is a lookup (10,000 pages × 90,000 files otherwise). */
const indexes = new WeakMap<Map<string, Date>, DateIndex>();
function indexOf(files: Map<string, Date>): DateIndex {
  let index = indexes.get(files);
  if (index) return index;
  index = { pages: new Map(), locales: new Map() };
  const bump = (map: Map<string, Date>, key: string, date: Date) => {
    const known = map.get(key);
    if (!known || date > known) map.set(key, date);
  };
  for (const [path, date] of files) {
    const [kind, locale, name] = path.split('/');
    if (!locale || !name) continue;
    const slug = name.replace(/\.mdx?$/, '');
    if (kind === 'categories' || kind === 'templates') bump(index.pages, `category:${locale}:${slug}`, date);
    else if (kind === 'guides') {
      bump(index.pages, `guide:${locale}:${slug}`, date);
      // The guides index (/<locale>/guides/) changes when any of its guides does.
      bump(index.pages, `guides:${locale}`, date);
    }
    else continue;
    bump(index.locales, locale, date);
    if (!index.all || date > index.all) index.all = date;
  }
  indexes.set(files, index);
  return index;
}

/** When the content of one page last changed; `locale` is null for the language chooser (/). */
export function pageDate(files: Map<string, Date>, locale: string | null, page: PageKey): Date | undefined {
  const index = indexOf(files);
  if (locale === null) return index.all;
  switch (page.type) {
    case 'home':
    case 'search':
      return index.locales.get(locale);
    case 'guides':
      return index.pages.get(`guides:${locale}`);
    case 'category':
    case 'guide':
      return index.pages.get(`${page.type}:${locale}:${page.slug}`);
  }
}

/**
 * `pageDate` over the content of the project at `root`, read once, on first
 * use (when the sitemap is written, after the pages are built), with any
 * warning printed once.
 */
export function contentDates(root: string, contentDir = 'src/content'): (locale: string | null, page: PageKey) => Date | undefined {
  let read: ContentDates | undefined;
  return (locale, page) => {
    if (!read) {
      read = readContentDates(root, contentDir);
      if (read.warning) console.warn(`⚠ ${read.warning}`);
    }
    return pageDate(read.files, locale, page);
  };
}

/** A W3C Datetime (the sitemap protocol's format), to the second, in UTC. */
export const w3cDate = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z');
