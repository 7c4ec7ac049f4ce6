import { createServer, type Server } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import { headersFor, parseHeadersFile } from '../../src/lib/security/header-rules';

export interface StaticServer {
  /** e.g. http://127.0.0.1:39123 */
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves a built site the way a static host does: /path/ → /path/index.html, and for
 * anything missing the site's own 404.html with status 404 (so the 404 page is tested as
 * users get it). Listens on a free loopback port chosen by the OS, so parallel test files
 * and other people's servers never collide.
 *
 * If the build wrote a `_headers` file (src/integrations/security-headers.ts), its rules
 * are applied as Netlify and Cloudflare Pages apply them, so every browser test runs
 * under the site's real Content-Security-Policy and a violation shows as a console error.
 */
export async function startStaticServer(
  root: string,
  /** applyHeaders: false serves the files with no _headers rules (to check markup with no policy to fall back on). */
  { applyHeaders = true }: { applyHeaders?: boolean } = {},
): Promise<StaticServer> {
  const notFoundFile = join(root, '404.html');
  const notFoundPage = existsSync(notFoundFile) ? readFileSync(notFoundFile) : undefined;
  const serve = sirv(root, {
    dev: false,
    etag: false,
    dotfiles: false,
    onNoMatch(_req, res) {
      res.statusCode = 404;
      if (notFoundPage) {
        res.setHeader('Content-Type', 'text/html;charset=utf-8');
        res.end(notFoundPage);
      } else {
        res.setHeader('Content-Type', 'text/plain;charset=utf-8');
        res.end('Not found (and the build has no 404.html)');
      }
    },
  });
  const headersFile = join(root, '_headers');
  const rules = applyHeaders && existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
  const server: Server = createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    for (const [name, value] of headersFor(rules, pathname)) res.setHeader(name, value);
    serve(req, res);
  });
  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolvePromise());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolvePromise, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolvePromise()));
      }),
  };
}
