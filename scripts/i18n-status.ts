/**
 * `npm run i18n:status`: which pages exist in which language.
 * Prints the locale × category/guide matrix and every parity problem, and
 * exits non-zero when an enabled locale lacks a page or differs in structure
 * from the default locale. Disabled (upcoming) locales are shown, not required.
 */
import { checkContent, formatProblems } from '../src/lib/content/validate.ts';
import { parityProblems, translationStatus, type StatusCell } from '../src/lib/content/parity.ts';
import { defaultLocale, localeCodes, localeTable } from '../src/i18n/locales.ts';

const root = process.cwd();
const { catalogue, problems } = checkContent(root);
if (problems.length) {
  console.error(`The content check found ${problems.length} problem(s); fix them first:\n${formatProblems(problems)}`);
  process.exit(1);
}

const rows = translationStatus(root, catalogue, localeTable, localeCodes, defaultLocale);
const cell = (c: StatusCell) =>
  c.state === 'present' ? '✓' : c.state === 'missing' ? `✗ ${c.have}/${c.need}` : c.state === 'fallback' ? '· fallback' : `~ ${c.have}/${c.need}`;
const header = ['', ...localeTable.map((l) => `${l.code}${localeCodes.includes(l.code) ? '' : '*'}`)];
const body = rows.map((r) => [r.label, ...localeTable.map((l) => cell(r.cells[l.code]!))]);
const widths = header.map((_, i) => Math.max(...[header, ...body].map((row) => [...row[i]!].length)));
const line = (row: string[]) => row.map((s, i) => s + ' '.repeat(widths[i]! - [...s].length)).join('  ');
console.log(line(header));
for (const row of body) console.log(line(row));
console.log(
  `\n✓ present   ✗ missing in an enabled locale (required; visitors see the ${defaultLocale} page)   · fallback / ~ partial: locale not enabled yet (*)`,
);

const missing = rows.flatMap((r) => localeTable.filter((l) => r.cells[l.code]!.state === 'missing').map((l) => `${l.code}: ${r.label}`));
const parity = parityProblems(catalogue, localeCodes, defaultLocale).filter((p) => !p.message.startsWith('missing'));
if (parity.length) {
  console.log('\nStructure differs from the default locale:');
  for (const p of parity) console.log(`  ${p.file}: ${p.message}`);
}
if (missing.length || parity.length) {
  console.error(`\n${missing.length} required item(s) missing, ${parity.length} structural difference(s).`);
  process.exit(1);
}
console.log('\nEvery enabled locale is complete.');
