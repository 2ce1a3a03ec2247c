/**
 * Bad content never produces a silently broken page: a real build of a copy
 * of the project (small valid fixture catalogue) with one broken input at a
 * time must exit non-zero with a message that names the file, the field and
 * the fix. And a failed `npm run build` leaves the previous dist/ untouched.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyProject, type ProjectCopy } from '../support/project-copy.ts';
import { validFiles } from '../support/content-fixture.ts';
import { badInputs, TEMPLATE } from '../support/bad-inputs.ts';

let project: ProjectCopy | undefined;
afterEach(() => project?.cleanup());

describe('the build refuses broken content', { timeout: 300_000 }, () => {
  it('builds the valid fixture (the control for every row below)', () => {
    project = copyProject();
    const { status, output } = project.build();
    expect(status, output).toBe(0);
  });

  it.each(badInputs)('exits non-zero on %s, naming the file, the field and the fix', (_name, mutate, expected) => {
    project = copyProject();
    mutate(project);
    const { status, output } = project.build();
    expect(status).not.toBe(0);
    for (const part of expected) expect(output).toContain(part);
  });
});

describe('npm run build', { timeout: 300_000 }, () => {
  it('keeps the previous good site when a build fails', () => {
    project = copyProject();
    const first = project.safeBuild();
    expect(first.status, first.output).toBe(0);
    const index = join(project.root, 'dist', 'en', 'subscription-cancellation', 'index.html');
    const before = readFileSync(index, 'utf8');
    project.write(TEMPLATE, validFiles[TEMPLATE]!.replace('Hi [Customer name],', 'Hi [Custmer name],').replace('is cancelled.', 'is now cancelled.'));
    const second = project.safeBuild();
    expect(second.status).not.toBe(0);
    expect(second.output).toContain('still holds the previous build');
    expect(readFileSync(index, 'utf8')).toBe(before);
    expect(existsSync(join(project.root, 'dist.next'))).toBe(false);
    expect(existsSync(join(project.root, 'dist', 'pagefind', 'pagefind.js'))).toBe(true);
  });
});
