/**
 * Every built page is valid HTML by html-validate's recommended rules
 * (.htmlvalidate.json; relaxed rules and their reasons in
 * .htmlvalidate.README.md). The broken fixture proves the gate can fail.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate, formatterFactory } from 'html-validate';
import { pages } from '../support/site.ts';

const validator = new HtmlValidate(new FileSystemConfigLoader());
const stylish = formatterFactory('stylish');

describe('valid HTML', () => {
  it.each(pages().map((p) => [p.path, p] as const))('%s', async (_path, page) => {
    const report = await validator.validateString(page.html, page.file);
    expect(report.valid, stylish(report.results)).toBe(true);
  });

  it('fails on a deliberately broken page', async () => {
    const file = join(import.meta.dirname, '..', 'fixtures', 'broken', 'invalid.html');
    const report = await validator.validateFile(file);
    expect(report.valid).toBe(false);
    const rules = report.results.flatMap((r) => r.messages.map((m) => m.ruleId));
    expect(rules).toEqual(expect.arrayContaining(['no-dup-id', 'element-permitted-content']));
  });
});
