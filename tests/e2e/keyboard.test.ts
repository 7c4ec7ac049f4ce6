/**
 * Keyboard and no-JavaScript use of the pages residents start from. A resident using a
 * keyboard or switch device must reach the skip link, the main navigation and the site
 * search in order; with JavaScript off, the home page and the directory still work.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, settle } from '../support/browser';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir, distDir } from '../support/paths';
import { listHtmlFiles } from '../support/built-pages';
import { useBuiltSite } from '../support/built-site';

/** The main navigation: the nav landmark labelled "Main" (or "Primary"). */
const MAIN_NAV = ':is(nav[aria-label="Main" i], nav[aria-label="Primary" i])';
/** The site search box: the search input in the search landmark in the header (the banner). */
const SEARCH_BOX =
  ':is(header, [role="banner"]) :is([role="search"], search) :is(input[type="search"], input[name="q"])';
/** Enough presses to get through any sensible header; more means the header is a trap. */
const MAX_TABS = 40;

const built = useBuiltSite();

interface Focused {
  html: string;
  href: string | null;
  inMainNav: boolean;
  isSearchBox: boolean;
  inMain: boolean;
}

async function focused(page: Page): Promise<Focused> {
  return page.evaluate(
    ([nav, search]) => {
      const el = document.activeElement;
      if (!el || el === document.body) return { html: 'body', href: null, inMainNav: false, isSearchBox: false, inMain: false };
      return {
        html: el.outerHTML.slice(0, 100),
        href: el.getAttribute('href'),
        inMainNav: el.closest(nav!) !== null,
        isSearchBox: el.matches(search!),
        inMain: el.closest('main') !== null,
      };
    },
    [MAIN_NAV, SEARCH_BOX],
  );
}

describe('keyboard use of the home page', () => {
  test('Tab reaches the skip link first, then the main navigation links and the site search box', async () => {
    const { context, page, problems } = await openPage(built.browser);
    try {
      await page.goto(`${built.server.origin}/`);
      await settle(page);
      const navLinks = await page.locator(`${MAIN_NAV} a[href]`).evaluateAll((links) =>
        links.map((link) => link.getAttribute('href')),
      );
      expect(navLinks.length, 'links in the main navigation').toBeGreaterThan(0);
      expect(await page.locator(SEARCH_BOX).count(), 'site search boxes').toBe(1);

      const stops: Focused[] = [];
      for (let i = 0; i < MAX_TABS; i++) {
        await page.keyboard.press('Tab');
        const stop = await focused(page);
        // Stop at the page content, or when focus wraps round to the skip link again.
        if (i > 0 && stop.href === '#main' && !stop.inMain) break;
        stops.push(stop);
        if (stop.inMain) break;
      }
      expect(stops[0]?.href, `first Tab stop is the skip link, got ${stops[0]?.html}`).toBe('#main');
      // Every navigation link, in the order a sighted user reads them, before the page content.
      expect(stops.filter((stop) => stop.inMainNav).map((stop) => stop.href)).toEqual(navLinks);
      expect(stops.some((stop) => stop.isSearchBox), 'the search box is reached by Tab').toBe(true);
      expect(problems.pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('Enter on the skip link moves focus to the main content, past the header', async () => {
    const { context, page } = await openPage(built.browser);
    try {
      await page.goto(`${built.server.origin}/`);
      await settle(page);
      await page.keyboard.press('Tab');
      expect((await focused(page)).href).toBe('#main');
      await page.keyboard.press('Enter');
      const afterEnter = await page.evaluate(() => ({
        hash: location.hash,
        focusIsMain: document.activeElement?.id === 'main',
      }));
      expect(afterEnter.hash).toBe('#main');
      // Focus on <main tabindex="-1"> itself is best (screen readers start reading there); at the
      // least, the next Tab must land inside main rather than back in the header.
      if (!afterEnter.focusIsMain) {
        await page.keyboard.press('Tab');
        expect((await focused(page)).inMain, 'next Tab after the skip link lands inside main').toBe(true);
      }
      expect(afterEnter.focusIsMain || (await focused(page)).inMain).toBe(true);
    } finally {
      await context.close();
    }
  });
});

describe('with JavaScript turned off', () => {
  /** What main shows: its heading, text and the links a user can see, outside any island. */
  async function visibleMain(page: Page) {
    return page.evaluate(() => {
      const main = document.querySelector('main');
      const isVisible = (el: Element) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
      const links = [...(main?.querySelectorAll('a[href]') ?? [])].filter(
        (link) => isVisible(link) && link.closest('astro-island') === null,
      );
      return {
        h1: document.querySelector('h1')?.textContent?.trim() ?? '',
        text: (main as HTMLElement | null)?.innerText.trim() ?? '',
        links: [...new Set(links.map((link) => new URL(link.getAttribute('href')!, location.href).pathname + new URL(link.getAttribute('href')!, location.href).hash))],
      };
    });
  }

  /** The page as seen with JavaScript on and then off; progressive enhancement means no content is lost. */
  async function withAndWithoutScript(path: string) {
    const on = await openPage(built.browser);
    const off = await openPage(built.browser, { javaScriptEnabled: false });
    try {
      await on.page.goto(built.server.origin + path);
      await settle(on.page);
      const response = await off.page.goto(built.server.origin + path);
      return { status: response?.status(), withScript: await visibleMain(on.page), withoutScript: await visibleMain(off.page), page: off.page };
    } finally {
      await on.context.close();
    }
  }

  test('the home page shows its heading, content, links and search form', async () => {
    const { status, withScript, withoutScript, page } = await withAndWithoutScript('/');
    try {
      expect(status).toBe(200);
      expect(withoutScript.h1).not.toBe('');
      expect(withoutScript.h1).toBe(withScript.h1);
      expect(withoutScript.text).not.toBe('');
      expect(withoutScript.links.length, 'visible links in main').toBeGreaterThan(0);
      expect(withScript.links.filter((link) => !withoutScript.links.includes(link)), 'links only shown with JavaScript').toEqual([]);
      // The header search is a plain GET form, so it still works without JavaScript.
      expect(await page.locator(SEARCH_BOX).isVisible()).toBe(true);
    } finally {
      await page.context().close();
    }
  });

  test('the directory shows a link to every organisation page', async () => {
    // Every organisation in the content (closed ones too: they stay for the funding record).
    const organisationPages = readdirSync(join(contentDir(), 'organisations'))
      .filter((file) => file.endsWith('.md'))
      .map((file) => `/directory/${file.slice(0, -'.md'.length)}/`)
      .sort();
    expect(organisationPages.length, 'organisations in the content').toBeGreaterThan(0);
    const built = new Set(listHtmlFiles(distDir()).map((file) => `/${file.replace(/index\.html$/, '')}`));
    expect(organisationPages.filter((path) => !built.has(path)), 'organisations without a page').toEqual([]);

    const { status, withScript, withoutScript, page } = await withAndWithoutScript('/directory/');
    try {
      expect(status).toBe(200);
      expect(withoutScript.h1).not.toBe('');
      expect(organisationPages.filter((path) => !withoutScript.links.includes(path)), 'organisation pages not linked').toEqual([]);
      expect(withScript.links.filter((link) => !withoutScript.links.includes(link)), 'links only shown with JavaScript').toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});
