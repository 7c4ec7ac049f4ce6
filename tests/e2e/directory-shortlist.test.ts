/**
 * The shortlist in real Chromium, as a support worker uses it: add services
 * from an organisation's page, reload and still have them, print the list with
 * space for notes, and send it as a link that rebuilds it on another device.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, settle } from '../support/browser';
import { useBuiltSite } from '../support/built-site';
import { builtContent } from '../support/built-content';
import { shortlistDataPath, shortlistFileCount, shortlistFileOf } from '../../src/lib/shortlist';
import { anOrganisation, expectAccessible } from './directory-helpers';

const built = useBuiltSite();
const content = builtContent();

const org = anOrganisation('with two services', (o) => o.data.services.length >= 2);
const [first, second] = org.data.services as [typeof org.data.services[0], typeof org.data.services[0]];
const button = (page: Page, id: string) => page.locator(`button[data-shortlist-id="${id}"]`);
const itemNames = (page: Page) => page.locator('.shortlist-item__name').allTextContents();

async function addTwo(page: Page): Promise<void> {
  await page.goto(`${built.server.origin}/directory/${org.id}/`);
  await settle(page);
  await button(page, first.id).click();
  await button(page, second.id).click();
}

describe('adding services', () => {
  test('the button says what it will do, changes when pressed, and the change is announced', async () => {
    const { context, page } = await openPage(built.browser);
    await page.goto(`${built.server.origin}/directory/${org.id}/`);
    await settle(page);
    const add = button(page, first.id);
    expect(await add.isVisible()).toBe(true);
    await expect(add.textContent()).resolves.toMatch(/^\s*Add to shortlist/);
    // The service's name follows, for a screen reader, so buttons in a list can be told apart.
    expect(await add.evaluate((b) => b.textContent?.replace(/\s+/g, ' ').trim())).toBe(`Add to shortlist: ${first.name}`);
    await add.click();
    await expect(add.textContent()).resolves.toMatch(/^\s*Remove from shortlist/);
    const status = page.locator('.shortlist-status[role="status"]');
    await expect(status.textContent()).resolves.toContain(`${first.name} added to your shortlist.`);
    await expect(status.locator('a[href="/shortlist/"]').textContent()).resolves.toBe('View your shortlist (1 service)');
    await add.click();
    await expect(add.textContent()).resolves.toMatch(/^\s*Add to shortlist/);
    await expect(status.textContent()).resolves.toContain(`${first.name} removed from your shortlist.`);
    await context.close();
  });

  test('the shortlist survives a reload, on the organisation page and on the shortlist page', async () => {
    const { context, page } = await openPage(built.browser);
    await addTwo(page);
    await page.reload();
    await settle(page);
    await expect(button(page, first.id).textContent()).resolves.toMatch(/Remove from shortlist/);
    await expect(button(page, second.id).textContent()).resolves.toMatch(/Remove from shortlist/);
    await page.goto(`${built.server.origin}/shortlist/`);
    await page.locator('.shortlist-item').first().waitFor();
    await page.reload();
    await page.locator('.shortlist-item').first().waitFor();
    expect(await itemNames(page)).toEqual([first.name, second.name]);
    await expect(page.locator('[data-summary]').textContent()).resolves.toBe('2 services on your shortlist.');
    await context.close();
  });
});

describe('the shortlist page', () => {
  test('prints the services with space for notes, without the site\'s navigation or buttons', async () => {
    const { context, page } = await openPage(built.browser);
    await addTwo(page);
    await page.goto(`${built.server.origin}/shortlist/`);
    await page.locator('.shortlist-item').first().waitFor();
    await page.locator('#notes-0').fill('Call on Monday');
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['nav[aria-label="Main"]', '.site-search', 'footer', '[data-actions]', '[data-share]', '[data-remove]', 'textarea']) {
      expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
    }
    const notes = page.locator('[data-notes-print]');
    expect(await notes.count()).toBe(2);
    for (const box of await notes.all()) {
      expect(await box.isVisible()).toBe(true);
      expect((await box.boundingBox())!.height).toBeGreaterThanOrEqual(100); // room to write by hand
    }
    await expect(notes.first().textContent()).resolves.toBe('Call on Monday');
    await expect(page.locator('[data-printed]').textContent()).resolves.toContain('/shortlist/?s=');
    expect(await page.locator('[data-printed]').isVisible()).toBe(true);
    await context.close();
  });

  test('gives a link that rebuilds the same shortlist on another device', async () => {
    const mine = await openPage(built.browser);
    await addTwo(mine.page);
    await mine.page.goto(`${built.server.origin}/shortlist/`);
    await mine.page.locator('.shortlist-item').first().waitFor();
    const link = await mine.page.locator('[data-share-link]').inputValue();
    expect(new URL(link).search).toBe(`?s=${first.id},${second.id}`);
    await mine.context.close();

    // Someone else: a fresh browser with nothing stored.
    const theirs = await openPage(built.browser);
    const dataFiles: string[] = [];
    theirs.page.on('request', (r) => { if (r.url().includes('/shortlist/services')) dataFiles.push(new URL(r.url()).pathname); });
    await theirs.page.goto(link.replace(new URL(link).origin, built.server.origin));
    await theirs.page.locator('.shortlist-item').first().waitFor();
    expect(await itemNames(theirs.page)).toEqual([first.name, second.name]);
    // Only the data files these two services are in, not every service in the area.
    const files = Number(await theirs.page.locator('[data-shortlist-page]').getAttribute('data-files'));
    expect(files).toBe(shortlistFileCount(content.organisations.flatMap((o) => o.data.services).length));
    expect(dataFiles.sort()).toEqual([...new Set([first.id, second.id].map((id) => shortlistDataPath(shortlistFileOf(id, files))))].sort());
    await expect(theirs.page.locator('[data-summary]').textContent()).resolves.toBe('2 services on this shared shortlist.');
    // It is theirs to keep only if they choose to.
    expect(await theirs.page.evaluate(() => Object.keys(localStorage))).toEqual([]);
    await theirs.page.locator('[data-keep]').click();
    await theirs.page.waitForURL(`${built.server.origin}/shortlist/`);
    await theirs.page.locator('.shortlist-item').first().waitFor();
    expect(await itemNames(theirs.page)).toEqual([first.name, second.name]);
    await theirs.context.close();
  });

  test('removing a service keeps focus on the list\'s summary and updates the share link', async () => {
    const { context, page } = await openPage(built.browser);
    await addTwo(page);
    await page.goto(`${built.server.origin}/shortlist/`);
    await page.locator('.shortlist-item').first().waitFor();
    await page.locator('[data-remove]').first().click();
    expect(await itemNames(page)).toEqual([second.name]);
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-summary'))).toBe(true);
    await expect(page.locator('[data-summary]').textContent()).resolves.toBe('1 service on your shortlist.');
    expect(new URL(await page.locator('[data-share-link]').inputValue()).search).toBe(`?s=${second.id}`);
    await context.close();
  });

  test('has zero axe violations, empty and with services', async () => {
    const { context, page } = await openPage(built.browser);
    await page.goto(`${built.server.origin}/shortlist/`);
    await settle(page);
    expect(await page.locator('[data-empty]').isVisible()).toBe(true);
    await expectAccessible(page, 'empty shortlist');
    await addTwo(page);
    await page.goto(`${built.server.origin}/shortlist/`);
    await page.locator('.shortlist-item').first().waitFor();
    await expectAccessible(page, 'shortlist with two services');
    await context.close();
  });

  test('without JavaScript, says it needs it and points to pages that work without', async () => {
    const { context, page } = await openPage(built.browser, { javaScriptEnabled: false });
    await page.goto(`${built.server.origin}/shortlist/`);
    await expect(page.locator('[data-shortlist-nojs]').textContent()).resolves.toContain('needs JavaScript');
    expect(await page.locator('[data-shortlist-nojs] a[href="/directory/"]').count()).toBe(1);
    expect(await page.locator('[data-shortlist-page]').isVisible()).toBe(false);
    await context.close();
  });
});
