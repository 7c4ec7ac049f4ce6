/**
 * The table of all awards in a real browser, on the built site: without
 * JavaScript it lists every award and the static pages behind each total work;
 * with it, filtering and sorting change the rows and the address, the address
 * alone reproduces the view, the count is announced, and the CSV and JSON
 * downloads hold exactly the rows shown. Also: the history of changes on entry
 * pages, /changes/ and its feed. No axe violations in any state reached.
 */
import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { parse as parseHtml } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { formatViolations, runAxe } from '../support/axe';
import { NARROW_VIEWPORT, openPage } from '../support/browser';
import { useBuiltSite } from '../support/built-site';

const built = useBuiltSite();

/** "£126,000" → 126000. */
function pounds(text: string): number {
  const match = text.match(/£([\d,]+(?:\.\d{2})?)/);
  if (!match) throw new Error(`no amount in "${text}"`);
  return Number(match[1]!.replace(/,/g, ''));
}

interface ShownRow {
  id: string;
  wards: string;
  amount: number;
  withdrawn: boolean;
}

/** The award rows a reader can see, in order. */
async function shownRows(page: Page): Promise<ShownRow[]> {
  const rows = await page.locator('table.grants-table tbody tr[data-grant]:visible').evaluateAll((trs) =>
    trs.map((tr) => ({ id: (tr as HTMLElement).dataset.grant!, wards: tr.children[3]!.textContent!, amount: tr.children[5]!.textContent!, withdrawn: tr.classList.contains('withdrawn') })),
  );
  return rows.map((r) => ({ ...r, amount: pounds(r.amount) }));
}

async function expectNoAxeViolations(page: Page, where: string) {
  expect(formatViolations(await runAxe(page)), where).toEqual([]);
}

async function open(path: string, options: Parameters<typeof openPage>[1] = {}) {
  const opened = await openPage(built.browser, options);
  const response = await opened.page.goto(`${built.server.origin}${path}`);
  expect(response?.status(), path).toBe(200);
  return opened;
}

describe('/funding/grants/ without JavaScript', () => {
  test('lists every award in a plain table and keeps the filters, which need a script, hidden', async () => {
    const { context, page } = await open('/funding/grants/', { javaScriptEnabled: false });
    const payload = JSON.parse((await page.locator('#grant-rows').textContent())!) as { id: string }[];
    const rows = await shownRows(page);
    expect(rows.map((r) => r.id)).toEqual(payload.map((r) => r.id));
    expect(rows.length).toBeGreaterThan(5);
    expect(await page.locator('#grant-filters').isVisible()).toBe(false);
    expect(await page.locator('[data-downloads]').isVisible()).toBe(false);
    // The way to a filtered list without a script: a static page per group.
    const wardLink = page.locator('nav.browse-awards a[href^="/funding/grants/ward/"]').first();
    const href = (await wardLink.getAttribute('href'))!;
    await page.goto(`${built.server.origin}${href}`);
    expect((await shownRows(page)).length).toBeGreaterThan(0);
    await context.close();
  });
});

describe('/funding/grants/ with JavaScript', () => {
  test('filters by ward and amount, announces the count, and puts the view in the address', async () => {
    const { context, page, problems } = await open('/funding/grants/');
    await page.locator('#grant-filters').waitFor({ state: 'visible' });
    const all = await shownRows(page);

    // The ward with most awards, so the filter has something to show and something to hide.
    const wardLabel = (await page.locator('#filter-ward option').evaluateAll((options) => options.map((o) => o.textContent!))).slice(1)
      .map((label) => ({ label, n: all.filter((r) => r.wards.includes(label)).length }))
      .sort((a, b) => b.n - a.n)[0]!.label;
    await page.locator('#filter-ward').selectOption({ label: wardLabel });
    const byWard = await shownRows(page);
    expect(byWard.length).toBeGreaterThan(0);
    expect(byWard.length).toBeLessThan(all.length);
    for (const row of byWard) expect(row.wards).toContain(wardLabel);

    const min = Math.min(...byWard.map((r) => r.amount)) + 1;
    await page.locator('#filter-min').fill(String(min));
    await page.locator('#filter-min').press('Enter');
    const filtered = await shownRows(page);
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered.length).toBeLessThan(byWard.length);
    for (const row of filtered) expect(row.amount).toBeGreaterThanOrEqual(min);

    const status = page.locator('#grants-count');
    expect(await status.getAttribute('role')).toBe('status');
    expect(await status.textContent()).toContain(`Showing ${filtered.length} of ${all.length} awards`);
    const counted = filtered.filter((r) => !r.withdrawn);
    const total = Math.round(counted.reduce((a, r) => a + r.amount * 100, 0)) / 100;
    expect(pounds((await status.textContent())!)).toBe(total);
    expect(pounds((await page.locator('[data-total-amount]').textContent())!)).toBe(total);

    const url = new URL(page.url());
    expect(url.searchParams.get('ward')).not.toBeNull();
    expect(url.searchParams.get('min')).toBe(String(min));

    await expectNoAxeViolations(page, 'filtered view');
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });

  test('sorting by a column heading orders the rows, says so with aria-sort and is kept in the address', async () => {
    const { context, page } = await open('/funding/grants/');
    const heading = page.locator('table.grants-table thead th', { hasText: 'Amount awarded' });
    await heading.locator('button').click();
    expect(await heading.getAttribute('aria-sort')).toBe('descending');
    let amounts = (await shownRows(page)).map((r) => r.amount);
    expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
    await heading.locator('button').click();
    expect(await heading.getAttribute('aria-sort')).toBe('ascending');
    amounts = (await shownRows(page)).map((r) => r.amount);
    expect(amounts).toEqual([...amounts].sort((a, b) => a - b));
    expect(new URL(page.url()).search).toBe('?sort=amount&dir=asc');
    await context.close();
  });

  test('the address alone reproduces a filtered, sorted view, with the form showing the filters', async () => {
    const first = await open('/funding/grants/');
    await first.page.locator('#filter-year').selectOption({ index: 1 });
    await first.page.locator('table.grants-table thead th', { hasText: 'Recipient' }).locator('button').click();
    const shared = first.page.url();
    const rows = (await shownRows(first.page)).map((r) => r.id);
    const year = await first.page.locator('#filter-year').inputValue();
    await first.context.close();

    const second = await openPage(built.browser);
    await second.page.goto(shared);
    await second.page.locator('#grant-filters').waitFor({ state: 'visible' });
    expect((await shownRows(second.page)).map((r) => r.id)).toEqual(rows);
    expect(await second.page.locator('#filter-year').inputValue()).toBe(year);
    expect(await second.page.locator('table.grants-table thead th', { hasText: 'Recipient' }).getAttribute('aria-sort')).toBe('ascending');
    await second.context.close();
  });

  test('a group’s static page and the table filtered the same way show the same awards', async () => {
    const { context, page } = await open('/funding/');
    // The first and last group of each grouping (the last is the borough-wide, no-theme or
    // not-listed group where there is one): every kind of static page, in reasonable time.
    const links = await page.locator('section.breakdown tbody').evaluateAll((bodies) =>
      bodies.flatMap((tbody) => {
        const as = [...tbody.querySelectorAll('td.num a')].map((a) => a.getAttribute('href')!);
        return [...new Set([as[0]!, as.at(-1)!])];
      }),
    );
    expect(links.length).toBeGreaterThanOrEqual(5);
    for (const href of links) {
      await page.goto(`${built.server.origin}${href}`);
      const staticRows = (await shownRows(page)).map((r) => r.id);
      const filteredHref = (await page.locator('main a', { hasText: 'Sort, filter further or download' }).getAttribute('href'))!;
      await page.goto(`${built.server.origin}${filteredHref}`);
      await page.locator('#grant-filters').waitFor({ state: 'visible' });
      const sorted = (ids: string[]) => [...ids].sort();
      expect(sorted((await shownRows(page)).map((r) => r.id)), `${href} and ${filteredHref}`).toEqual(sorted(staticRows));
    }
    await context.close();
  });

  test('the CSV and JSON downloads hold exactly the rows shown, in order', async () => {
    const { context, page } = await open('/funding/grants/?sort=amount&dir=desc');
    await page.locator('#grant-filters').waitFor({ state: 'visible' });
    await page.locator('#filter-status').selectOption('completed');
    await page.locator('#filter-max').fill('20000');
    await page.locator('#filter-max').press('Enter');
    const shown = await shownRows(page);
    expect(shown.length).toBeGreaterThan(1);

    const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Download the awards shown \(CSV\)/ }).click()]);
    expect(csvDownload.suggestedFilename()).toBe('grants-filtered.csv');
    const csv = parse((await readFile((await csvDownload.path())!, 'utf8')).replace(/^\uFEFF/, ''), { columns: true }) as Record<string, string>[];
    expect(csv.map((r) => r['Identifier'])).toEqual(shown.map((r) => r.id));
    expect(csv.map((r) => Number(r['Amount Awarded']))).toEqual(shown.map((r) => r.amount));
    for (const r of csv) expect(r['Status']).toBe('Completed');

    const [jsonDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Download the awards shown \(JSON\)/ }).click()]);
    const json = JSON.parse(await readFile((await jsonDownload.path())!, 'utf8')) as { view: string; count: number; grants: { id: string; amount_awarded: number }[] };
    expect(json.grants.map((g) => g.id)).toEqual(shown.map((r) => r.id));
    expect(json.count).toBe(shown.length);
    expect(json.view).toBe(page.url());
    await context.close();
  });

  test('a filter nothing matches says so, and the downloads are switched off', async () => {
    const { context, page } = await open('/funding/grants/?min=999999999');
    await page.locator('#grant-filters').waitFor({ state: 'visible' });
    expect(await shownRows(page)).toEqual([]);
    expect(await page.locator('[data-no-rows]').isVisible()).toBe(true);
    expect(await page.locator('#grants-count').textContent()).toMatch(/^No awards match these filters/);
    expect(await page.getByRole('button', { name: /Download the awards shown \(CSV\)/ }).isDisabled()).toBe(true);
    await expectNoAxeViolations(page, 'no rows');
    await context.close();
  });

  test('the filters are usable at 320px wide without sideways scrolling', async () => {
    const { context, page } = await open('/funding/grants/?ward=borough-wide', { viewport: NARROW_VIEWPORT });
    await page.locator('#grant-filters').waitFor({ state: 'visible' });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(NARROW_VIEWPORT.width);
    await expectNoAxeViolations(page, 'filters at 320px');
    await context.close();
  });
});

describe('history of changes', () => {
  test('award, crowdfund project and organisation pages show their history from Git, newest first, or say it is not available', async () => {
    const { context, page } = await open('/funding/grants/');
    const award = (await page.locator('table.grants-table tbody th a').first().getAttribute('href'))!;
    await page.goto(`${built.server.origin}/crowdfund/`);
    const project = (await page.locator('main a[href^="/crowdfund/"][href$="/"]:not([href="/crowdfund/"]):not([href^="/crowdfund/figures/"])').first().getAttribute('href'))!;
    await page.goto(`${built.server.origin}/directory/`);
    const organisation = (await page.locator('main a[href^="/directory/"]:not([href^="/directory/themes/"]):not([href="/directory/"])').first().getAttribute('href'))!;
    for (const href of [award, project, organisation]) {
      await page.goto(`${built.server.origin}${href}`);
      const section = page.locator('section[aria-labelledby="history"]');
      expect(await section.locator('h2').textContent(), href).toBe('History of changes');
      const dates = await section.locator('li time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')!));
      if (dates.length === 0) expect(await section.textContent(), href).toContain('History not available');
      else expect(dates, href).toEqual([...dates].sort().reverse());
    }
    await context.close();
  });

  test('/changes/ lists the latest content changes, linking to pages that exist, and its feed points back to them', async () => {
    const { context, page } = await open('/changes/');
    const entries = await page.locator('ol.changes > li').count();
    const unavailable = (await page.locator('main .notice', { hasText: 'History not available' }).count()) > 0;
    expect(entries > 0 || unavailable).toBe(true);
    const links = await page.locator('ol.changes a').evaluateAll((as) => [...new Set(as.map((a) => a.getAttribute('href')!))].slice(0, 15));
    for (const href of links) expect((await page.request.get(`${built.server.origin}${href}`)).status(), href).toBe(200);

    const feed = await page.request.get(`${built.server.origin}/changes/feed.xml`);
    expect(feed.status()).toBe(200);
    const items = parseHtml(await feed.text(), { comment: false }).querySelectorAll('item');
    expect(items.length).toBe(entries);
    for (const item of items.slice(0, 10)) {
      const anchor = new URL(item.querySelector('guid')!.text.trim()).hash.slice(1);
      expect(await page.locator(`[id="${anchor}"]`).count(), anchor).toBe(1);
    }
    await context.close();
  });
});
