import { afterEach, describe, expect, it } from 'vitest';
import { copyProject, type ProjectCopy } from '../support/project-copy.ts';
import { validFiles } from '../support/content-fixture.ts';

// A real `astro build` on a copy of the project: the content guard must stop
// it with a non-zero exit and a message naming the file and the field.
const CATEGORY = 'src/content/categories/en/subscription-cancellation.md';
const TEMPLATE = 'src/content/templates/en/subscription-cancellation/cancellation-confirmation.md';

let project: ProjectCopy | undefined;
afterEach(() => project?.cleanup());

describe('the build refuses broken content', { timeout: 180_000 }, () => {
  it('builds the valid fixture (the control for the rows below)', () => {
    project = copyProject();
    const { status, output } = project.build();
    expect(status, output).toBe(0);
  });

  it.each([
    ['a placeholder typo', TEMPLATE, 'Hi [Name],', 'Hi [Nmae],', `${TEMPLATE}:7 › body: Unknown placeholder "[Nmae]"`],
    ['an unknown guide', CATEGORY, 'guides: [reducing-cancellations]', 'guides: [no-such-guide]', `${CATEGORY} › guides[0]: Unknown guide "no-such-guide"`],
    ['an over-long description', CATEGORY, /description: .*/, `description: ${'x'.repeat(170)}`, `${CATEGORY} › description: "description" is 170 characters long`],
  ])('exits non-zero on %s', (_name, file, from, to, message) => {
    project = copyProject();
    project.write(file, validFiles[file]!.replace(from, to));
    const { status, output } = project.build();
    expect(status).not.toBe(0);
    expect(output).toContain(message);
  });
});
