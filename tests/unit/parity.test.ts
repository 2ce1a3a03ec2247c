import { afterEach, describe, expect, it } from 'vitest';
import { getPlaceholders } from '../../src/i18n/placeholders/index.ts';
import { resolve } from 'node:path';
import { checkContent } from '../../src/lib/content/validate.ts';
import { parityProblems, translationStatus } from '../../src/lib/content/parity.ts';
import { defaultLocale, localeCodes, localeTable } from '../../src/i18n/locales.ts';
import { makeFixture, validFiles, type Fixture } from '../support/content-fixture.ts';

const root = resolve(import.meta.dirname, '..', '..');

describe('the real catalogue', () => {
  const { catalogue, problems } = checkContent(root);

  it('passes the content check', () => {
    expect(problems).toEqual([]);
  });

  it('has the same pages and structure in every enabled locale', () => {
    const found = parityProblems(catalogue, localeCodes, defaultLocale).map((p) => `${p.file}: ${p.message}`);
    expect(found).toEqual([]);
  });

  it('is complete in every enabled locale (npm run i18n:status)', () => {
    const rows = translationStatus(root, catalogue, localeTable, localeCodes, defaultLocale);
    expect(rows.length).toBeGreaterThan(0);
    const missing = rows.flatMap((r) => localeCodes.filter((l) => r.cells[l]!.state !== 'present').map((l) => `${l}: ${r.label}`));
    expect(missing).toEqual([]);
  });
});

describe('parity rules', () => {
  const T = 'subscription-cancellation/cancellation-confirmation';
  let fixture: Fixture | undefined;
  afterEach(() => fixture?.cleanup());

  /** The fixture with a faithful Slovenian copy (English text, Slovenian labels), then `mutate`. */
  function withSlovenian(mutate: (files: Record<string, string>) => void = () => {}) {
    const labels = getPlaceholders('sl');
    const en = getPlaceholders('en');
    const relabel = (s: string) => s.replace(/\[([^\]]+)\]/g, (m, label: string) => {
      const key = Object.entries(en).find(([, v]) => v.label === label)?.[0] as keyof typeof labels | undefined;
      return key ? `[${labels[key].label}]` : m;
    });
    const files: Record<string, string> = { ...validFiles };
    for (const [path, content] of Object.entries(validFiles)) files[path.replace(/\/en\//, '/sl/')] = relabel(content);
    mutate(files);
    fixture = makeFixture(files);
    const { catalogue, problems } = checkContent(fixture.root);
    expect(problems).toEqual([]);
    return parityProblems(catalogue, ['en', 'sl'], 'en');
  }
  const sl = `src/content/templates/sl/${T}.md`;

  it('accepts a faithful translation', () => {
    expect(withSlovenian()).toEqual([]);
  });

  it('catches a missing placeholder', () => {
    // The product appears in the subject and one paragraph: drop both.
    const problems = withSlovenian((f) => (f[sl] = f[sl]!.replace(/subject: .*\n/, 'subject: Naročnina je preklicana\n').replace(/\n\n[^\n]*\n\nBest/, '\n\nBest')));
    expect(problems.map((p) => p.message).join()).toContain('missing product');
  });

  it('catches a list of a different length', () => {
    const problems = withSlovenian((f) => {
      f[`src/content/templates/en/${T}.md`] += '\n- one\n- two\n';
      f[sl] += '\n- ena\n';
    });
    expect(problems).toMatchObject([{ file: sl, message: expect.stringContaining('list items [1] differ') }]);
  });

  it('compares every voice with the English, and names the voice that differs', () => {
    // Slovenian has the speaker axis: a choice whose male form drops the greeting's placeholder.
    const problems = withSlovenian((f) => (f[sl] = f[sl]!.replace(/^(\S+) \[([^\]]+)\],$/m, '{$1 [$2],|$1,}')));
    expect(problems.map((p) => p.message)).toEqual([expect.stringMatching(/^in the voice speaker=male: placeholders differ .* missing customerName/)]);
    // Both voices keep it: no problem.
    expect(withSlovenian((f) => (f[sl] = f[sl]!.replace(/^(\S+) \[([^\]]+)\],$/m, '{$1 [$2],|Pozdravljeni, [$2],}')))).toEqual([]);
  });

  it('catches a different number of FAQ entries and a missing template', () => {
    const cat = 'src/content/categories/sl/subscription-cancellation.mdx';
    const problems = withSlovenian((f) => {
      f[cat] = f[cat]!.replace(/(  - \{ question: Automated.*\n)/, '$1$1');
      delete f[sl];
    });
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringContaining('"faq" has 4 entries'),
      expect.stringContaining('missing: translate'),
    ]);
  });
});
