import { afterEach, describe, expect, it } from 'vitest';
import { getPlaceholders } from '../../src/i18n/placeholders/index.ts';
import { checkContent, ContentError, assertContent } from '../../src/lib/content/validate.ts';
import { makeFixture, validFiles, type Fixture } from '../support/content-fixture.ts';

const CATEGORY = 'src/content/categories/en/subscription-cancellation.mdx';
const TEMPLATE = 'src/content/templates/en/subscription-cancellation/cancellation-confirmation.md';
const GUIDE = 'src/content/guides/en/reducing-cancellations.mdx';

let fixture: Fixture | undefined;
afterEach(() => fixture?.cleanup());

function check(mutate: (f: Fixture) => void) {
  fixture = makeFixture();
  mutate(fixture);
  return checkContent(fixture.root);
}

const edit = (path: string, from: string | RegExp, to: string) => (f: Fixture) => f.write(path, validFiles[path]!.replace(from, to));

describe('content check', () => {
  it('accepts the valid fixture and returns its catalogue', () => {
    const { problems, catalogue } = check(() => {});
    expect(problems).toEqual([]);
    expect(catalogue.categories.map((c) => c.slug)).toEqual(['subscription-cancellation']);
    expect(catalogue.templates.map((t) => t.id)).toEqual(['cancellation-confirmation']);
    expect(catalogue.guides.map((g) => g.slug)).toEqual(['reducing-cancellations']);
  });

  // Each row breaks one rule. The message must name the file and the field and say how to fix it.
  it.each([
    ['an unknown guide reference', CATEGORY, 'guides[0]', 'Unknown guide "no-such-guide"', edit(CATEGORY, 'guides: [reducing-cancellations]', 'guides: [no-such-guide]')],
    ['an unknown related category', CATEGORY, 'related[0]', 'Unknown category "refunds"', edit(CATEGORY, 'related: []', 'related: [refunds]')],
    ['a guide naming a category that does not link back', CATEGORY, 'guides', 'does not list the guide "reducing-cancellations", which names this category: links go both ways', edit(CATEGORY, 'guides: [reducing-cancellations]', 'guides: []')],
    ['a related category that does not link back', 'src/content/categories/en/refunds.mdx', 'related', 'does not list "subscription-cancellation", which lists "refunds" as related: links go both ways', (f: Fixture) => {
      f.write(CATEGORY, validFiles[CATEGORY]!.replace('related: []', 'related: [refunds]'));
      f.write('src/content/categories/en/refunds.mdx', validFiles[CATEGORY]!.replace('order: 1', 'order: 2').replace('guides: [reducing-cancellations]', 'guides: []'));
    }],
    ['an unknown category in a guide', GUIDE, 'categories[0]', 'Unknown category "nope"', edit(GUIDE, 'categories: [subscription-cancellation]', 'categories: [nope]')],
    ['a placeholder typo in a body', TEMPLATE, 'body', 'Did you mean "[Customer name]"?', edit(TEMPLATE, 'Hi [Customer name],', 'Hi [Custmer name],')],
    ['a placeholder typo in a subject', TEMPLATE, 'subject', 'Unknown placeholder "[Prodcut]"', edit(TEMPLATE, 'subject: "Your [Product]', 'subject: "Your [Prodcut]')],
    ['a placeholder typo in a subject line list', CATEGORY, 'subjects[0]', 'Unknown placeholder "[Prodct]"', edit(CATEGORY, '"Your [Product] subscription is cancelled"', '"Your [Prodct] subscription is cancelled"')],
    ['an empty template body', TEMPLATE, 'body', 'The body is empty', edit(TEMPLATE, /---\nHi[\s\S]*$/, '---\n\n')],
    ['an empty category intro', CATEGORY, 'body', 'write the 2–3 paragraph introduction', edit(CATEGORY, /---\nCancellations[\s\S]*$/, '---\n')],
    ['an over-long description', CATEGORY, 'description', 'shorten it to at most 160', edit(CATEGORY, /description: .*/, `description: ${'x'.repeat(161)}`)],
    ['a duplicate subject line', CATEGORY, 'subjects', 'same subject line twice', edit(CATEGORY, '  - Sorry to see you go', '  - Cancellation confirmed')],
    ['a FAQ entry without an answer', CATEGORY, 'faq[1].answer', 'write the answer', edit(CATEGORY, '{ question: Should I ask why?, answer: "Yes, briefly." }', '{ question: Should I ask why? }')],
    ['too few tips', CATEGORY, 'tips', 'needs 3 to 6 tips', edit(CATEGORY, /  - \{ title: Ask why.*\n/, '')],
    ['an unknown theme', CATEGORY, 'theme', 'must be one of: subscriptions, billing, service', edit(CATEGORY, 'theme: subscriptions', 'theme: churn')],
    ['malformed YAML front matter', CATEGORY, 'front matter', 'Malformed YAML', edit(CATEGORY, 'navTitle: Subscription cancellation', 'navTitle: [Subscription')],
    ['a missing front matter', TEMPLATE, 'front matter', 'must start with a front matter block', (f: Fixture) => f.write(TEMPLATE, 'Hi [Customer name],\n')],
    ['raw HTML in a template', TEMPLATE, 'body', 'HTML is not allowed', edit(TEMPLATE, 'Your subscription', '<div>Your subscription')],
    ['an unquoted comma inside a YAML flow value', CATEGORY, 'tips[1]', 'unknown field "access and billing."', edit(CATEGORY, '"Dates, access and billing."', 'Dates, access and billing.')],
    ['a misspelt field name', TEMPLATE, '(front matter)', 'unknown field "usewhen"', edit(TEMPLATE, 'useWhen:', 'useWhen: x\nusewhen:')],
    ['a missing required field', TEMPLATE, 'useWhen', 'is required', edit(TEMPLATE, /useWhen: .*\n/, '')],
    ['a <TemplateLink> to a template the category lacks', CATEGORY, 'body', '<TemplateLink id="cancelation-confirmation" /> names no template of "subscription-cancellation" in en. Did you mean "cancellation-confirmation"?', edit(CATEGORY, 'Cancellations happen.', 'Cancellations happen. Start with <TemplateLink id="cancelation-confirmation" />.')],
    ['a <TemplateLink> in a tip to a template the category lacks', CATEGORY, 'tips[0].text', 'names no template of "subscription-cancellation"', edit(CATEGORY, 'text: Two or three sentences are enough.', `text: 'Like <TemplateLink id="refund-declined" />.'`)],
    ['a <TemplateLink> without a plain id', CATEGORY, 'body', 'as a plain string', edit(CATEGORY, 'Cancellations happen.', 'Cancellations happen. <TemplateLink id={x} />')],
    ['another component in a category page', CATEGORY, 'body', '<Aside> is not available in category pages', edit(CATEGORY, 'Cancellations happen.', 'Cancellations happen. <Aside>Note</Aside>')],
    ['a category file that is not MDX', 'src/content/categories/en/refunds.md', 'file', 'rename refunds.md to refunds.mdx', (f: Fixture) => f.write('src/content/categories/en/refunds.md', validFiles[CATEGORY]!.replace('order: 1', 'order: 2'))],
    // Search keywords (issue 14): required, at least five, no duplicates whatever their case.
    ['a template without keywords', TEMPLATE, 'keywords', 'is required: list at least 5 words or phrases people type', edit(TEMPLATE, /keywords: .*\n/, '')],
    ['too few keywords', TEMPLATE, 'keywords', 'has 2; list at least 5', edit(TEMPLATE, /keywords: .*\n/, 'keywords: [cancel, unsubscribe]\n')],
    ['a keyword listed twice in another case', TEMPLATE, 'keywords', 'lists "Unsubscribe" twice (as "unsubscribe" too; case does not count)', edit(TEMPLATE, 'unsubscribe]', 'unsubscribe, Unsubscribe]')],
    ['an empty keyword', TEMPLATE, 'keywords[1]', 'is empty: write a search keyword or phrase', edit(TEMPLATE, 'subscription cancelled,', '"",')],
    ['keywords written as one line of text', TEMPLATE, 'keywords', 'must be a list of search keywords', edit(TEMPLATE, /keywords: .*\n/, 'keywords: cancel, unsubscribe\n')],
  ])('rejects %s', (_name, file, field, message, mutate) => {
    const { problems } = check(mutate);
    const match = problems.find((p) => p.file === file && p.field === field);
    expect(match, JSON.stringify(problems, null, 2)).toBeDefined();
    expect(match!.message).toContain(message);
  });

  it('reports a broken guide once, without a cascade of "unknown guide" errors', () => {
    const { problems } = check((f) => f.write(GUIDE, `${validFiles[GUIDE]}\nA {broken expression.\n`));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: GUIDE, field: 'body', line: 15 });
    expect(problems[0]!.message).toContain('MDX syntax error');
  });

  it('accepts a <TemplateLink> to a template of the category, in the intro and in a tip, and names its line', () => {
    const ok = check((f) => {
      edit(CATEGORY, 'Cancellations happen.', 'Cancellations happen. Start with <TemplateLink id="cancellation-confirmation" />.')(f);
    });
    expect(ok.problems).toEqual([]);
    expect(ok.catalogue.categories[0]!.templateLinks).toEqual([{ id: 'cancellation-confirmation', field: 'body', line: 27 }]);
    const bad = check(edit(CATEGORY, 'Cancellations happen.', 'Cancellations happen.\n\nSee <TemplateLink id="nope" />.'));
    expect(bad.problems).toHaveLength(1);
    expect(bad.problems[0]).toMatchObject({ file: CATEGORY, field: 'body', line: 29 });
  });

  it('ignores hidden files (an editor\'s temp file, .DS_Store) in the content folders', () => {
    const { problems } = check((f) => {
      f.write('src/content/guides/en/.reducing-cancellations.mdx.tmp', 'half-written');
      f.write('src/content/templates/en/.DS_Store', '\u0000');
    });
    expect(problems).toEqual([]);
  });

  it('reports the line of a body problem within the file', () => {
    const { problems } = check(edit(TEMPLATE, 'Hi [Customer name],', 'Hi [Custmer name],'));
    // The front matter takes lines 1–7, the greeting is line 8.
    expect(problems[0]!.line).toBe(8);
  });

  it('rejects a duplicate template id across categories of a locale', () => {
    const { problems } = check((f) => {
      f.write('src/content/categories/en/refunds.mdx', validFiles[CATEGORY]!.replace('order: 1', 'order: 2'));
      f.write('src/content/templates/en/refunds/cancellation-confirmation.md', validFiles[TEMPLATE]!);
    });
    const dup = problems.filter((p) => p.message.includes('Duplicate template id'));
    // One of the two is reported, naming the other.
    expect(dup).toHaveLength(1);
    const other = 'src/content/templates/en/refunds/cancellation-confirmation.md';
    expect([TEMPLATE, other]).toContain(dup[0]!.file);
    expect(dup[0]!.message).toContain(dup[0]!.file === TEMPLATE ? other : TEMPLATE);
  });

  it('rejects a template in a category that does not exist in its locale', () => {
    const { problems } = check((f) => f.write('src/content/templates/en/refunds/refund-approved.md', validFiles[TEMPLATE]!));
    expect(problems.find((p) => p.message.includes('"refunds" is not a category in "en"'))?.field).toBe('file');
  });

  it('rejects an unknown locale folder', () => {
    const { problems } = check((f) => f.write('src/content/categories/xx/subscription-cancellation.mdx', validFiles[CATEGORY]!));
    expect(problems[0]).toMatchObject({ file: 'src/content/categories/xx/subscription-cancellation.mdx', field: 'file' });
    expect(problems[0]!.message).toContain('"xx" is not a locale');
  });

  it('rejects a category slug that another route already uses', () => {
    const { problems } = check((f) => f.write('src/content/categories/en/guides.mdx', validFiles[CATEGORY]!.replace('order: 1', 'order: 2')));
    expect(problems.find((p) => p.file === 'src/content/categories/en/guides.mdx')?.message).toContain('is reserved');
  });

  it('rejects a translation that has no default-locale original', () => {
    const { problems } = check((f) => f.write('src/content/categories/sl/odpoved.mdx', validFiles[CATEGORY]!));
    const messages = problems.filter((p) => p.file === 'src/content/categories/sl/odpoved.mdx').map((p) => p.message);
    expect(messages).toContainEqual(expect.stringContaining('There is no en version of "odpoved"'));
  });

  it('uses the locale’s own placeholder labels', () => {
    const sl = 'src/content/templates/sl/subscription-cancellation/cancellation-confirmation.md';
    const product = getPlaceholders('sl').product.label;
    const signature = getPlaceholders('sl').signature.label;
    expect(product).not.toBe('Product');
    // Everything in Slovenian labels except the greeting's "[Customer name]".
    const slovenian = (s: string) => s.replace(/\[Product\]/g, `[${product}]`).replace(/\[Your signature\]/g, `[${signature}]`);
    const { problems } = check((f) => {
      f.write('src/content/categories/sl/subscription-cancellation.mdx', slovenian(validFiles[CATEGORY]!));
      f.write(sl, slovenian(validFiles[TEMPLATE]!));
    });
    // Only the English "[Customer name]" is wrong; the Slovenian product label is accepted.
    expect(problems.filter((p) => p.file === sl)).toHaveLength(1);
    // "[Customer name]" is English: in Slovenian the label is different, so it is reported.
    expect(problems.filter((p) => p.file === sl).map((p) => p.message).join()).toContain('Unknown placeholder "[Customer name]"');
  });

  it('assertContent throws one error listing every problem', () => {
    fixture = makeFixture();
    fixture.write(TEMPLATE, validFiles[TEMPLATE]!.replace('Hi [Customer name],', 'Hi [Custmer name],'));
    fixture.write(CATEGORY, validFiles[CATEGORY]!.replace('related: []', 'related: [refunds]'));
    expect(() => assertContent(fixture!.root)).toThrow(ContentError);
    try {
      assertContent(fixture.root);
    } catch (e) {
      const message = (e as Error).message;
      expect(message).toContain('2 problems');
      expect(message).toContain(`${TEMPLATE}:8 › body:`);
      expect(message).toContain(`${CATEGORY}:24 › related[0]:`);
    }
  });
});
