/**
 * Prints, for each broken input of tests/support/bad-inputs.ts, the first
 * line of the error the real build gives (for reviews and release notes):
 *
 *   npm run bad-inputs
 */
import { copyProject } from '../tests/support/project-copy.ts';
import { badInputs } from '../tests/support/bad-inputs.ts';

for (const [name, mutate] of badInputs) {
  const project = copyProject();
  try {
    mutate(project);
    const { status, output } = project.build();
    const first = output.split('\n').find((l) => l.includes(' › ')) ?? output.split('\n').find((l) => /error/i.test(l)) ?? '';
    console.log(`| ${name} | exit ${status} | \`${first.trim().replace(/\|/g, '\\|')}\` |`);
  } finally {
    project.cleanup();
  }
}
