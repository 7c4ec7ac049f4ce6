/**
 * Dev only: serve a Pagefind index at /pagefind/ while `astro dev` runs.
 *
 * Pagefind indexes built HTML, so `astro dev` has no index of its own.
 * `npm start` (scripts/start.mjs) builds the site into a cache folder, runs
 * Pagefind over it, rebuilds when content changes, and names the index folder in
 * PAGEFIND_DEV_DIR. Without that variable this integration does nothing, and
 * builds are never affected (the hook only runs for the dev server).
 */
import { createReadStream, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import type { AstroIntegration } from 'astro';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
};

export function pagefindDev(dir = process.env.PAGEFIND_DEV_DIR): AstroIntegration {
  return {
    name: 'pagefind-dev',
    hooks: {
      'astro:server:setup': ({ server, logger }) => {
        if (!dir) return;
        const root = resolve(dir);
        logger.info(`Serving the search index from ${root} at /pagefind/`);
        server.middlewares.use('/pagefind', (req, res, next) => {
          const path = decodeURIComponent((req.url ?? '/').split('?')[0]);
          const file = join(root, path);
          // Only files inside the index folder: no "../" escapes.
          if (!file.startsWith(root + sep)) return next();
          let size: number;
          try {
            const stat = statSync(file);
            if (!stat.isFile()) return next();
            size = stat.size;
          } catch {
            res.statusCode = 404;
            res.end('No search index yet: npm start builds it in a few seconds.');
            return;
          }
          res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
          res.setHeader('Content-Length', size);
          // The index is rebuilt when content changes: never let the browser keep an old one.
          res.setHeader('Cache-Control', 'no-store');
          createReadStream(file).pipe(res);
        });
      },
    },
  };
}
