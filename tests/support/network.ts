import type { BrowserContext, Request } from 'playwright-core';

/** A 1×1 transparent PNG: what a map tile request gets instead of the network. */
export const BLANK_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

export function isLoopback(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (protocol !== 'http:' && protocol !== 'https:') return true; // data:, blob:, about: never leave the machine
  return LOOPBACK_HOSTS.has(hostname) || hostname.startsWith('127.');
}

export interface OffNetworkLog {
  /** Map tile requests answered with a blank PNG. */
  tiles: string[];
  /** Any other request to another host: aborted, and a test failure unless the test expects it. */
  blocked: string[];
}

/**
 * Keeps a browser context off the network: loopback requests go through to our static
 * server; map tiles (the tile host from settings) get a blank PNG so Leaflet draws cleanly
 * with no console noise; every other outside request is aborted and logged, which is how the
 * tests catch a CDN script, web font or tracker slipping into a page.
 */
export async function keepOffNetwork(
  context: BrowserContext,
  tileHost: string | undefined,
): Promise<OffNetworkLog> {
  const log: OffNetworkLog = { tiles: [], blocked: [] };
  const isTile = (request: Request): boolean => {
    if (!tileHost) return false;
    const { hostname } = new URL(request.url());
    return hostname === tileHost || hostname.endsWith(`.${tileHost}`);
  };
  await context.route('**/*', async (route) => {
    const request = route.request();
    const url = request.url();
    if (isLoopback(url)) return route.continue();
    if (isTile(request)) {
      log.tiles.push(url);
      return route.fulfill({ status: 200, contentType: 'image/png', body: BLANK_PNG });
    }
    log.blocked.push(url);
    return route.abort('blockedbyclient');
  });
  return log;
}
