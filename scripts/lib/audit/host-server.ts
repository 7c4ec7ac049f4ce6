/**
 * Serves a built site the way a production static host does, so Lighthouse
 * judges the site and not a test server: text compressed (gzip or brotli, as
 * the browser asks), Astro's hashed files in /_astro/ cached for a year as
 * immutable, everything else revalidated; /path/ answers /path/index.html and
 * anything missing gets the site's 404 page with status 404. Loopback only.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import compression from 'compression';
import sirv from 'sirv';

export interface HostServer {
  origin: string;
  close(): Promise<void>;
}

export async function startHostServer(root: string): Promise<HostServer> {
  const notFound = existsSync(join(root, '404.html')) ? readFileSync(join(root, '404.html')) : Buffer.from('Not found');
  const serve = sirv(root, {
    dev: false,
    etag: true,
    dotfiles: false,
    setHeaders(res, pathname) {
      res.setHeader('Cache-Control', pathname.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate');
    },
    onNoMatch(_req, res) {
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/html;charset=utf-8');
      res.end(notFound);
    },
  });
  const compress = compression({ threshold: 0 });
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    compress(req as never, res as never, () => serve(req, res));
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done());
  });
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((done, fail) => {
        server.closeAllConnections();
        server.close((error) => (error ? fail(error) : done()));
      }),
  };
}
