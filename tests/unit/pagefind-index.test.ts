import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { indexSite, RECORDS_DIR } from '../../src/integrations/pagefind-index.ts';
import { writeUnder } from '../support/content-fixture.ts';

const root = resolve(import.meta.dirname, '../..');
const page = (lang: string, body: string, indexed = true) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${body}</title></head><body><main${indexed ? ' data-pagefind-body' : ''}><h1>${body}</h1><p>${body} text</p></main></body></html>`;

let site: string | undefined;
afterEach(() => site && rmSync(site, { recursive: true, force: true }));

function makeSite(files: Record<string, string>) {
  site = mkdtempSync(join(tmpdir(), 'mailkit-pagefind-'));
  for (const [path, html] of Object.entries(files)) writeUnder(site, path, html);
  return site;
}

describe('search index (one Pagefind run per language, merged)', () => {
  it('indexes each locale folder as its own language and merges them into one bundle', async () => {
    const dir = makeSite({
      'en/index.html': page('en', 'Refund approved'),
      'en/refunds/index.html': page('en', 'Refund declined'),
      'th/index.html': page('th', 'คืนเงินเรียบร้อยแล้ว'),
      // A fallback page: English text under /th/ belongs to the Thai index, which Thai pages search.
      'th/refunds/index.html': page('en', 'Refund declined'),
      'es/index.html': page('es', 'Reembolso aprobado'),
      'index.html': page('en', 'Language chooser', false),
    });
    const result = await indexSite(dir, { root, jobs: 2 });
    expect(result.languages).toEqual({ en: 2, es: 1, th: 2 });
    const entry = JSON.parse(readFileSync(join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
    expect(Object.keys(entry.languages).sort()).toEqual(['en', 'es', 'th']);
    // Every language's metadata file named in the entry is in the merged bundle, and the work folder is gone.
    for (const { hash } of Object.values(entry.languages)) expect(readFileSync(join(dir, 'pagefind', `pagefind.${hash}.pf_meta`)).length).toBeGreaterThan(0);
    expect(existsSync(join(dir, '.pagefind-parts'))).toBe(false);
  });

  it('indexes the template records given to it and removes their files afterwards', async () => {
    const dir = makeSite({ 'en/index.html': page('en', 'Refund approved'), 'es/index.html': page('es', 'Reembolso aprobado') });
    const record = (code: string) => ({
      href: `/${code}/refunds/#refund-declined`,
      file: 'refunds/refund-declined.html',
      title: 'Refund declined',
      category: 'Refunds',
      useWhen: 'you say no.',
      subject: 'About your refund',
      keywords: ['refund denied', 'no refund', 'refund refused', 'declined', 'rejected'],
      body: 'Hi [Name],\n\nNo refund.',
    });
    const result = await indexSite(dir, { root, jobs: 2, records: (code) => (code === 'en' ? [record(code)] : []) });
    expect(result.records).toBe(1);
    expect(result.languages).toEqual({ en: 2, es: 1 });
    expect(existsSync(join(dir, 'en', RECORDS_DIR))).toBe(false);
  });

  it('fails, naming the locale, when a locale folder has no indexable page', async () => {
    const dir = makeSite({ 'en/index.html': page('en', 'Refund approved'), 'es/index.html': page('es', 'Sin cuerpo', false) });
    await expect(indexSite(dir, { root, jobs: 1 })).rejects.toThrow(/no page of "es" was indexed: is data-pagefind-body missing/);
  });

  it('fails when there is no locale folder at all', async () => {
    const dir = makeSite({ 'index.html': page('en', 'Nothing') });
    await expect(indexSite(dir, { root })).rejects.toThrow(/no locale folder/);
  });
});

describe('PAGEFIND_JOBS', () => {
  afterEach(() => {
    delete process.env.PAGEFIND_JOBS;
  });
  it('rejects a value that is not a whole number of at least 1, naming the variable', async () => {
    const dir = makeSite({ 'en/index.html': page('en', 'Refund approved') });
    process.env.PAGEFIND_JOBS = '0';
    await expect(indexSite(dir, { root })).rejects.toThrow(/PAGEFIND_JOBS must be a whole number of at least 1 \(got "0"\)/);
    process.env.PAGEFIND_JOBS = '1';
    await expect(indexSite(dir, { root })).resolves.toMatchObject({ languages: { en: 1 } });
  });
});
