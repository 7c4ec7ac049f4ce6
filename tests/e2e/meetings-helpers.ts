/**
 * Shared by the meetings-*.test.ts files: the content the site was built from
 * (read and checked with the site's own schemas, so expected counts are computed,
 * never typed in), a page opener on the built site, and an accessibility check at
 * desktop and phone widths.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { formatViolations, runAxe } from '../support/axe';
import { DESKTOP_VIEWPORT, NARROW_VIEWPORT, openPage } from '../support/browser';
import { builtContent } from '../support/built-content';
import { contentDir } from '../support/paths';
import type { StaticServer } from '../support/static-server';

export { builtContent };

export function siteSettings(): { site_url: string; site_name: string; contact: { covenant_contact: string } } {
  return JSON.parse(readFileSync(resolve(contentDir(), 'settings/site.json'), 'utf8'));
}

/** An absolute address on the public site, as the built site serves it locally. */
export function localPath(absolute: string): string {
  const url = new URL(absolute);
  return `${url.pathname}${url.hash}`;
}

export interface Visit {
  page: Page;
  /** Go to a path on the built site; fails the test unless it answers 200. */
  go: (path: string) => Promise<void>;
  close: () => Promise<void>;
}

/** A fresh page, cut off from the network, at path on the built site. */
export async function visit(browser: Browser, server: StaticServer, path: string): Promise<Visit> {
  const { context, page, problems } = await openPage(browser);
  const go = async (next: string) => {
    const response = await page.goto(`${server.origin}${next}`);
    expect(response?.status(), next).toBe(200);
  };
  await go(path);
  return {
    page,
    go,
    close: async () => {
      expect(problems.pageErrors, 'uncaught page errors').toEqual([]);
      expect(problems.failedRequests, 'failed requests').toEqual([]);
      await context.close();
    },
  };
}

/** Zero axe violations (WCAG 2.2 AA) at 1280px and at 320px wide, where nothing may scroll sideways. */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  await page.setViewportSize(DESKTOP_VIEWPORT);
  expect(formatViolations(await runAxe(page)), `${label}: axe at 1280px`).toEqual([]);
  await page.setViewportSize(NARROW_VIEWPORT);
  expect(formatViolations(await runAxe(page)), `${label}: axe at 320px`).toEqual([]);
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
  expect(scrollWidth, `${label}: scrolls sideways at 320px`).toBeLessThanOrEqual(clientWidth);
  await page.setViewportSize(DESKTOP_VIEWPORT);
}
