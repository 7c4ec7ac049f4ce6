import { defineConfig } from 'vitest/config';

/**
 * Two projects, run by `npm test` in this order: unit (fast, pure Node) → build → e2e.
 * The e2e project checks the built site in dist/ (or DIST_DIR) with Debian's Chromium and
 * over the files themselves, so it is only meaningful after a fresh build.
 */
export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          // tests/support holds the harness's own tests: its route matching, sampling and link checks.
          include: ['tests/unit/**/*.test.ts', 'tests/support/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          // One Chromium per file; two files at a time suits a 2-core machine (Chromium
          // itself runs several processes, so more workers only thrash).
          fileParallelism: true,
          maxWorkers: 2,
          // pages.test.ts opens this many pages at once in its one browser (more only queues on 2 cores).
          maxConcurrency: 2,
          // A page load plus an axe run takes about a second; a slow CI machine gets plenty of room.
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // No retries: a test that waits for the right thing (the map says aria-busy="false"
          // once it has stopped moving) does not need a second chance.
        },
      },
    ],
  },
});
