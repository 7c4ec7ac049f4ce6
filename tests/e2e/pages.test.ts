/**
 * Every built page, in real Chromium, held to the rules every page must meet:
 * the right status, one h1, a skip link first, no errors, no axe violations (WCAG 2.2 AA),
 * readable at 320px wide without sideways scrolling, and no call to any outside host
 * except map tiles.
 *
 * Coverage: every page when the site has at most PAGE_LIMIT pages (E2E_PAGE_LIMIT, default
 * 300). Past that: the first page of every route pattern in src/pages (every template),
 * plus pages spread evenly through the rest, chosen deterministically (see selectPages).
 * E2E_PAGE_LIMIT=Infinity checks every page.
 */
import { describe, expect, test } from 'vitest';
import { NARROW_VIEWPORT, openPage, settle } from '../support/browser';
import { formatViolations, runAxe } from '../support/axe';
import { discoverPages, selectPages } from '../support/built-pages';
import { distDir } from '../support/paths';
import { useBuiltSite } from '../support/built-site';

const PAGE_LIMIT = Number(process.env.E2E_PAGE_LIMIT || 300);
const selection = selectPages(discoverPages(distDir()), PAGE_LIMIT);
const coverage = selection.sampled
  ? `${selection.pages.length} of ${selection.total} pages: every one of the ${selection.routes.length} templates plus an even sample`
  : `all ${selection.total} pages`;

// One page per template is also checked with axe at 320px, where the layout changes most.
const templateExamples = new Set(selection.routes.map((route) => selection.pages.find((page) => page.route === route)));

const built = useBuiltSite();

describe(`every built page (${coverage})`, () => {
  test('the build has a home page and a 404 page', () => {
    const files = selection.pages.map((page) => page.file);
    expect(files).toContain('index.html');
    expect(files).toContain('404.html');
  });

  // Pages run a few at a time (maxConcurrency in vitest.config.ts): most of a page's time is
  // Chromium waiting, so this uses both cores. Concurrent tests must use the test's own expect.
  test.concurrent.for(selection.pages)('$url ($route)', async (builtPage, { expect }) => {
    const { context, page, problems } = await openPage(built.browser);
    try {
      const response = await page.goto(built.server.origin + builtPage.url, { waitUntil: 'load' });
      expect(response?.status(), 'HTTP status').toBe(builtPage.expectedStatus);
      await settle(page);

      expect.soft(await page.locator('h1').count(), 'number of h1 elements').toBe(1);

      // The first Tab must land on a "skip to main content" link, so keyboard users can bypass the header.
      await page.keyboard.press('Tab');
      const firstFocus = await page.evaluate(() => {
        const active = document.activeElement;
        const main = document.getElementById('main');
        return {
          element: active ? active.outerHTML.slice(0, 120) : 'nothing',
          href: active?.getAttribute('href'),
          mainIsLandmark: !!main && (main.tagName === 'MAIN' || main.getAttribute('role') === 'main'),
        };
      });
      expect.soft(firstFocus.href, `first focusable element is a link to #main, got ${firstFocus.element}`).toBe('#main');
      expect.soft(firstFocus.mainIsLandmark, '#main is the main landmark').toBe(true);
      await page.keyboard.press('Shift+Tab');

      expect.soft(formatViolations(await runAxe(page)), 'axe violations (WCAG 2.2 AA)').toEqual([]);

      await page.setViewportSize(NARROW_VIEWPORT);
      const overflow = await page.evaluate(() => {
        const root = document.documentElement;
        // Name the widest elements so a failure says what to fix.
        const culprits = [...document.querySelectorAll('body *')]
          .filter((el) => el.getBoundingClientRect().right > root.clientWidth + 1)
          .slice(0, 5)
          .map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}`);
        return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, culprits };
      });
      expect
        .soft(overflow.scrollWidth, `page scrolls sideways at 320px; too wide: ${overflow.culprits.join(', ')}`)
        .toBeLessThanOrEqual(overflow.clientWidth);
      if (templateExamples.has(builtPage)) {
        expect.soft(formatViolations(await runAxe(page)), 'axe violations at 320px wide').toEqual([]);
      }

      // Chromium logs the 404 page's own status as a console error; that status is asserted above.
      const ownStatusMessage = `status of 404 (Not Found) (${built.server.origin + builtPage.url})`;
      const consoleErrors = problems.consoleErrors.filter(
        (message) => !(builtPage.expectedStatus === 404 && message.endsWith(ownStatusMessage)),
      );
      expect.soft(consoleErrors, 'console errors').toEqual([]);
      expect.soft(problems.pageErrors, 'uncaught page errors').toEqual([]);
      expect.soft(problems.failedRequests, 'failed requests for our own files').toEqual([]);
      expect.soft(problems.network.blocked, 'requests to outside hosts (only map tiles are allowed)').toEqual([]);
    } finally {
      await context.close();
    }
  });
});
