/**
 * The Content-Security-Policy as Chromium enforces it, served the way dist/_headers
 * tells a static host to serve it (tests/support/static-server.ts applies the file):
 * one page of every template, the search running Pagefind, and the CMS editing an entry
 * all work with no violation, and the policy really blocks what it should.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { headersFor, parseHeadersFile } from '../../src/lib/security/header-rules';
import { CHROMIUM_PATH, launchBrowser, openPage, settle } from '../support/browser';
import { discoverPages, selectPages } from '../support/built-pages';
import { distDir } from '../support/paths';
import { startStaticServer, type StaticServer } from '../support/static-server';

const dist = distDir();
const rules = parseHeadersFile(readFileSync(join(dist, '_headers'), 'utf8'));
const all = discoverPages(dist);
// One page of every template (selectPages always keeps the first page of each route).
const templates = selectPages(all, 0).pages;

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await startStaticServer(dist);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Collects every CSP violation the document reports, from the first script on. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = ((window as unknown as { __violations: string[] }).__violations = []);
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} ${event.sample}`.trim()),
    );
  });
  return () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
}

/** Tries to run an inline script and an inline style the way injected markup would. */
async function tryInjection(page: Page): Promise<{ scriptRan: boolean; styleApplied: boolean }> {
  return page.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true';
    document.body.append(script);
    const probe = document.createElement('p');
    probe.setAttribute('style', 'outline-color: rgb(1, 2, 3)');
    document.body.append(probe);
    await new Promise((done) => setTimeout(done, 50));
    return {
      scriptRan: (window as unknown as { __injected?: boolean }).__injected === true,
      styleApplied: getComputedStyle(probe).outlineColor === 'rgb(1, 2, 3)',
    };
  });
}

describe(`public pages under their policy (one page of each of ${templates.length} templates)`, () => {
  test.for(templates)('$url', async (builtPage) => {
    const { context, page, problems } = await openPage(browser);
    try {
      const violations = await watchViolations(page);
      const pagefindRequests: string[] = [];
      page.on('request', (request) => {
        if (new URL(request.url()).pathname.startsWith('/pagefind/')) pagefindRequests.push(request.url());
      });
      const response = await page.goto(server.origin + builtPage.url);
      // The 404 page answers any missing path, which no header rule names: it carries its policy in a <meta>.
      const policy =
        builtPage.file === '404.html'
          ? await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
          : response?.headers()['content-security-policy'];
      if (builtPage.file !== '404.html') expect(policy).toBe(headersFor(rules, builtPage.url).get('content-security-policy'));
      expect(policy).toMatch(/script-src 'self'/);
      expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
      await settle(page);
      expect(await violations()).toEqual([]);
      // Other console errors are pages.test.ts's business (the 404 page's own status is one).
      expect(problems.consoleErrors.filter((error) => /Content.Security.Policy/i.test(error))).toEqual([]);
      // A page that loads Pagefind must be one the build gave WebAssembly to.
      if (pagefindRequests.length) expect(policy).toContain("'wasm-unsafe-eval'");
      // And the policy is really in force: injected script and style do nothing.
      expect(await tryInjection(page)).toEqual({ scriptRan: false, styleApplied: false });
    } finally {
      await context.close();
    }
  });
});

test('a search runs Pagefind (its worker compiles WebAssembly) under the policy, with no violation', async () => {
  const { context, page, problems } = await openPage(browser);
  try {
    const violations = await watchViolations(page);
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    const response = await page.goto(`${server.origin}/explore/?q=food`);
    expect(response?.headers()['content-security-policy']).toContain("'wasm-unsafe-eval'");
    await expect.poll(() => page.locator('#explore-status').textContent(), { timeout: 20_000 }).toMatch(/\d+ results? for/);
    expect(await page.locator('#explore-results-list li').count()).toBeGreaterThan(0);
    expect(workers.some((url) => url.endsWith('/pagefind/pagefind-worker.js'))).toBe(true);
    expect(await violations()).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
  } finally {
    await context.close();
  }
});

describe('the CMS under its own policy', () => {
  // Decap needs a secure context and switches to its local backend on localhost: reach the
  // static server under a made-up host treated as secure (as tests/e2e/cms-admin.test.ts does).
  const HOST = 'cms-csp.example.test';
  let cmsBrowser: Browser;
  let origin: string;
  beforeAll(async () => {
    origin = `http://${HOST}:${new URL(server.origin).port}`;
    cmsBrowser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync',
        `--host-resolver-rules=MAP ${HOST} 127.0.0.1`, `--unsafely-treat-insecure-origin-as-secure=${origin}`],
    });
  });
  afterAll(() => cmsBrowser?.close());

  test('logs in and opens the editor with its live preview, with no violation; inline script stays blocked', async () => {
    const context = await cmsBrowser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content.Security.Policy/i.test(message.text())) errors.push(message.text());
    });
    // Decap's in-memory test backend stands in for GitHub, so the whole editor loads
    // without the network; everything else is the built CMS and its real config.
    await context.route('**/admin/config.yml', async (route) => {
      const config = readFileSync(join(dist, 'admin/config.yml'), 'utf8');
      await route.fulfill({ contentType: 'text/yaml', body: config.replace(/^backend:\n {2}name: github$/m, 'backend:\n  name: test-repo') });
    });
    await context.route(/^https?:\/\/(?!cms-csp\.example\.test)/, (route) => route.abort());
    try {
      const violations = await watchViolations(page);
      const response = await page.goto(`${origin}/admin/`);
      expect(response?.headers()['content-security-policy']).toContain("'unsafe-eval'");
      await page.getByRole('button', { name: /login/i }).click();
      await expect.poll(() => page.getByRole('link', { name: /organisations/i }).first().isVisible(), { timeout: 30_000 }).toBe(true);
      await page.goto(`${origin}/admin/#/collections/organisations/new`);
      await expect.poll(() => page.locator('iframe').count(), { timeout: 30_000 }).toBeGreaterThan(0);
      // A new entry is incomplete, so the live preview lists what the site still needs, the name
      // among it (admin/previews/PreviewFrame.tsx); typing a name takes that line away.
      const preview = () => page.frameLocator('iframe').locator('body').innerText();
      await expect.poll(preview, { timeout: 30_000 }).toMatch(/^name: /m);
      await page.locator('input').first().fill('Policy check');
      await expect.poll(preview, { timeout: 10_000 }).not.toMatch(/^name: /m);
      expect(await preview()).toContain('The site will not publish this yet');
      expect(await violations()).toEqual([]);
      expect(errors).toEqual([]);
      expect((await tryInjection(page)).scriptRan).toBe(false);
    } finally {
      await context.close();
    }
  });
});
