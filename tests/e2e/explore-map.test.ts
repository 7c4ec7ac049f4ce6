/**
 * The map and the list on /explore/ in a real browser: the map works by
 * keyboard (Tab reaches markers and clusters, Enter zooms a cluster or opens a
 * place, Escape comes back), the list and map select in step both ways, a
 * skip link passes the map, tiles that fail are reported while the list keeps
 * working, phones get a List / Map switch, and axe finds nothing in any state.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { formatViolations, runAxe } from '../support/axe';
import { DESKTOP_VIEWPORT, NARROW_VIEWPORT, openPage } from '../support/browser';
import { readHarnessSettings } from '../support/site-settings';
import { useBuiltSite } from '../support/built-site';
import { listed, mapStill, markerCount, N3_ANSWER, searched, stubGeocoder, tick } from './explore-helpers';

const built = useBuiltSite();

async function open(path: string, options: Parameters<typeof openPage>[1] = {}) {
  const opened = await openPage(built.browser, options);
  await stubGeocoder(opened.page, { N3: N3_ANSWER });
  await opened.page.goto(`${built.server.origin}${path}`);
  await searched(opened.page);
  await mapStill(opened.page);
  return opened;
}

interface Focus { kind: 'cluster' | 'pin' | 'popup' | 'other'; text: string; count: number }

async function focus(page: Page): Promise<Focus> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const text = el?.textContent ?? '';
    if (el?.classList.contains('marker-cluster')) return { kind: 'cluster' as const, text, count: Number(text.match(/^\d+/)![0]) };
    if (el?.classList.contains('map-pin')) return { kind: 'pin' as const, text, count: 1 };
    if (el?.closest('.leaflet-popup')) return { kind: 'popup' as const, text, count: 0 };
    return { kind: 'other' as const, text: el?.outerHTML.slice(0, 80) ?? '', count: 0 };
  });
}

/** Presses Tab until focus is on a map marker of this kind (or either), at most `limit` times. */
async function tabTo(page: Page, kinds: Focus['kind'][], limit = 60): Promise<Focus> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const f = await focus(page);
    if (kinds.includes(f.kind)) return f;
  }
  throw new Error(`Tab never reached a ${kinds.join(' or ')} on the map`);
}

async function expectNoAxe(page: Page, where: string) {
  // Mid-animation, markers overlap for a moment; what a person can use is the map at rest.
  // Two frames first: a resize reaches Leaflet on the next animation frame.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await mapStill(page);
  expect(formatViolations(await runAxe(page)), where).toEqual([]);
}

describe('the map by keyboard', () => {
  test('Tab reaches clusters and places by name; Enter zooms a cluster, keeping focus; Enter opens a place; Escape returns', async () => {
    const { context, page, problems } = await open('/explore/');
    expect(await markerCount(page)).toBeGreaterThan(5);
    await page.locator('.explore-map-skip').focus();
    const cluster = await tabTo(page, ['cluster']);
    expect(cluster.text).toMatch(/^\d+ places here\. Press Enter to zoom in\.$/);
    await page.evaluate(() => document.activeElement!.setAttribute('data-pressed', ''));
    await page.keyboard.press('Enter');
    // After the zoom, focus is on what now shows the cluster's first place: a smaller cluster or the place itself.
    await page.waitForFunction(() => document.activeElement?.matches('.marker-cluster:not([data-pressed]), .map-pin'), null, { timeout: 5000 });
    const after = await focus(page);
    expect(after.count).toBeLessThan(cluster.count);

    const pin = after.kind === 'pin' ? after : await tabTo(page, ['pin']);
    // Its name says where it is and how many results are there.
    expect(pin.text).toMatch(/^.+: \d+ results?/);
    await page.keyboard.press('Enter');
    await page.locator('.leaflet-popup').waitFor({ state: 'visible' });
    expect((await focus(page)).kind).toBe('popup');
    // Opening a place on the map marks its results in the list (drawing more of the list if need be).
    await page.locator('#explore-results-list > li[aria-current="true"]').first().waitFor();
    const marked = await page.locator('#explore-results-list > li[aria-current="true"] .result__title').allTextContents();
    const atPlace = await page.locator('.leaflet-popup li a').allTextContents();
    expect(marked.length).toBeGreaterThan(0);
    for (const title of marked) expect(atPlace).toContain(title.trim());
    await page.keyboard.press('Escape');
    await page.locator('.leaflet-popup').waitFor({ state: 'detached' });
    expect((await focus(page)).kind).toBe('pin');
    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  });

  test('the skip link jumps past the map to the list', async () => {
    const { context, page } = await open('/explore/?q=food');
    await page.locator('.explore-map-skip').focus();
    expect(await page.locator('.explore-map-skip').isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('explore-results');
    await context.close();
  });
});

describe('list and map in step', () => {
  test('"Show on map" in the list selects the place on the map; "Show in the list" on the map finds the result', async () => {
    const { context, page } = await open('/explore/?q=food+bank&place=N3');
    const first = (await listed(page))[0];
    await page.locator('#explore-results-list > li').first().getByRole('button', { name: `Show ${first.title} on map` }).click();
    await page.locator('.leaflet-popup').waitFor({ state: 'visible' });
    expect(await page.locator('.leaflet-popup').textContent()).toContain(first.title);
    expect(await page.locator('.map-pin--selected').count()).toBe(1);
    expect(await page.locator('#explore-results-list > li').first().getAttribute('aria-current')).toBe('true');

    // The other way: pick the last listed place's marker on the map.
    const last = (await listed(page)).filter((r) => r.places.length).at(-1)!;
    await page.locator('.leaflet-popup-close-button').click();
    await page.locator('.leaflet-popup').waitFor({ state: 'detached' });
    await page.locator(`#explore-results-list > li[data-places~="${last.places[0]}"]`).first().getByRole('button', { name: /^Show .* on map$/ }).click();
    await page.locator('.leaflet-popup').waitFor({ state: 'visible' });
    await page.locator('.leaflet-popup').getByRole('button', { name: 'Show in the list' }).click();
    const focused = await page.evaluate(() => document.activeElement?.closest('li')?.dataset.places ?? '');
    expect(focused.split(' ').map(Number)).toContain(last.places[0]);
    await context.close();
  });
});

describe('when tiles fail', () => {
  test('the page says the map background could not load, and the list still works', async () => {
    const opened = await openPage(built.browser);
    const tileHost = readHarnessSettings().tileHost!;
    await opened.page.route(`https://${tileHost}/**`, (route) => route.abort('failed'));
    await stubGeocoder(opened.page, { N3: N3_ANSWER });
    await opened.page.goto(`${built.server.origin}/explore/?q=food`);
    await searched(opened.page);
    await opened.page.locator('#explore-map-message').waitFor({ state: 'visible' });
    expect(await opened.page.locator('#explore-map-message').textContent()).toContain('The list of results still works');
    expect((await listed(opened.page)).length).toBeGreaterThan(0);
    await tick(opened.page, 'type', 'service');
    expect((await listed(opened.page)).every((r) => r.type === 'Service')).toBe(true);
    await opened.context.close();
  });
});

describe('phones', () => {
  test('at 320px the list comes first, a switch shows the map, the choice is in the address, nothing scrolls sideways', async () => {
    const { context, page } = await open('/explore/?q=food+bank&place=N3', { viewport: NARROW_VIEWPORT });
    expect(await page.locator('#explore-results').isVisible()).toBe(true);
    expect(await page.locator('#explore-map').isVisible()).toBe(false);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(NARROW_VIEWPORT.width);
    await page.getByRole('button', { name: 'Map', exact: true }).click();
    expect(await page.locator('#explore-map').isVisible()).toBe(true);
    expect(await page.locator('#explore-results').isVisible()).toBe(false);
    expect(new URL(page.url()).searchParams.get('view')).toBe('map');
    expect(await page.getByRole('button', { name: 'Map', exact: true }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(NARROW_VIEWPORT.width);
    await context.close();
  });
});

describe('accessibility', () => {
  test('no axe violations with results and a place, with filters open, and with the map shown on a phone', async () => {
    const { context, page } = await open('/explore/?q=food+bank&place=N3&radius=5');
    await expectNoAxe(page, 'results near a place, 1280px');
    await tick(page, 'theme', 'food');
    await page.locator('details[data-filter-group="ward"] summary').click();
    await expectNoAxe(page, 'filters open and chosen, 1280px');
    await page.locator('#explore-results-list > li').first().getByRole('button', { name: /^Show .* on map$/ }).click();
    await page.locator('.leaflet-popup').waitFor({ state: 'visible' });
    await expectNoAxe(page, 'a place open on the map, 1280px');
    await page.setViewportSize(NARROW_VIEWPORT);
    await expectNoAxe(page, 'results at 320px');
    await page.getByRole('button', { name: 'Map', exact: true }).click();
    await expectNoAxe(page, 'map shown at 320px');
    await page.setViewportSize(DESKTOP_VIEWPORT);
    await context.close();
  });

  test('no axe violations when a postcode is refused', async () => {
    const { context, page } = await open('/explore/?q=advice&place=ZZ9');
    expect(await page.locator('#explore-place-error').isVisible()).toBe(true);
    await expectNoAxe(page, 'postcode refused');
    await context.close();
  });
});
