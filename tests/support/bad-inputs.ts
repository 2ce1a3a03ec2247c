/**
 * One broken input per row: what is broken, how to break it in a copy of the
 * project, and what the build's error must say (file › field: … and the fix).
 * Used by tests/unit/build-guard.test.ts and scripts/bad-inputs.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ProjectCopy } from './project-copy.ts';
import { validFiles } from './content-fixture.ts';

export const CATEGORY = 'src/content/categories/en/subscription-cancellation.mdx';
export const TEMPLATE = 'src/content/templates/en/subscription-cancellation/cancellation-confirmation.md';
export const GUIDE = 'src/content/guides/en/reducing-cancellations.mdx';


type Row = [name: string, mutate: (p: ProjectCopy) => void, expected: string[]];
const edit = (path: string, from: string | RegExp, to: string) => (p: ProjectCopy) => p.write(path, validFiles[path]!.replace(from, to));

// Each row: what is broken, how, and what the error must say (file:line › field: … fix).
export const badInputs: Row[] = [
  ['malformed YAML front matter', edit(CATEGORY, 'navTitle: Subscription cancellation', 'navTitle: [Subscription'), [`${CATEGORY}`, '› front matter: Malformed YAML', 'quote values']],
  ['broken MDX syntax', (p) => p.write(GUIDE, `${validFiles[GUIDE]}\nA {broken expression.\n`), [`${GUIDE}:15 › body: MDX syntax error`, 'write them as \\{ \\}']],
  ['an unclosed tag in a template', edit(TEMPLATE, 'Your subscription', '<b>Your subscription'), [`${TEMPLATE}:10 › body: HTML is not allowed`, 'Use the email body syntax instead']],
  ['an unknown locale folder', (p) => p.write('src/content/categories/xx/subscription-cancellation.mdx', validFiles[CATEGORY]!), ['src/content/categories/xx/subscription-cancellation.mdx › file: "xx" is not a locale', 'where <locale> is a code from src/i18n/locales.ts']],
  ['a template in a category missing in its locale', (p) => p.write('src/content/templates/en/refunds/refund-approved.md', validFiles[TEMPLATE]!), ['src/content/templates/en/refunds/refund-approved.md › file: The folder "refunds" is not a category in "en"', 'add src/content/categories/en/refunds.mdx']],
  ['a reference to a missing guide', edit(CATEGORY, 'guides: [reducing-cancellations]', 'guides: [no-such-guide]'), [`${CATEGORY}:23 › guides[0]: Unknown guide "no-such-guide"`, 'Known guides: reducing-cancellations']],
  ['a placeholder typo', edit(TEMPLATE, 'Hi [Customer name],', 'Hi [Custmer name],'), [`${TEMPLATE}:8 › body: Unknown placeholder "[Custmer name]"`, 'Did you mean "[Customer name]"?']],
  ['a duplicate template id', (p) => {
    p.write('src/content/categories/en/refunds.mdx', validFiles[CATEGORY]!.replace('order: 1', 'order: 2'));
    p.write('src/content/templates/en/refunds/cancellation-confirmation.md', validFiles[TEMPLATE]!);
  }, ['› file: Duplicate template id "cancellation-confirmation"', 'rename one of them']],
  ['an empty template body', edit(TEMPLATE, /---\nHi[\s\S]*$/, '---\n\n'), [`${TEMPLATE}`, '› body: The body is empty']],
  ['a duplicate subject line', edit(CATEGORY, '  - Sorry to see you go', '  - Cancellation confirmed'), [`${CATEGORY}:12 › subjects: "subjects" contains the same subject line twice`, 'remove or reword the duplicate']],
  ['a description that is too long', edit(CATEGORY, /description: .*/, `description: ${'x'.repeat(170)}`), [`${CATEGORY}:4 › description: "description" is 170 characters long`, 'shorten it to at most 160']],
  ['a guide title too long for search results', edit(GUIDE, 'title: Reducing cancellations', `title: Reducing cancellations ${'ลดการยกเลิก'.repeat(4)}`), [`${GUIDE}:2 › title: "title" is 63 characters long`, 'shorten it to at most 60']],
  ['a FAQ entry without an answer', edit(CATEGORY, '{ question: Should I ask why?, answer: "Yes, briefly." }', '{ question: Should I ask why? }'), [`${CATEGORY}:21 › faq[1].answer: "faq[1].answer" is required`, 'write the answer']],
  // English declares no voice axis (src/i18n/locales.ts): a choice there is a mistake, caught with its line.
  ['a voice choice in a locale without voice axes', edit(TEMPLATE, 'Hi [Customer name],', 'Hi {there|you} [Customer name],'), [`${TEMPLATE}:8 › body: "{there|you}" is a voice choice, but this locale declares no voice axes`, 'write one text for everyone']],
  ['a voice choice in a template title', edit(TEMPLATE, /title: .*/, 'title: "{Confirmed|Done}"'), [`${TEMPLATE}:2 › title:`, 'Only the subject and the body may vary by voice']],
  ['an enabled locale without a UI dictionary', (p) => {
    const table = readFileSync(join(p.root, 'src/i18n/locales.ts'), 'utf8');
    p.write('src/i18n/locales.ts', table.replace(/(code: 'de'.*enabled: )false/, '$1true'));
  }, ['src/i18n/ui/de.ts › file: Locale "de" is enabled in src/i18n/locales.ts but has no UI dictionary', 'Create src/i18n/ui/de.ts']],
];

