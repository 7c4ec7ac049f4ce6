/**
 * Map tiles come from a third-party server with no promise to be up. When every tile
 * request fails, the explore page says the map background could not be loaded, and the
 * list of results (the accessible path through the same places) still works.
 */
import { expect, test } from 'vitest';
import { openPage } from '../support/browser';
import { readHarnessSettings } from '../support/site-settings';
import { useBuiltSite } from '../support/built-site';

const built = useBuiltSite();

test('with every tile failing, /explore/ says so and the list and search still work', async () => {
  const { tileHost } = readHarnessSettings();
  expect(tileHost).toBeTruthy();
  const { context, page, problems } = await openPage(built.browser);
  try {
    // Registered after openPage's own routes, so it wins: the tile server is down.
    const failed: string[] = [];
    await context.route((url) => url.hostname === tileHost || url.hostname.endsWith(`.${tileHost}`), (route) => {
      failed.push(route.request().url());
      return route.abort('connectionfailed');
    });
    await page.goto(`${built.server.origin}/explore/`);

    await expect.poll(() => page.getByText(/map background could not be loaded/i).isVisible(), { timeout: 20_000 }).toBe(true);
    expect(failed.length).toBeGreaterThan(0);
    const message = await page.getByText(/map background could not be loaded/i).textContent();
    expect(message).toMatch(/list .*still works/i);

    // The list shows the places without the map...
    const results = page.getByRole('region', { name: 'Results' });
    await expect.poll(() => results.getByRole('link').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    // ...and a search still answers, in the list and the status line.
    await page.getByLabel(/what are you looking for/i).fill('food');
    await page.locator('main').getByRole('button', { name: 'Search', exact: true }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: /result/ }).first().textContent(), { timeout: 20_000 }).toMatch(/\d+ results? for “food”/);
    expect(await results.getByRole('link').count()).toBeGreaterThan(0);
    expect(problems.pageErrors).toEqual([]);
  } finally {
    await context.close();
  }
});
