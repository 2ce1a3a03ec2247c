/**
 * `npm run build`: a build that never leaves a half-written site behind.
 * Astro builds into a fresh directory next to dist/; only when the whole
 * build (content check, pages, sitemap, Pagefind index) succeeds is it
 * swapped in for dist/. A failed build exits non-zero and dist/ keeps the
 * previous good site, so a deploy step can never publish half a site.
 *
 * The search index is built here, after the `astro build` process has
 * exited, not inside it: Astro's heap and Pagefind's are then never in
 * memory at the same time (src/integrations/pagefind-index.ts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { describeIndex, indexSite } from '../src/integrations/pagefind-index.ts';
import { templateRecords } from '../src/lib/search/records.ts';

const root = resolve(import.meta.dirname, '..');
const dist = resolve(process.env.OUT_DIR ?? 'dist');
const next = `${dist}.next`;
const old = `${dist}.old`;
rmSync(next, { recursive: true, force: true });

const fail = (why: string, code: number) => {
  rmSync(next, { recursive: true, force: true });
  console.error(`\n✗ Build failed (${why}); ${existsSync(dist) ? `${dist} still holds the previous build.` : 'nothing was written.'}`);
  process.exit(code);
};

const started = Date.now();
const run = spawnSync('astro', ['build', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, OUT_DIR: next, MAILKIT_SEARCH_INDEX: 'after' },
});
if (run.status !== 0) fail(`exit ${run.status ?? run.signal}`, run.status ?? 1);

try {
  console.log(`search: ${describeIndex(await indexSite(next, { root, records: (code) => templateRecords(resolve(root, 'src', 'content'), code) }))}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  fail('search index', 1);
}

rmSync(old, { recursive: true, force: true });
if (existsSync(dist)) renameSync(dist, old);
renameSync(next, dist);
rmSync(old, { recursive: true, force: true });
console.log(`✓ Built into ${dist} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
