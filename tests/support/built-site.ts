/**
 * What most browser test files need: one static server over the built site
 * (with its real security headers) and one Chromium, started before the
 * file's tests and closed after them. Read `site.browser` and `site.server`
 * inside tests, not at the top of the file: they exist once beforeAll ran.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser';
import { distDir } from './paths';
import { startStaticServer, type StaticServer } from './static-server';

export interface BuiltSite {
  browser: Browser;
  server: StaticServer;
}

export function useBuiltSite(): BuiltSite {
  const site = {} as BuiltSite;
  beforeAll(async () => {
    site.server = await startStaticServer(distDir());
    site.browser = await launchBrowser();
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}
