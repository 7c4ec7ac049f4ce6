/**
 * A visitor with JavaScript off (or a script that failed to load) still finds help and
 * checks the money: the explore page says what needs JavaScript and where to go instead;
 * the directory, an organisation's page and the table of every funding award are complete
 * as plain HTML; and no page shows a control that would do nothing without its script.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { readCollection } from '../../src/lib/validate/read-content';
import { openPage } from '../support/browser';
import { contentDir } from '../support/paths';
import { useBuiltSite } from '../support/built-site';

const organisations = readCollection(contentDir(), 'organisations').entries;
const grants = readCollection(contentDir(), 'grants').entries;
// An organisation with services, so its page has the most to show.
const organisation = organisations.find((entry) => Array.isArray(entry.data.services) && entry.data.services.length > 1) ?? organisations[0]!;

const built = useBuiltSite();

/** Opens a page with JavaScript switched off; returns the page and a closer. */
async function withoutScript(path: string, check: (page: Page) => Promise<void>): Promise<void> {
  const { context, page } = await openPage(built.browser, { javaScriptEnabled: false });
  try {
    const response = await page.goto(built.server.origin + path);
    expect(response?.status()).toBe(200);
    await check(page);
    // A visible button of type "button" only ever does something through a script.
    const dead = await page.locator('button[type="button"]:visible, [role="button"]:not(button):visible').evaluateAll((elements) =>
      elements.map((element) => element.outerHTML.slice(0, 120)),
    );
    expect(dead, 'controls that do nothing without JavaScript').toEqual([]);
  } finally {
    await context.close();
  }
}

describe('with JavaScript off', () => {
  test('/explore/ says search and the map need JavaScript, and links to the directory and wards', async () => {
    await withoutScript('/explore/', async (page) => {
      const notice = page.locator('main').getByText(/need JavaScript/i).first();
      expect(await notice.isVisible()).toBe(true);
      for (const href of ['/directory/', '/wards/']) expect(await page.locator(`main a[href="${href}"]:visible`).count(), href).toBeGreaterThan(0);
    });
  });

  test(`/directory/ links to all ${organisations.length} organisations`, async () => {
    await withoutScript('/directory/', async (page) => {
      const hrefs = new Set(await page.locator('main a[href^="/directory/"]').evaluateAll((links) => links.map((link) => link.getAttribute('href'))));
      expect(organisations.filter((entry) => !hrefs.has(`/directory/${entry.id}/`)).map((entry) => entry.id)).toEqual([]);
    });
  });

  test(`an organisation's page shows its name and every service (${organisation.id})`, async () => {
    await withoutScript(`/directory/${organisation.id}/`, async (page) => {
      expect((await page.locator('h1').textContent())?.trim()).toBe(String(organisation.data.name).trim());
      const text = await page.locator('main').innerText();
      for (const service of (organisation.data.services as Array<{ name: string }>) ?? []) expect(text).toContain(service.name);
    });
  });

  test(`/funding/grants/ lists all ${grants.length} awards in its table, each linking to its page`, async () => {
    await withoutScript('/funding/grants/', async (page) => {
      const table = page.locator('main table').first();
      expect(await table.isVisible()).toBe(true);
      const hrefs = new Set(await table.locator('a[href^="/funding/grants/"]').evaluateAll((links) => links.map((link) => link.getAttribute('href'))));
      expect(grants.filter((entry) => !hrefs.has(`/funding/grants/${entry.data.grant_id}/`)).map((entry) => entry.id)).toEqual([]);
    });
  });
});
