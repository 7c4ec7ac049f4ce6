/**
 * Shared by the explore-*.test.ts files: the content the build read (so
 * expected places and distances are computed here from the content's own
 * coordinates, not typed in and not taken from the site's code), a stub for
 * the postcode service (no test touches the network), and small readers of
 * the explore page's list and map.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { readSettings } from '../../src/lib/settings';
import { builtContent as parsedContent } from '../support/built-content';
import { contentDir } from '../support/paths';

export function builtContent() {
  const content = parsedContent();
  const { settings } = readSettings(contentDir());
  return { ...content, settings: settings! };
}

/** The centre of outward code N3 (Finchley), as a postcode service gives it. */
export const N3 = { lat: 51.601, lng: -0.193 };

/** Great-circle distance in miles, written out here so the tests do not lean on the code they check. */
export function miles(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const r = (d: number) => (d * Math.PI) / 180;
  const h = Math.sin(r(b.lat - a.lat) / 2) ** 2 + Math.cos(r(a.lat)) * Math.cos(r(b.lat)) * Math.sin(r(b.lng - a.lng) / 2) ** 2;
  return 2 * 3958.8 * Math.asin(Math.sqrt(h));
}

/** Coordinates of whatever a result url points at: a service's venues, an organisation's, a project's spot. */
export function coordinatesOf(url: string, content: ReturnType<typeof builtContent>): { lat: number; lng: number }[] {
  const service = url.match(/^\/directory\/([^/]+)\/#service-(.+)$/);
  const org = url.match(/^\/directory\/([^/]+)\/$/);
  const project = url.match(/^\/crowdfund\/([^/]+)\/$/);
  if (service) {
    const o = content.organisations.find((e) => e.id === service[1])!.data;
    const s = o.services.find((x) => x.id === service[2])!;
    return o.locations.filter((l) => s.locations.includes(l.id));
  }
  if (org) return content.organisations.find((e) => e.id === org[1])!.data.locations;
  if (project) {
    const { lat, lng } = content.crowdfund.find((e) => e.id === project[1])!.data.location;
    return lat !== undefined && lng !== undefined ? [{ lat, lng }] : [];
  }
  return [];
}

export interface Answer { status: number; result?: Record<string, unknown> }

/**
 * Answers the postcode service's requests (its host from settings) from a
 * table: an outward code or compact postcode → the reply. Anything else: 404.
 */
export async function stubGeocoder(page: Page, answers: Record<string, Answer>): Promise<string[]> {
  const { geocoder } = builtContent().settings.site;
  const asked: string[] = [];
  for (const template of [geocoder.postcode_url, geocoder.outcode_url]) {
    const prefix = template.slice(0, template.indexOf('{'));
    await page.route(`${prefix}**`, (route) => {
      const key = decodeURIComponent(route.request().url().slice(prefix.length)).toUpperCase();
      asked.push(key);
      const answer = answers[key] ?? { status: 404 };
      return route.fulfill({ status: answer.status, contentType: 'application/json', body: JSON.stringify({ status: answer.status, ...(answer.result ? { result: answer.result } : { error: 'Not found' }) }) });
    });
  }
  return asked;
}

/** postcodes.io's answer for N3: its centre, in Barnet. */
export const N3_ANSWER: Answer = { status: 200, result: { outcode: 'N3', latitude: N3.lat, longitude: N3.lng, admin_district: ['Barnet'] } };

/** Waits until the page has finished showing a search (the results section is no longer aria-busy). */
export async function searched(page: Page): Promise<void> {
  await page.locator('#explore-results[aria-busy="false"]').waitFor({ timeout: 20_000 });
}

/**
 * Waits until the map has stopped moving (its zoom to the results and the
 * clusters' regrouping are over): until then markers slide over one another.
 */
export async function mapStill(page: Page): Promise<void> {
  // Attached, not visible: on a phone the map is hidden behind the List / Map switch.
  await page.locator('#explore-map[aria-busy="false"]').waitFor({ state: 'attached', timeout: 10_000 });
}

export interface ListedResult {
  url: string;
  title: string;
  type: string;
  distance: string | null;
  reach: string | null;
  places: number[];
}

/** The results as listed, in order (the page drawn so far). */
export async function listed(page: Page): Promise<ListedResult[]> {
  return page.locator('#explore-results-list > li').evaluateAll((lis) =>
    lis.map((li) => ({
      url: new URL(li.querySelector('a')!.href).pathname + new URL(li.querySelector('a')!.href).hash,
      title: li.querySelector('.result__title')!.textContent!.trim(),
      type: li.querySelector('.result__type')!.textContent!.trim(),
      distance: li.querySelector('.result__distance')?.textContent?.trim() ?? null,
      reach: li.querySelector('.result__reach')?.textContent?.trim() ?? null,
      places: ((li as HTMLElement).dataset.places ?? '').split(' ').filter(Boolean).map(Number),
    })),
  );
}

/** The number of places the map draws (each a marker, inside a cluster or not). */
export async function markerCount(page: Page): Promise<number> {
  return Number(await page.locator('#explore-map').getAttribute('data-marker-count'));
}

/** "1.2 miles away" → 1.2; "less than 0.1 miles away" → 0. */
export function milesShown(text: string): number {
  if (/less than 0\.1/.test(text)) return 0;
  const m = text.match(/([\d.]+) miles?/);
  expect(m, `a distance in "${text}"`).not.toBeNull();
  return Number(m![1]);
}

/** Ticks a filter option as a person would: opening its group first if it is closed. */
export async function tick(page: Page, name: string, value: string, on = true): Promise<void> {
  const group = page.locator(`details[data-filter-group="${name}"]`);
  if (!(await group.evaluate((d) => (d as HTMLDetailsElement).open))) await group.locator('summary').click();
  await page.locator(`#filter-${name}-${value}`).setChecked(on);
  await searched(page);
}
