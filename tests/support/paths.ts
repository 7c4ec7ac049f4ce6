import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, wherever the tests are started from. */
export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The built site the browser and dist tests check.
 * DIST_DIR lets a developer test a build in their own folder (builds run side by side);
 * `npm test` builds into dist/ and leaves it unset.
 */
export function distDir(): string {
  const dir = resolve(repoRoot, process.env.DIST_DIR || 'dist');
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
