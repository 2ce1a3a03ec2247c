/**
 * <lastmod> dates from one git log over the content, in throw-away git
 * repositories with commits at chosen dates.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, utimesSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pageDate, readContentDates, w3cDate } from '../../src/lib/seo/lastmod.ts';

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function repo(): { root: string; write(path: string, text?: string): void; commit(date: string, ...paths: string[]): void; git(...args: string[]): string } {
  const root = mkdtempSync(join(tmpdir(), 'mailkit-lastmod-'));
  made.push(root);
  const git = (...args: string[]) =>
    execFileSync('git', ['-C', root, ...args], {
      encoding: 'utf8',
      env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_SYSTEM: '/dev/null', GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.org' },
    });
  git('init', '-q', '-b', 'main');
  const write = (path: string, text = path) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  const commit = (date: string, ...paths: string[]) => {
    git('add', '--', ...paths);
    execFileSync('git', ['-C', root, 'commit', '-q', '-m', `at ${date}`], {
      env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_SYSTEM: '/dev/null', GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.org', GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
    });
  };
  return { root, write, commit, git };
}

const C = 'src/content';
const files = {
  enCategory: `${C}/categories/en/refunds.md`,
  enTemplateA: `${C}/templates/en/refunds/approved.md`,
  enTemplateB: `${C}/templates/en/refunds/rejected.md`,
  enGuide: `${C}/guides/en/tone.mdx`,
  ruCategory: `${C}/categories/ru/refunds.md`,
  ruTemplate: `${C}/templates/ru/refunds/approved.md`,
};
const iso = (d: Date | undefined) => d && w3cDate(d);

describe('content dates from git', () => {
  const r = repo();
  for (const f of Object.values(files)) r.write(f);
  r.write('README.md');
  r.commit('2026-01-10T10:00:00Z', ...Object.values(files), 'README.md');
  r.write(files.enTemplateB, 'changed');
  r.commit('2026-03-05T08:30:00Z', files.enTemplateB);
  r.write(files.enGuide, 'changed');
  r.commit('2026-04-01T12:00:00Z', files.enGuide);
  r.write(files.ruCategory, 'changed');
  r.commit('2026-02-02T09:00:00Z', files.ruCategory);
  // Outside the content: must not move any page.
  r.write('README.md', 'changed');
  r.commit('2026-06-01T00:00:00Z', 'README.md');
  const read = readContentDates(r.root);

  it('dates every content file by its last commit, with no warning', () => {
    expect(read.source).toBe('git');
    expect(read.warning).toBeUndefined();
    expect(iso(read.files.get('templates/en/refunds/approved.md'))).toBe('2026-01-10T10:00:00Z');
    expect(iso(read.files.get('templates/en/refunds/rejected.md'))).toBe('2026-03-05T08:30:00Z');
  });

  it('dates a category page by its category file and its templates in that locale', () => {
    expect(iso(pageDate(read.files, 'en', { type: 'category', slug: 'refunds' }))).toBe('2026-03-05T08:30:00Z');
    // The Russian page moved with its own category file, not with the English template.
    expect(iso(pageDate(read.files, 'ru', { type: 'category', slug: 'refunds' }))).toBe('2026-02-02T09:00:00Z');
  });

  it("dates a guide by its file, a locale's home by the newest of its content, / by the newest of all", () => {
    expect(iso(pageDate(read.files, 'en', { type: 'guide', slug: 'tone' }))).toBe('2026-04-01T12:00:00Z');
    expect(iso(pageDate(read.files, 'en', { type: 'home' }))).toBe('2026-04-01T12:00:00Z');
    expect(iso(pageDate(read.files, 'ru', { type: 'home' }))).toBe('2026-02-02T09:00:00Z');
    expect(iso(pageDate(read.files, null, { type: 'home' }))).toBe('2026-04-01T12:00:00Z');
  });

  it('uses the file time for untracked and uncommitted files', () => {
    const r2 = repo();
    r2.write(files.enCategory);
    r2.write(files.enTemplateA);
    r2.commit('2026-01-10T10:00:00Z', files.enCategory, files.enTemplateA);
    r2.write(files.enTemplateA, 'edited, not committed');
    r2.write(files.enTemplateB, 'new, not added');
    const edited = new Date('2026-05-05T05:05:05Z');
    const added = new Date('2026-05-06T06:06:06Z');
    utimesSync(join(r2.root, files.enTemplateA), edited, edited);
    utimesSync(join(r2.root, files.enTemplateB), added, added);
    const dates = readContentDates(r2.root).files;
    expect(iso(dates.get('categories/en/refunds.md'))).toBe('2026-01-10T10:00:00Z');
    expect(iso(dates.get('templates/en/refunds/approved.md'))).toBe('2026-05-05T05:05:05Z');
    expect(iso(dates.get('templates/en/refunds/rejected.md'))).toBe('2026-05-06T06:06:06Z');
  });

  it('falls back to file times, with a warning, outside git', () => {
    const plain = mkdtempSync(join(tmpdir(), 'mailkit-lastmod-nogit-'));
    made.push(plain);
    mkdirSync(join(plain, C, 'guides', 'en'), { recursive: true });
    writeFileSync(join(plain, files.enGuide), 'x');
    const when = new Date('2025-12-24T18:00:00Z');
    utimesSync(join(plain, files.enGuide), when, when);
    const out = readContentDates(plain);
    expect(out.source).toBe('file times');
    expect(out.warning).toMatch(/not a git checkout/);
    expect(iso(pageDate(out.files, 'en', { type: 'guide', slug: 'tone' }))).toBe('2025-12-24T18:00:00Z');
  });

  it('works in a shallow clone, dating older files by its oldest commit and saying so', () => {
    const clone = mkdtempSync(join(tmpdir(), 'mailkit-lastmod-shallow-'));
    made.push(clone);
    execFileSync('git', ['clone', '-q', '--depth', '2', `file://${r.root}`, clone], { env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null' } });
    const out = readContentDates(clone);
    expect(out.source).toBe('git (shallow clone)');
    // The clone holds the last two commits (ru category, then README): every other content
    // file shows up as added by the boundary commit and gets its date (2026-02-02).
    expect(iso(out.files.get('categories/ru/refunds.md'))).toBe('2026-02-02T09:00:00Z');
    expect(iso(out.files.get('guides/en/tone.mdx'))).toBe('2026-02-02T09:00:00Z');
    expect(out.warning).toMatch(/shallow clone; \d+ content files .* fetch-depth: 0/);
  });

  it('prints W3C datetimes to the second in UTC', () => {
    expect(w3cDate(new Date('2026-03-05T09:30:00.123+01:00'))).toBe('2026-03-05T08:30:00Z');
  });
});
