/**
 * /explore/ in a real browser against the built site: searching from a
 * postcode lists the nearest first with distances; filters narrow the list and
 * the map together, with counts and removable chips; synonyms editors set in
 * the taxonomy find things; a shared link reproduces the view; and without
 * JavaScript the page says where to go instead. The postcode service is stubbed.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { AGE_BANDS } from '../../src/lib/search-filters';
import { openPage } from '../support/browser';
import { useBuiltSite } from '../support/built-site';
import { builtContent, coordinatesOf, listed, markerCount, miles, milesShown, N3, N3_ANSWER, searched, stubGeocoder, tick, type ListedResult } from './explore-helpers';

const built = useBuiltSite();
const content = builtContent();

async function open(path: string) {
  const opened = await openPage(built.browser);
  await stubGeocoder(opened.page, { N3: N3_ANSWER });
  await opened.page.goto(`${built.server.origin}${path}`);
  await searched(opened.page);
  return opened;
}

/** Every result, pressing "Show more" until the list is complete. */
async function allListed(page: Page): Promise<ListedResult[]> {
  const more = page.locator('#explore-more');
  while (await more.isVisible()) {
    const before = await page.locator('#explore-results-list > li').count();
    await more.click();
    await page.waitForFunction((n) => document.querySelectorAll('#explore-results-list > li').length > n, before);
  }
  return listed(page);
}

const foodServices = () =>
  content.organisations.flatMap((o) =>
    o.data.status === 'closed' ? [] : o.data.services.filter((s) => s.status !== 'closed' && s.themes.includes('food')).map((s) => ({ url: `/directory/${o.id}/#service-${s.id}`, org: o.data, service: s })),
  );

describe('searching from a place', () => {
  test('"food bank" near N3 lists the nearest food services first, each with its distance', async () => {
    const { context, page, problems } = await open('/explore/');
    await page.locator('#explore-q').fill('food bank');
    await page.locator('#explore-place').fill('n3');
    await page.locator('#explore-form button[type="submit"]').click();
    await searched(page);

    const results = await allListed(page);
    const located = results.filter((r) => r.distance !== null);
    expect(located.length).toBeGreaterThan(3);
    // Each distance is the one to the nearest of the result's own venues, worded to a tenth of a mile.
    const expected = located.map((r) => Math.min(...coordinatesOf(r.url, content).map((c) => miles(N3, c))));
    located.forEach((r, i) => expect(milesShown(r.distance!), `${r.title} (${r.url})`).toBeCloseTo(expected[i], 1));
    // Nearest first.
    for (let i = 1; i < expected.length; i++) expect(expected[i], `${located[i].title} after ${located[i - 1].title}`).toBeGreaterThanOrEqual(expected[i - 1] - 1e-9);
    // Results with a venue come first; the rest follow, without distances.
    expect(results.slice(0, located.length)).toEqual(located);

    // The first service listed is the food service nearest N3 of all in the content.
    const nearestFood = foodServices()
      .filter((f) => f.service.locations.length)
      .map((f) => ({ url: f.url, d: Math.min(...coordinatesOf(f.url, content).map((c) => miles(N3, c))) }))
      .sort((a, b) => a.d - b.d)[0];
    const firstService = located.find((r) => r.url.includes('#service-'))!;
    expect(milesShown(firstService.distance!)).toBeCloseTo(nearestFood.d, 1);

    // Services with no fixed venue stay, labelled, after those with one.
    const noVenue = results.filter((r) => r.reach);
    expect(noVenue.length).toBeGreaterThan(0);
    for (const r of noVenue) expect(r.reach).toMatch(/^No fixed venue: /);

    const status = await page.locator('#explore-status').textContent();
    expect(status).toContain(`${results.length} results for “food bank”`);
    expect(status).toContain('near N3, nearest first');
    expect(new URL(page.url()).search).toBe('?q=food+bank&place=n3');
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.network.blocked).toEqual([]);
    await context.close();
  });

  test('a radius keeps only venues that close, and still keeps services with no fixed venue', async () => {
    const { context, page } = await open('/explore/?q=food+bank&place=N3&radius=1');
    const results = await allListed(page);
    const located = results.filter((r) => r.distance !== null);
    expect(located.length).toBeGreaterThan(0);
    for (const r of located) expect(Math.min(...coordinatesOf(r.url, content).map((c) => miles(N3, c)))).toBeLessThanOrEqual(1);
    expect(results.some((r) => r.reach)).toBe(true);
    // What was left out is said, with the number computed from the content.
    const wider = await open('/explore/?q=food+bank&place=N3');
    const all = (await allListed(wider.page)).filter((r) => r.distance !== null);
    const beyond = all.length - located.length;
    expect(beyond).toBeGreaterThan(0);
    expect(await page.locator('#explore-status').textContent()).toContain(`${beyond} more result${beyond === 1 ? ' is' : 's are'} further away`);
    // Filter counts cannot know distances: with a radius, the filters say their numbers include places beyond it.
    expect(await page.locator('[data-counts-note]').isVisible()).toBe(true);
    expect(await wider.page.locator('[data-counts-note]').isVisible()).toBe(false);
    await wider.context.close();
    await context.close();
  });
});

describe('filters', () => {
  test('an age group finds the services open to that age, including those with no age limit, and its count says how many', async () => {
    const running = content.organisations.flatMap((o) =>
      o.data.status === 'closed' ? [] : o.data.services.filter((s) => s.status !== 'closed').map((s) => ({ org: o, service: s })),
    );
    const band = AGE_BANDS.find((b) => b.id === '65-plus')!;
    const noLimit = running.filter(({ service }) => service.min_age === undefined && service.max_age === undefined);
    const expected = running
      .filter(({ service }) => (service.min_age ?? 0) <= band.max && (service.max_age ?? Infinity) >= band.min)
      .map(({ org, service }) => `/directory/${org.id}/#service-${service.id}`)
      .sort();
    expect(noLimit.length).toBeGreaterThan(0);
    expect(expected.length).toBeGreaterThan(noLimit.length);

    const { context, page, problems } = await open(`/explore/?type=service&age=${band.id}`);
    expect((await allListed(page)).map((r) => r.url).sort()).toEqual(expected);
    expect(await page.locator(`label[for="filter-age-${band.id}"] [data-count]`).textContent()).toBe(`(${expected.length})`);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });

  test('a ward finds the services run there and those open to the whole borough, and its count says how many', async () => {
    // Expected from the content: a running service is in a ward when a venue of it is there or it serves that ward by name; borough-wide ones are in every ward.
    const running = content.organisations.flatMap((o) =>
      o.data.status === 'closed' ? [] : o.data.services.filter((s) => s.status !== 'closed').map((s) => ({ org: o, service: s })),
    );
    const inWard = (ward: string, { org, service }: (typeof running)[number]) =>
      service.area_served === 'borough-wide' ||
      service.area_served.includes(ward) ||
      org.data.locations.some((l) => service.locations.includes(l.id) && l.ward === ward);
    const wards = [...new Set(running.flatMap(({ org, service }) => (service.area_served === 'borough-wide' ? [] : [...service.area_served, ...org.data.locations.flatMap((l) => (l.ward ? [l.ward] : []))])))];
    // The ward with the most services of its own, so the test checks both kinds.
    const ownCount = (w: string) => running.filter((r) => r.service.area_served !== 'borough-wide' && inWard(w, r)).length;
    const ward = wards.sort((a, b) => ownCount(b) - ownCount(a))[0];
    const expected = running.filter((r) => inWard(ward, r)).map(({ org, service }) => `/directory/${org.id}/#service-${service.id}`).sort();
    expect(expected.length).toBeGreaterThan(ownCount(ward));
    expect(ownCount(ward)).toBeGreaterThan(0);

    const { context, page, problems } = await open(`/explore/?type=service&ward=${ward}`);
    expect((await allListed(page)).map((r) => r.url).sort()).toEqual(expected);
    const count = await page.locator(`label[for="filter-ward-${ward}"] [data-count]`).textContent();
    expect(count).toBe(`(${expected.length})`);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });

  test('narrow the list and the map together, show counts, and come off as chips', async () => {
    const { context, page, problems } = await open('/explore/?q=food');
    const before = await allListed(page);
    const markersBefore = await markerCount(page);
    const serviceCount = Number((await page.locator('label[for="filter-type-service"] [data-count]').textContent())!.replace(/\D/g, ''));
    expect(serviceCount).toBe(before.filter((r) => r.type === 'Service').length);

    await tick(page, 'type', 'service');
    const services = await allListed(page);
    expect(services.length).toBe(serviceCount);
    expect(services.every((r) => r.type === 'Service')).toBe(true);

    // A second group narrows further (AND): free services only, checked against the content.
    await tick(page, 'cost', 'free');
    const free = await allListed(page);
    expect(free.length).toBeGreaterThan(0);
    expect(free.length).toBeLessThan(services.length);
    for (const r of free) {
      const [, orgId, serviceId] = r.url.match(/^\/directory\/([^/]+)\/#service-(.+)$/)!;
      expect(content.organisations.find((o) => o.id === orgId)!.data.services.find((s) => s.id === serviceId)!.cost, r.title).toBe('free');
    }
    // The map shows exactly the places of the listed results.
    const places = new Set(free.flatMap((r) => r.places));
    expect(await markerCount(page)).toBe(places.size);
    expect(places.size).toBeLessThan(markersBefore);

    // A second value in the same group widens it (OR).
    await tick(page, 'cost', 'low-cost');
    const freeOrLow = await allListed(page);
    expect(freeOrLow.length).toBeGreaterThan(free.length);

    // Chips: one per value, each removes itself; "Clear all" removes the rest.
    const chips = page.locator('#explore-chips li button');
    expect(await chips.allTextContents()).toEqual(['Remove Type of result: Service×', 'Remove Cost: Free×', 'Remove Cost: Low cost×']);
    await chips.nth(1).click();
    await searched(page);
    expect(await page.locator('#filter-cost-free').isChecked()).toBe(false);
    expect(new URL(page.url()).searchParams.getAll('cost')).toEqual(['low-cost']);
    // Focus moves to the chip that took its place, not to the top of the page.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Remove Cost: Low cost×');
    await page.locator('#explore-clear').click();
    await searched(page);
    expect(new URL(page.url()).search).toBe('?q=food');
    expect((await allListed(page)).length).toBe(before.length);
    expect(await markerCount(page)).toBe(markersBefore);
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });
});

describe('synonyms and other names', () => {
  test('"foodbank", a word only the taxonomy\'s synonyms use, finds the food services', async () => {
    const { context, page } = await open('/explore/?q=foodbank&type=service');
    const found = (await allListed(page)).map((r) => r.url);
    const food = foodServices().map((f) => f.url);
    expect(found.length).toBeGreaterThan(0);
    expect(found.sort()).toEqual([...food].sort());
    await context.close();
  });

  test('"CAB" finds the organisation that gives it as another name', async () => {
    const cab = content.organisations.find((o) => o.data.alternate_names.includes('CAB'));
    expect(cab, 'an organisation also known as CAB').toBeDefined();
    const { context, page } = await open('/explore/?q=CAB&type=organisation');
    expect((await listed(page)).map((r) => r.url)).toContain(`/directory/${cab!.id}/`);
    await context.close();
  });
});

describe('sharing', () => {
  test('a link reproduces the same view: words, filters, place, radius and the list', async () => {
    const { context, page } = await open('/explore/');
    await page.locator('#explore-q').fill('advice');
    await page.locator('#explore-place').fill('N3');
    await page.locator('#explore-radius').selectOption('5');
    await searched(page);
    await tick(page, 'type', 'service');
    const shared = page.url();
    const first = await listed(page);
    const firstStatus = await page.locator('#explore-status').textContent();
    const firstMarkers = await markerCount(page);
    await context.close();

    const again = await open(new URL(shared).pathname + new URL(shared).search);
    expect(await listed(again.page)).toEqual(first);
    expect(await again.page.locator('#explore-status').textContent()).toBe(firstStatus);
    expect(await markerCount(again.page)).toBe(firstMarkers);
    expect(await again.page.locator('#explore-q').inputValue()).toBe('advice');
    expect(await again.page.locator('#explore-place').inputValue()).toBe('N3');
    expect(await again.page.locator('#explore-radius').inputValue()).toBe('5');
    expect(await again.page.locator('#filter-type-service').isChecked()).toBe(true);
    await again.context.close();
  });
});

describe('without JavaScript', () => {
  test('the page says search needs it and links to the directory and ward pages', async () => {
    const { context, page } = await openPage(built.browser, { javaScriptEnabled: false });
    await page.goto(`${built.server.origin}/explore/?q=food`);
    const notice = page.locator('main .notice', { hasText: 'need JavaScript' });
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(['/directory/', '/wards/']);
    // No half-working controls: the filters, place and map stay hidden.
    expect(await page.locator('#explore-filters').isVisible()).toBe(false);
    expect(await page.locator('#explore-place').isVisible()).toBe(false);
    expect(await page.locator('#explore-map').isVisible()).toBe(false);
    await context.close();
  });
});
