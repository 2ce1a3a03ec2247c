/**
 * `npm run content:check`: the content check on its own, without a build.
 * Prints every problem (file:line › field: message) and exits 1 if there is any.
 */
import { checkContent, formatProblems } from '../src/lib/content/validate.ts';

const { catalogue, problems } = checkContent(process.cwd());
if (problems.length) {
  console.error(`✗ ${problems.length} content problem${problems.length === 1 ? '' : 's'}:\n${formatProblems(problems)}`);
  process.exit(1);
}
console.log(
  `✓ content OK: ${catalogue.categories.length} categories, ${catalogue.templates.length} templates, ${catalogue.guides.length} guides.`,
);
