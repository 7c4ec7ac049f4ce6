/**
 * "Exit this page" on pages of a sensitive theme (settings: sensitive: true),
 * in real Chromium: the button and Escape pressed twice replace the page with
 * the neutral site from settings (stubbed here: no network), so Back does not
 * return to it; without JavaScript it is a plain link; other pages lack it.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, settle } from '../support/browser';
import { useBuiltSite } from '../support/built-site';
import { anOrganisation, builtSettings, expectAccessible } from './directory-helpers';

const built = useBuiltSite();

const { site, taxonomy } = builtSettings();
const sensitive = taxonomy.themes.filter((t) => t.sensitive).map((t) => t.id);
const theme = sensitive[0];
const everyday = taxonomy.themes.find((t) => !t.sensitive)!.id;
const exit = site.quick_exit_url;

/** A page whose visit to the exit destination is answered locally. */
async function stubbedPage(): Promise<{ page: Page; close: () => Promise<void> }> {
  const { context, page } = await openPage(built.browser);
  await page.route(`${exit}**`, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Weather</title><p>Weather</p>' }));
  return { page, close: () => context.close() };
}

describe('quick exit', () => {
  test('the content has a sensitive theme to test with', () => {
    expect(theme, 'no theme is marked sensitive in settings/taxonomy.json').toBeTruthy();
  });

  test('"Exit this page" replaces the page: the neutral site loads and Back skips the sensitive page', async () => {
    const { page, close } = await stubbedPage();
    await page.goto(`${built.server.origin}/directory/`);
    await page.goto(`${built.server.origin}/directory/themes/${theme}/`);
    await settle(page);
    const link = page.locator('a[data-quick-exit]');
    expect(await link.isVisible()).toBe(true);
    await expect(link.textContent()).resolves.toBe('Exit this page');
    await link.click();
    await page.waitForURL(exit);
    await page.goBack();
    expect(new URL(page.url()).pathname).toBe('/directory/');
    await close();
  });

  test('Escape pressed twice leaves too; the first press only says so', async () => {
    const { page, close } = await stubbedPage();
    await page.goto(`${built.server.origin}/directory/`);
    await page.goto(`${built.server.origin}/directory/themes/${theme}/`);
    await settle(page);
    await expect(page.locator('[data-quick-exit-hint]').textContent()).resolves.toBe('Or press Escape twice');
    await page.keyboard.press('Escape');
    await expect(page.locator('[data-quick-exit-status]').textContent()).resolves.toBe('Press Escape again to leave this page.');
    expect(new URL(page.url()).pathname).toBe(`/directory/themes/${theme}/`);
    await page.keyboard.press('Escape');
    await page.waitForURL(exit);
    await page.goBack();
    expect(new URL(page.url()).pathname).toBe('/directory/');
    await close();
  });

  test('is on the page of an organisation whose services are on the theme, and the page has no axe violations', async () => {
    const org = anOrganisation(`working on ${theme}`, (o) => [...o.data.themes, ...o.data.services.flatMap((s) => s.themes)].includes(theme!));
    const { page, close } = await stubbedPage();
    for (const path of [`/directory/${org.id}/`, `/directory/themes/${theme}/`]) {
      await page.goto(`${built.server.origin}${path}`);
      await settle(page);
      expect(await page.locator('a[data-quick-exit]').count(), path).toBe(1);
      await expectAccessible(page, path);
    }
    await close();
  });

  test('stays in view when the page is scrolled', async () => {
    const { page, close } = await stubbedPage();
    await page.goto(`${built.server.origin}/directory/themes/${theme}/`);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const box = await page.locator('a[data-quick-exit]').boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeLessThan(100);
    await close();
  });

  test('a link to a service further down the page lands below the button, not under it (WCAG 2.4.11)', async () => {
    const org = anOrganisation(`with a service on ${theme}`, (o) => o.data.services.some((s) => s.themes.includes(theme!)));
    const target = `service-${org.data.services.filter((s) => s.themes.includes(theme!)).at(-1)!.id}`;
    const { page, close } = await stubbedPage();
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(`${built.server.origin}/directory/${org.id}/`);
    await page.evaluate((id) => { window.location.hash = id; }, target);
    const { barBottom, targetTop } = await page.evaluate((id) => ({
      barBottom: document.querySelector('.quick-exit')!.getBoundingClientRect().bottom,
      targetTop: document.getElementById(id)!.getBoundingClientRect().top,
    }), target);
    expect(targetTop).toBeGreaterThanOrEqual(barBottom);
    await close();
  });

  test('without JavaScript it is a plain link to the neutral site', async () => {
    const { context, page } = await openPage(built.browser, { javaScriptEnabled: false });
    await page.goto(`${built.server.origin}/directory/themes/${theme}/`);
    expect(await page.locator('a[data-quick-exit]').getAttribute('href')).toBe(exit);
    expect(await page.locator('[data-quick-exit-hint]').isVisible()).toBe(false);
    await context.close();
  });

  test('is not on pages of other themes', async () => {
    const { context, page } = await openPage(built.browser, { javaScriptEnabled: false });
    await page.goto(`${built.server.origin}/directory/themes/${everyday}/`);
    expect(await page.locator('a[data-quick-exit]').count()).toBe(0);
    await context.close();
  });
});
