/**
 * The search index is built by a separate step (Pagefind after `astro build`); a deploy
 * that missed it, or a CDN that lost it, must not leave a resident stuck. With every
 * /pagefind/ file answering 404, the explore page says search is not available and
 * offers the pages that need no search: the directory A to Z, by theme and by ward.
 */
import { expect, test } from 'vitest';
import { openPage } from '../support/browser';
import { useBuiltSite } from '../support/built-site';

const built = useBuiltSite();

test.for(['/explore/?q=food', '/explore/'])('with no search index, %s says search is unavailable and links to browsing', async (url) => {
  const { context, page } = await openPage(built.browser);
  try {
    let missing = 0;
    await context.route(`${built.server.origin}/pagefind/**`, (route) => {
      missing++;
      return route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not found' });
    });
    await page.goto(built.server.origin + url);
    await expect.poll(() => page.getByText(/search is not available/i).first().isVisible(), { timeout: 20_000 }).toBe(true);
    expect(missing).toBeGreaterThan(0);
    // Browse links a resident can follow instead, visible on the page.
    for (const href of ['/directory/', '/wards/']) {
      const link = page.locator(`main a[href="${href}"]:visible`).first();
      expect(await link.isVisible(), `a visible link to ${href}`).toBe(true);
    }
    // And those pages do not need the index.
    await page.locator('main a[href="/directory/"]:visible').first().click();
    await page.waitForURL(`${built.server.origin}/directory/`);
    expect(await page.locator('main a[href^="/directory/"]').count()).toBeGreaterThan(1);
  } finally {
    await context.close();
  }
});

test('when the details of the results fail to download mid-search, the page says so instead of "Searching…" for ever', async () => {
  const { context, page } = await openPage(built.browser);
  try {
    // The index answers, but the details of each result (its fragment) fail to download.
    await context.route(`${built.server.origin}/pagefind/fragment/**`, (route) => route.abort('connectionreset'));
    await page.goto(`${built.server.origin}/explore/?q=food`);
    await expect.poll(() => page.getByText(/search could not finish/i).first().isVisible(), { timeout: 20_000 }).toBe(true);
    expect(await page.locator('#explore-results').getAttribute('aria-busy')).toBe('false');
    expect(await page.locator('main a[href="/directory/"]:visible').count()).toBeGreaterThan(0);
  } finally {
    await context.close();
  }
});
