import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, wherever the tests are started from. */
export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The built site the browser and dist tests check: DIST_DIR, else OUT_DIR (where
 * `npm run build` writes, see astro.config.mjs), else dist/. So
 * `OUT_DIR=/tmp/me-dist ASTRO_CACHE_DIR=/tmp/me-cache npm test` builds and tests in a
 * private folder while others build side by side.
 */
export function distDir(): string {
  const dir = resolve(repoRoot, process.env.DIST_DIR || process.env.OUT_DIR || 'dist');
  if (!existsSync(resolve(dir, 'index.html'))) {
    throw new Error(
      `No built site at ${dir} (index.html is missing). Run \`npm run build\` first, ` +
        'or set DIST_DIR to the folder a build wrote.',
    );
  }
  return dir;
}

/** The content folder the build read (CONTENT_DIR, as in astro.config.mjs). */
export function contentDir(): string {
  return resolve(repoRoot, process.env.CONTENT_DIR || 'content');
}
