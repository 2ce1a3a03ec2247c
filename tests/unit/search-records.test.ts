import { describe, expect, it } from 'vitest';
import { join, resolve } from 'node:path';
import { parse } from 'node-html-parser';
import { recordHtml, RECORD_WEIGHTS, templateRecords, type SearchRecord } from '../../src/lib/search/records.ts';
import { locales } from '../../src/i18n/locales.ts';
import { checkContent } from '../../src/lib/content/validate.ts';

const root = resolve(import.meta.dirname, '../..');
const catalogue = checkContent(root).catalogue;

describe('search records (one per template)', () => {
  it.each(locales.map((l) => [l.code]))('%s: one record per template, at its anchor, with its keywords', (code) => {
    const records = templateRecords(join(root, 'src', 'content'), code);
    const templates = catalogue.templates.filter((t) => t.locale === code);
    expect(records.map((r) => r.href).sort()).toEqual(templates.map((t) => `/${code}/${t.category}/#${t.id}`).sort());
    for (const t of templates) {
      const record = records.find((r) => r.href.endsWith(`/${t.category}/#${t.id}`))!;
      expect(record.title).toBe(t.data.title);
      expect(record.keywords).toEqual(t.data.keywords);
      expect(record.keywords.length).toBeGreaterThanOrEqual(5);
    }
  });

  const record: SearchRecord = {
    href: '/en/refund-requests/#refund-rejected',
    file: 'refund-requests/refund-rejected.html',
    title: 'Refund <declined> & "why"',
    category: 'Refund, requests',
    useWhen: 'you say no.',
    subject: 'About your refund',
    keywords: ['refund denied', 'angry <b>client</b>'],
    body: 'Hi [Name],\n\nNo refund.',
  };

  it('indexes the keywords with the weight of a title, the address as meta, the category as a filter; everything escaped', () => {
    const doc = parse(recordHtml(record, 'en'));
    const main = doc.querySelector('main[data-pagefind-body]')!;
    expect(main.getAttribute('data-pagefind-meta')).toBe('href:/en/refund-requests/#refund-rejected');
    expect(main.getAttribute('data-pagefind-filter')).toBe('category:Refund, requests');
    expect(doc.querySelector('h1')!.text).toBe('Refund <declined> & "why"');
    const keywords = doc.querySelector(`ul[data-pagefind-weight="${RECORD_WEIGHTS.keywords}"]`)!;
    expect(keywords.querySelectorAll('li').map((li) => li.text)).toEqual(['refund denied.', 'angry <b>client</b>.']);
    expect(doc.querySelectorAll('b')).toHaveLength(0);
    expect(main.querySelectorAll('p').map((p) => p.text)).toEqual(['you say no.', 'About your refund', 'Hi [Name],', 'No refund.']);
  });
});
