/**
 * An organisation's page in real Chromium: "Last checked" and "Last changed"
 * as two dates (from the entry and from Git), a small venue map that appears
 * only with JavaScript and never as an empty box, schema.org data, a clean
 * printout, the freshness notice the review date earns, and no axe violations
 * on the directory's pages once their scripts have run.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatDate } from '../../src/lib/format';
import { reviewFreshness } from '../../src/lib/freshness';
import { openPage, settle } from '../support/browser';
import { contentDir } from '../support/paths';
import { useBuiltSite } from '../support/built-site';
import { anOrganisation, builtOrganisations, builtSettings, expectAccessible } from './directory-helpers';

const built = useBuiltSite();

const withVenue = anOrganisation('with a venue and a service', (o) => o.data.locations.length > 0 && o.data.services.length > 0);

/** The date Git gives for the entry's last commit, as the page should show it; undefined when uncommitted. */
function gitLastChanged(id: string): string | undefined {
  try {
    const out = execFileSync('git', ['log', '-1', '--format=%aI', '--', join(contentDir(), 'organisations', `${id}.md`)], { encoding: 'utf8' }).trim();
    return out || undefined;
  } catch {
    return undefined;
  }
}

describe('an organisation page', () => {
  test('shows "Last checked" from the entry and "Last changed" from Git as two dates', async () => {
    const { context, page } = await openPage(built.browser);
    await page.goto(`${built.server.origin}/directory/${withVenue.id}/`);
    const checked = page.locator('.last-checked');
    await expect(checked.textContent()).resolves.toContain(`Last checked: ${formatDate(withVenue.data.last_reviewed)}`);
    expect(await checked.locator('time').getAttribute('datetime')).toBe(withVenue.data.last_reviewed);
    const changed = page.locator('.last-changed');
    const fromGit = gitLastChanged(withVenue.id);
    if (fromGit) {
      await expect(changed.textContent()).resolves.toContain(`Last changed: ${formatDate(fromGit.slice(0, 10))}`);
      expect(await changed.locator('time').getAttribute('datetime')).toBe(fromGit);
    } else {
      await expect(changed.textContent()).resolves.toContain('Last changed: not known');
    }
    await context.close();
  });

  test('draws a small map of each venue under its address, from the settings\' tiles', async () => {
    const { context, page, problems } = await openPage(built.browser);
    await page.goto(`${built.server.origin}/directory/${withVenue.id}/`);
    await settle(page);
    const maps = page.locator('[data-venue-map]');
    await page.locator('.venue').first().scrollIntoViewIfNeeded();
    await page.waitForFunction(() => document.querySelector('[data-venue-map] .leaflet-tile') !== null);
    expect(await maps.count()).toBe(withVenue.data.locations.length);
    expect(await maps.first().isVisible()).toBe(true);
    expect(await maps.first().locator('[role="img"]').getAttribute('aria-label')).toContain(withVenue.data.locations[0]!.name);
    expect(problems.network.tiles.length).toBeGreaterThan(0);
    // A picture, not a control: nothing in it takes keyboard focus.
    expect(await maps.first().locator('[tabindex]:not([tabindex="-1"]), .leaflet-control a').count()).toBe(0);
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });

  test('without JavaScript, gives the address and no empty map box or shortlist buttons', async () => {
    const { context, page } = await openPage(built.browser, { javaScriptEnabled: false });
    await page.goto(`${built.server.origin}/directory/${withVenue.id}/`);
    const venue = withVenue.data.locations[0]!;
    await expect(page.locator('.venue__address').first().textContent()).resolves.toContain(venue.address);
    expect(await page.locator('[data-venue-map]').first().isVisible()).toBe(false);
    expect(await page.locator('button[data-shortlist-id]').first().isVisible()).toBe(false);
    await context.close();
  });

  test('describes the organisation to search engines as schema.org JSON-LD', async () => {
    const { context, page } = await openPage(built.browser);
    await page.goto(`${built.server.origin}/directory/${withVenue.id}/`);
    const json = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent())!);
    expect(json).toMatchObject({ '@context': 'https://schema.org', '@type': 'Organization', name: withVenue.data.name });
    await context.close();
  });

  test('prints without navigation, search, maps or buttons, and writes out the address of outside links', async () => {
    const withWebsite = anOrganisation('with a website and a venue', (o) => Boolean(o.data.website) && o.data.locations.length > 0);
    const { context, page } = await openPage(built.browser);
    await page.goto(`${built.server.origin}/directory/${withWebsite.id}/`);
    await settle(page);
    await page.locator('.venue').first().scrollIntoViewIfNeeded();
    await page.waitForFunction(() => document.querySelector('[data-venue-map] .leaflet-tile') !== null);
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['nav[aria-label="Main"]', '.site-search', 'footer', '.breadcrumbs', '[data-venue-map]', 'button[data-shortlist-id]']) {
      expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
    }
    expect(await page.locator('h1').isVisible()).toBe(true);
    const after = await page.locator(`main a[href="${withWebsite.data.website}"]`).first().evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toContain(withWebsite.data.website!);
    await context.close();
  });
});

describe('freshness', () => {
  // The build judged freshness on its build date; the test allows for a build made the day before.
  const dates = [process.env.BUILD_DATE ?? new Date().toISOString().slice(0, 10)];
  if (!process.env.BUILD_DATE) dates.push(new Date(Date.now() - 86_400_000).toISOString().slice(0, 10));
  const { review } = builtSettings().site;

  test('each open organisation\'s page warns as its review date earns (6 months: a warning; 12: stronger)', async () => {
    const { context, page } = await openPage(built.browser, { javaScriptEnabled: false });
    for (const org of builtOrganisations().filter((o) => o.data.status !== 'closed')) {
      await page.goto(`${built.server.origin}/directory/${org.id}/`);
      const notice = page.locator('[data-freshness]');
      const shown = (await notice.count()) ? await notice.getAttribute('data-freshness') : 'current';
      const allowed = dates.map((d) => reviewFreshness(org.data.last_reviewed, d, review).level);
      expect(allowed, `${org.id} (last checked ${org.data.last_reviewed})`).toContain(shown);
    }
    await context.close();
  });
});

describe('accessibility once scripts have run', () => {
  test('the directory, a theme, a ward and an organisation page have zero axe violations', async () => {
    const orgs = builtOrganisations();
    const ward = withVenue.data.locations.find((l) => l.ward)?.ward ?? builtSettings().taxonomy.wards[0]!.id;
    const theme = withVenue.data.services[0]!.themes[0]!;
    const { context, page } = await openPage(built.browser);
    for (const path of ['/directory/', '/directory/themes/', `/directory/themes/${theme}/`, '/wards/', `/wards/${ward}/`, `/directory/${withVenue.id}/`, `/directory/${orgs.at(-1)!.id}/`, '/api/oruk/']) {
      await page.goto(`${built.server.origin}${path}`);
      await settle(page);
      if (await page.locator('.venue').count()) {
        await page.locator('.venue').first().scrollIntoViewIfNeeded();
        await page.waitForFunction(() => document.querySelector('[data-venue-map] .leaflet-tile') !== null);
      }
      await expectAccessible(page, path);
    }
    await context.close();
  });
});
