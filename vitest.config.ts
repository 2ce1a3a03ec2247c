import { defineConfig } from 'vitest/config';

/**
 * Three projects, run in this order by scripts/test.ts:
 * - unit: pure functions and content rules, no build needed;
 * - build: checks over the built HTML in dist/ (run after `astro build`);
 * - e2e: headless Chromium against dist/ served on 127.0.0.1.
 */
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      { test: { name: 'build', include: ['tests/build/**/*.test.ts'], environment: 'node' } },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
