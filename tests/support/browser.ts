import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { isLoopback, keepOffNetwork, type OffNetworkLog } from './network';
import { readHarnessSettings } from './site-settings';

/** Debian's Chromium: browser downloads are impossible on these machines. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** One browser per test file: launch in beforeAll, close in afterAll. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

export const DESKTOP_VIEWPORT = { width: 1280, height: 800 };
/** WCAG 1.4.10 Reflow: content must work at 320 CSS pixels wide without scrolling sideways. */
export const NARROW_VIEWPORT = { width: 320, height: 640 };

/** What went wrong in the page while a test drove it: console errors, uncaught exceptions, failed loads. */
export interface PageProblems {
  consoleErrors: string[];
  pageErrors: string[];
  /** Requests to our own server that failed or answered 4xx/5xx (apart from the page itself). */
  failedRequests: string[];
  network: OffNetworkLog;
}

export interface TestContext {
  context: BrowserContext;
  page: Page;
  problems: PageProblems;
}

/**
 * A fresh context and page, cut off from the network, recording every problem a user
 * would never see but a broken page causes. Close the context when the test is done.
 */
export async function openPage(browser: Browser, options: BrowserContextOptions = {}): Promise<TestContext> {
  const context = await browser.newContext({ viewport: DESKTOP_VIEWPORT, reducedMotion: 'reduce', ...options });
  const network = await keepOffNetwork(context, readHarnessSettings().tileHost);
  const page = await context.newPage();
  const problems: PageProblems = { consoleErrors: [], pageErrors: [], failedRequests: [], network };
  page.on('console', (message) => {
    if (message.type() === 'error') {
      const where = message.location().url ? ` (${message.location().url})` : '';
      problems.consoleErrors.push(`${message.text()}${where}`);
    }
  });
  page.on('pageerror', (error) => problems.pageErrors.push(error.stack || error.message));
  page.on('requestfailed', (request) => {
    // Outside requests are reported as network.blocked; a request the page itself cancelled
    // (ERR_ABORTED: Leaflet dropping tiles when the view changes, a superseded fetch) is normal.
    const error = request.failure()?.errorText ?? 'failed';
    if (!isLoopback(request.url()) || error.includes('ERR_ABORTED')) return;
    problems.failedRequests.push(`${request.url()}: ${error}`);
  });
  page.on('response', (response) => {
    // The page's own status is each test's business (the 404 page answers 404 on purpose).
    const isMainDocument = response.request().isNavigationRequest() && response.frame() === page.mainFrame();
    if (response.status() >= 400 && !isMainDocument) {
      problems.failedRequests.push(`${response.url()}: HTTP ${response.status()}`);
    }
  });
  return { context, page, problems };
}

/**
 * Waits until the scripts and islands a page loads have run, so their errors are seen.
 * Islands that load when visible (client:visible) are scrolled into view first: otherwise
 * one below the fold would never load, and its errors would never be caught.
 */
export async function settle(page: Page): Promise<void> {
  const { hasScripts, lazyIslands } = await page.evaluate(() => ({
    hasScripts: document.querySelector('script[type="module"], script[src], astro-island') !== null,
    lazyIslands: document.querySelectorAll('astro-island[client="visible"]').length,
  }));
  if (!hasScripts) return;
  if (lazyIslands > 0) {
    await page.evaluate(async () => {
      const nextFrame = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      for (const island of document.querySelectorAll('astro-island[client="visible"]')) {
        island.scrollIntoView();
        await nextFrame(); // let the IntersectionObserver see it
      }
      window.scrollTo(0, 0);
    });
  }
  await page.waitForLoadState('networkidle', { timeout: 15_000 });
}
