/**
 * The postcode look-up is a third-party service called from the visitor's browser. When
 * it never answers, the explore page must not wait for ever: within a few seconds it says
 * the postcode could not be looked up, and still shows the results (not sorted by distance).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { openPage } from '../support/browser';
import { contentDir } from '../support/paths';
import { useBuiltSite } from '../support/built-site';

/** How long a resident may wait for "could not look up" before the page counts as stuck. */
const PATIENCE_MS = 15_000;

const built = useBuiltSite();
const geocoderHost = (() => {
  const site = JSON.parse(readFileSync(resolve(contentDir(), 'settings/site.json'), 'utf8'));
  return new URL(site.geocoder.postcode_url.replace(/\{[a-z]+\}/g, '0')).hostname;
})();

test('a geocoder that never answers gives a clear message in time, and the results still show', async () => {
  const { context, page } = await openPage(built.browser);
  try {
    const asked: string[] = [];
    // The request is held and never answered: a service that hangs.
    await context.route((url) => url.hostname === geocoderHost, (route) => {
      asked.push(route.request().url());
    });
    await page.goto(`${built.server.origin}/explore/`);
    const place = page.getByLabel(/near a postcode/i);
    await expect.poll(() => place.isVisible(), { timeout: 20_000 }).toBe(true);
    await page.getByLabel(/what are you looking for/i).fill('food');
    await place.fill('N3 1AB');
    const started = Date.now();
    await page.locator('main').getByRole('button', { name: 'Search', exact: true }).click();

    await expect.poll(() => page.getByText(/could not look up/i).first().isVisible(), { timeout: PATIENCE_MS }).toBe(true);
    expect(Date.now() - started).toBeLessThan(PATIENCE_MS);
    expect(asked.length).toBeGreaterThan(0);
    // The search itself still answered, without distances.
    await expect.poll(() => page.getByRole('status').filter({ hasText: /\d+ results? for “food”/ }).count(), { timeout: PATIENCE_MS }).toBeGreaterThan(0);
    expect(await page.getByRole('region', { name: 'Results' }).getByRole('link').count()).toBeGreaterThan(0);
  } finally {
    await context.close();
  }
});
