/**
 * The content manager as published: /admin/ in the built site loads Decap CMS from our
 * own bundle (no CDN), reads its configuration from /admin/config.yml, and reaches the
 * GitHub login screen with no errors, with or without the trailing slash.
 *
 * Decap switches to the local backend on localhost and needs a secure context (it calls
 * crypto.randomUUID), so the browser reaches the static server under a made-up host name
 * treated as secure, the way an editor reaches the real site over HTTPS.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CHROMIUM_PATH } from '../support/browser';
import { distDir, repoRoot } from '../support/paths';
import { startStaticServer, type StaticServer } from '../support/static-server';

const HOST = 'cms.example.test';
let server: StaticServer;
let browser: Browser;
let origin: string;

beforeAll(async () => {
  server = await startStaticServer(distDir());
  const { port } = new URL(server.origin);
  origin = `http://${HOST}:${port}`;
  browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--host-resolver-rules=MAP ${HOST} 127.0.0.1`,
      `--unsafely-treat-insecure-origin-as-secure=${origin}`,
    ],
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the content manager in the built site', () => {
  test('serves admin/config.yml unchanged at /admin/config.yml, as YAML', async () => {
    const response = await fetch(`${server.origin}/admin/config.yml`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/yaml/);
    expect(await response.text()).toBe(readFileSync(resolve(repoRoot, 'admin/config.yml'), 'utf8'));
  });

  test('keeps the editor out of search engines and the site search', () => {
    const html = readFileSync(resolve(distDir(), 'admin/index.html'), 'utf8');
    expect(html).toMatch(/<meta name="robots" content="noindex">/);
    expect(html).toMatch(/<link rel="cms-config-url" type="text\/yaml" href="\/admin\/config.yml">/);
    expect(html).not.toMatch(/data-pagefind-body/);
  });

  test.for(['/admin/', '/admin'])('%s loads the CMS to the GitHub login, from our own files only, with no errors', async (path) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    const elsewhere: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('response', (response) => {
      if (response.status() >= 400) errors.push(`HTTP ${response.status()} ${response.url()}`);
    });
    // Anything not from our own server (a CDN script, a web font) is refused and reported.
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.host === new URL(origin).host || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
      elsewhere.push(url.href);
      return route.abort();
    });
    try {
      await page.goto(`${origin}${path}`);
      await expect.poll(() => page.getByRole('button', { name: 'Login with GitHub' }).isVisible(), { timeout: 30_000 }).toBe(true);
      expect(await page.evaluate(() => document.querySelector('link[rel="cms-config-url"]')?.getAttribute('href'))).toBe('/admin/config.yml');
      expect(errors).toEqual([]);
      expect(elsewhere).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
