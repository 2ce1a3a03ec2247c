import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { countCategoryTemplates, readCategoryTemplates } from '../../src/lib/content/template-files.ts';
import { makeFixture, type Fixture } from '../support/content-fixture.ts';

let fixture: Fixture | undefined;
afterEach(() => fixture?.cleanup());

const template = (title: string, order: number, body = 'Hello [Name],\n\nThanks.') =>
  `---\ntitle: ${title}\nuseWhen: a test needs it.\nsubject: ${title} for [Name]\norder: ${order}\nkeywords: [one, two, three, four, five]\n---\n${body}\n`;

function setUp(files: Record<string, string>) {
  fixture = makeFixture(files);
  return join(fixture.root, 'src/content/templates');
}

describe('template files (read per category page, outside the content layer)', () => {
  it('reads one category of one locale, in order and then by id, with the raw body', () => {
    const dir = setUp({
      'src/content/templates/en/refunds/zeta.md': template('Zeta', 1),
      'src/content/templates/en/refunds/alpha.md': template('Alpha', 2),
      'src/content/templates/en/refunds/beta.md': template('Beta', 1, 'Hi [Name],\n\n- one\n- two'),
      'src/content/templates/en/refunds/notes.txt': 'not a template',
      'src/content/templates/en/other/gamma.md': template('Gamma', 1),
      'src/content/templates/es/refunds/delta.md': template('Delta', 1),
    });
    const read = readCategoryTemplates(dir, 'en', 'refunds');
    expect(read.map((t) => t.id)).toEqual(['beta', 'zeta', 'alpha']);
    expect(read[0]!.data).toEqual({ title: 'Beta', useWhen: 'a test needs it.', subject: 'Beta for [Name]', order: 1, keywords: ['one', 'two', 'three', 'four', 'five'] });
    expect(read[0]!.body).toBe('Hi [Name],\n\n- one\n- two\n');
    expect(read[0]!.filePath).toBe(join(dir, 'en/refunds/beta.md'));
    expect(countCategoryTemplates(dir, 'en', 'refunds')).toBe(3);
  });

  it('treats a missing category folder as an empty category', () => {
    const dir = setUp({});
    expect(readCategoryTemplates(dir, 'en', 'nothing-here')).toEqual([]);
    expect(countCategoryTemplates(dir, 'en', 'nothing-here')).toBe(0);
  });

  it('names the file and the field when a file slipped past the content guard', () => {
    const dir = setUp({ 'src/content/templates/en/refunds/broken.md': '---\ntitle: Broken\norder: 1\n---\nHello' });
    expect(() => readCategoryTemplates(dir, 'en', 'refunds')).toThrow(/en\/refunds\/broken\.md: useWhen: .*npm run content:check/);
    const noFrontMatter = setUp({ 'src/content/templates/en/refunds/bare.md': 'Hello [Name]' });
    expect(() => readCategoryTemplates(noFrontMatter, 'en', 'refunds')).toThrow(/bare\.md: front matter: The file must start with a front matter block/);
  });
});
