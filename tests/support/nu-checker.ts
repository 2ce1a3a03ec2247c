/**
 * The W3C Nu HTML Checker (the validator behind validator.w3.org/nu), from
 * the vnu-jar npm package. It is the authority on HTML conformance: it knows
 * the parsing rules (nothing after </html>) and the ARIA-in-HTML rules
 * (which roles and aria-* attributes each element allows) that html-validate
 * does not check. One JVM checks everything it is given.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * vnu-jar's main module is the path of vnu.jar. We run it with the system's
 * java ourselves: the package's own runner would try to download a Java
 * runtime from the internet when none is installed.
 */
export const VNU_JAR = String(createRequire(import.meta.url)('vnu-jar'));

export const JAVA_MISSING = 'The W3C Nu HTML Checker needs Java (17 or later) on PATH: run "apt-get install -y default-jre-headless" (as root; .ci/run does this).';

interface NuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  firstLine?: number;
  lastLine?: number;
  firstColumn?: number;
  lastColumn?: number;
  message: string;
  extract?: string;
}

export interface NuProblem {
  /** The checked file, relative to `root`. */
  file: string;
  line: number;
  column: number;
  message: string;
  extract: string;
}

/**
 * Checks `targets` (files or directories) in one JVM and returns every error:
 * as HTML (files not named .html/.htm are skipped), or all as CSS. Not both
 * in one run: with --also-check-css, vnu 26.9 reports HTML line numbers one
 * too low. Throws with the install instruction when there is no Java, and
 * with the checker's own output when it did not produce a report.
 */
export function nuErrors(targets: readonly string[], as: 'html' | 'css', root: string): NuProblem[] {
  if (targets.length === 0) throw new Error('nuErrors: nothing to check');
  const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (java.error) throw new Error(`${JAVA_MISSING} (${java.error.message})`);
  const mode = as === 'html' ? '--skip-non-html' : '--css';
  const run = spawnSync('java', ['-jar', VNU_JAR, '--errors-only', mode, '--format', 'json', '--stdout', ...targets], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  let report: { messages: NuMessage[] };
  try {
    report = JSON.parse(run.stdout) as { messages: NuMessage[] };
  } catch {
    throw new Error(`The Nu HTML Checker gave no report (exit ${run.status ?? run.signal}):\n${run.stdout}\n${run.stderr}`);
  }
  return report.messages
    .filter((m) => m.type !== 'info')
    .map((m) => ({
      file: m.url ? relative(root, fileURLToPath(m.url)) : '(no file)',
      line: m.firstLine ?? m.lastLine ?? 0,
      column: m.firstColumn ?? m.lastColumn ?? 0,
      message: m.message,
      extract: (m.extract ?? '').replace(/\s+/g, ' ').trim().slice(0, 160),
    }));
}

/** One line per problem: file:line:column: message (and where, since built pages are one long line). */
export const formatNu = (problems: readonly NuProblem[]) => problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message}${p.extract ? `\n    at: ${p.extract}` : ''}`).join('\n');
