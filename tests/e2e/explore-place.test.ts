/**
 * The place box on /explore/: each way a postcode can fail has its own
 * message and the results still show; "use my location" measures from the
 * browser's position and keeps it in the address. The postcode service is
 * stubbed: nothing here touches the network.
 */
import { describe, expect, test } from 'vitest';
import { openPage } from '../support/browser';
import { useBuiltSite } from '../support/built-site';
import { builtContent, listed, N3, N3_ANSWER, searched, stubGeocoder, type Answer } from './explore-helpers';

const built = useBuiltSite();
const { site } = builtContent().settings;

const ANSWERS: Record<string, Answer> = {
  N3: N3_ANSWER,
  EN1: { status: 200, result: { outcode: 'EN1', latitude: 51.653, longitude: -0.08, admin_district: ['Enfield'] } },
  'SW1A1AA': { status: 200, result: { postcode: 'SW1A 1AA', latitude: 51.501, longitude: -0.141, codes: { admin_district: 'E09000033' } } },
  N31ZZ: { status: 500 },
};

async function tryPlace(place: string) {
  const opened = await openPage(built.browser);
  const asked = await stubGeocoder(opened.page, ANSWERS);
  await opened.page.goto(`${built.server.origin}/explore/?q=advice`);
  await searched(opened.page);
  await opened.page.locator('#explore-place').fill(place);
  await opened.page.locator('#explore-place').press('Enter');
  await searched(opened.page);
  const error = opened.page.locator('#explore-place-error');
  return { ...opened, asked, message: (await error.isVisible()) ? await error.textContent() : null };
}

describe('postcodes that cannot be used', () => {
  test('each reason has its own message, the box is marked invalid, and the results still show unsorted', async () => {
    const cases = [
      { place: 'Hendon', label: 'Hendon', expected: '“Hendon” is not a postcode', asks: false },
      { place: 'N3 9ZZ', label: 'N3 9ZZ', expected: 'We could not find the postcode N3 9ZZ', asks: true },
      { place: 'en1', label: 'EN1', expected: `EN1 is outside ${site.area_name}`, asks: true },
      { place: 'sw1a1aa', label: 'SW1A 1AA', expected: `SW1A 1AA is outside ${site.area_name}`, asks: true },
      { place: 'N3 1ZZ', label: 'N3 1ZZ', expected: 'We could not look up N3 1ZZ just now', asks: true },
    ];
    const messages: string[] = [];
    for (const c of cases) {
      const { context, page, message, asked, problems } = await tryPlace(c.place);
      expect(message, c.place).toContain(c.expected);
      messages.push(message!.replace(c.label, ''));
      expect(await page.locator('#explore-place').getAttribute('aria-invalid')).toBe('true');
      // The message is read with the box (aria-describedby), so a screen reader hears it there.
      expect((await page.locator('#explore-place').getAttribute('aria-describedby'))!.split(' ')).toContain('explore-place-error');
      expect(asked.length > 0, `${c.place} asked the service`).toBe(c.asks);
      const results = await listed(page);
      expect(results.length).toBeGreaterThan(0);
      expect(results.every((r) => r.distance === null)).toBe(true);
      expect(problems.pageErrors).toEqual([]);
      await context.close();
    }
    // One message per reason (the two places outside the area share theirs), not one dressed up five ways.
    expect(new Set(messages).size).toBe(4);
  });

  test('a postcode that works clears the message and sorts by distance', async () => {
    const { context, page, message } = await tryPlace('N3');
    expect(message).toBeNull();
    expect(await page.locator('#explore-place').getAttribute('aria-invalid')).toBe('false');
    expect((await listed(page))[0].distance).toMatch(/miles? away$/);
    await context.close();
  });
});

describe('use my location', () => {
  test('measures from where the browser says it is, and keeps that (rounded) in the address', async () => {
    const { context, page } = await openPage(built.browser, { geolocation: { latitude: N3.lat + 0.00012, longitude: N3.lng - 0.00034 }, permissions: ['geolocation'] });
    await page.goto(`${built.server.origin}/explore/?q=food+bank`);
    await searched(page);
    await page.getByRole('button', { name: 'Use my location' }).click();
    await page.waitForURL(/near=/);
    await searched(page);
    expect(new URL(page.url()).searchParams.get('near')).toBe('51.601,-0.193');
    expect(await page.locator('#explore-status').textContent()).toContain('near your location, nearest first');
    expect((await listed(page))[0].distance).toMatch(/away$/);
    expect(await page.locator('#explore-chips li').first().textContent()).toContain('Near your location');
    await context.close();
  });

  test('says so when the browser will not share a location', async () => {
    const { context, page } = await openPage(built.browser, { permissions: [] });
    await page.goto(`${built.server.origin}/explore/?q=food+bank`);
    await searched(page);
    await page.getByRole('button', { name: 'Use my location' }).click();
    await page.locator('#explore-place-error').waitFor({ state: 'visible' });
    expect(await page.locator('#explore-place-error').textContent()).toContain('did not share your location');
    await context.close();
  });
});
