/**
 * Conformance by the W3C Nu HTML Checker: every built page in one JVM run,
 * the built stylesheets in another, and a deliberately broken page and stylesheet
 * (tests/fixtures/broken/nu-invalid.*) that it must reject. Needs Java: the
 * test fails (never skips) with the install command when java is missing.
 */
import { describe, expect, it } from 'vitest';
import { join, relative } from 'node:path';
import { listFiles } from '../../src/lib/fs/files.ts';
import { DIST, pages } from '../support/site.ts';
import { formatNu, nuErrors } from '../support/nu-checker.ts';

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'broken');

describe('the W3C Nu HTML Checker', () => {
  it('finds no error in any built page', () => {
    expect(pages().length).toBeGreaterThan(0);
    const problems = nuErrors([DIST], 'html', DIST);
    expect(problems, `Nu HTML Checker errors:\n${formatNu(problems)}`).toEqual([]);
  }, 120_000);

  it('finds no error in any built stylesheet', () => {
    const css = listFiles(join(DIST, '_astro')).filter((f) => f.endsWith('.css'));
    expect(css.length, 'no stylesheet in dist/_astro/').toBeGreaterThan(0);
    const problems = nuErrors(css, 'css', DIST);
    expect(problems, `W3C CSS errors (through the Nu checker):\n${formatNu(problems)}`).toEqual([]);
  }, 120_000);

  it('rejects a page and a stylesheet broken on purpose', () => {
    const found = formatNu([...nuErrors([join(fixtures, 'nu-invalid.html')], 'html', fixtures), ...nuErrors([join(fixtures, 'nu-invalid.css')], 'css', fixtures)]);
    for (const part of [
      'nu-invalid.html:16:1: Stray start tag “script”.',
      'nu-invalid.html:11:7: Bad value “combobox” for attribute “role” on element “input”.',
      'nu-invalid.html:11:7: Attribute “aria-expanded” not allowed on element “input”',
      'nu-invalid.css:3:42: CSS: “mask”: Too many values or values are not recognized.',
    ]) {
      expect(found, relative(process.cwd(), fixtures)).toContain(part);
    }
  }, 120_000);
});
