/**
 * `npm test`: everything, in the order a failure is cheapest to find.
 * 1. astro check (types), 2. unit tests, 3. a real build, 4. checks over the
 * built HTML and end-to-end tests in headless Chromium against the build,
 * 5. the benchmark at its smallest size (it must complete and print a table).
 * Stops at the first failing step with its exit code.
 */
import { spawnSync } from 'node:child_process';

const steps: [string, string[]][] = [
  ['type check', ['astro', 'check']],
  ['unit tests', ['vitest', 'run', '--project', 'unit']],
  ['build', ['node', 'scripts/build.ts']],
  ['built-site checks and browser tests', ['vitest', 'run', '--project', 'build', '--project', 'e2e']],
  ['benchmark smoke test (smallest size)', ['node', 'scripts/bench.ts', '--max', '100']],
];

for (const [name, [cmd, ...args]] of steps) {
  console.log(`\n▶ ${name}: ${cmd} ${args.join(' ')}`);
  const started = Date.now();
  const run = spawnSync(cmd!, args, { stdio: 'inherit', shell: false });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (run.status !== 0) {
    console.error(`\n✗ ${name} failed (exit ${run.status ?? run.signal}) after ${seconds}s`);
    process.exit(run.status ?? 1);
  }
  console.log(`✓ ${name} (${seconds}s)`);
}
