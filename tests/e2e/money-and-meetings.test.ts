/**
 * Following the money and the decisions in a real browser, on the built site:
 * the Community Innovation Fund's first round reads 37 → 14 → 7 and £126,000 (tabled
 * and drawn, with asked-for against awarded) with each award one click away and its
 * deciding meeting one more; every total on /funding/ (by fund, year, ward, theme and
 * recipient type) links to rows that add up to it; a failed crowdfund campaign's pledge
 * reads "Not paid"; every figure on /crowdfund/ (the programme in figures and success
 * by year) links, without JavaScript, to rows that add up to it; decisions and grants link both ways; overdue actions agree
 * with the date they were worked out on; draft minutes say so.
 */
import { describe, expect, test } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { openPage } from '../support/browser';
import { builtContent } from '../support/built-content';
import { useBuiltSite } from '../support/built-site';

const built = useBuiltSite();

/** "£126,000" or "£30,000.50 in 2 awards" → 126000 / 30000.5. */
function pounds(text: string): number {
  const match = text.match(/£([\d,]+(?:\.\d{2})?)/);
  if (!match) throw new Error(`no amount in "${text}"`);
  return Number(match[1].replace(/,/g, ''));
}

/** A fresh page (cut off from the network) at path; go() moves it on to another path. */
async function visit(path: string, options: BrowserContextOptions = {}): Promise<{ page: Page; go: (next: string) => Promise<void>; close: () => Promise<void> }> {
  const { context, page } = await openPage(built.browser, options);
  const go = async (next: string) => {
    const response = await page.goto(`${built.server.origin}${next}`);
    expect(response?.status(), next).toBe(200);
  };
  await go(path);
  return { page, go, close: () => context.close() };
}

/** The amounts in the "Amount awarded" column of award rows (withdrawn ones are struck through and not counted). */
async function awardAmounts(page: Page, rowsSelector: string): Promise<number[]> {
  const cells = await page.locator(`${rowsSelector} tr[id^="grant-"]:not(.withdrawn) td.num`).allTextContents();
  return cells.map(pounds);
}

const sum = (amounts: number[]) => Math.round(amounts.reduce((a, b) => a + b * 100, 0)) / 100;

describe('the Community Innovation Fund, round 1', () => {
  test('shows 37 → 14 → 7 and £126,000, computed and as published', async () => {
    const { page, close } = await visit('/funding/funds/community-innovation-fund/');
    const round = page.locator('section:has(> h3#round-round-1)');
    const funnel = await round.locator('table.funnel tbody tr').evaluateAll((rows) => rows.map((r) => r.querySelector('td.num')?.textContent?.trim()));
    expect(funnel).toEqual(['37', '14', '7']);
    expect(await round.locator('dt:text-is("Total awarded as published") + dd').textContent()).toBe('£126,000');
    // The budget is always stated: the entry's figure, or that none was published.
    const budget = builtContent().funds.find((f) => f.id === 'community-innovation-fund')!.data.rounds.find((r) => r.id === 'round-1')!.budget;
    const budgetShown = (await round.locator('dt:text-is("Budget") + dd').textContent())!;
    if (budget === undefined) expect(budgetShown).toBe('Not published');
    else expect(pounds(budgetShown)).toBe(budget);
    expect(pounds((await round.locator('dt:has-text("added up from the awards") + dd').textContent())!)).toBe(126000);
    const amounts = await awardAmounts(page, `#awards-round-1`);
    expect(amounts).toHaveLength(7);
    expect(sum(amounts)).toBe(126000);
    expect(pounds(await round.locator('#awards-round-1 tfoot td.num').textContent() ?? '')).toBe(126000);
    // The funnel is drawn too: one image, named, with a bar per stage, beside its table.
    const chart = round.locator('svg.chart[role="img"]:has(title:text-matches("Applications in Round 1"))');
    expect(await chart.count()).toBe(1);
    expect(await chart.locator('rect').count()).toBe(3);
    expect(await chart.locator('title').first().textContent()).toMatch(/Largest: Applications received, 37\. Smallest: Funded, 7\./);
    // Asked for against awarded, added up from the seven awards.
    const asked = round.locator('table.requested-awarded');
    expect(pounds((await asked.locator('tr:has(th:text-matches("^Awarded .added up")) td').textContent())!)).toBe(126000);
    const requested = await round.locator('#awards-round-1 tbody tr[id^="grant-"] td.requested').allTextContents();
    expect(requested).toHaveLength(7);
    expect(pounds((await asked.locator('tr:has(th:text-matches("^Asked for")) td').textContent())!)).toBe(sum(requested.map(pounds)));
    await close();
  });

  test('each of the seven awards is one click away and names its deciding meeting and decision', async () => {
    const { page, go, close } = await visit('/funding/funds/community-innovation-fund/');
    const links = await page.locator('#awards-round-1 tbody th a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(links).toHaveLength(7);
    for (const href of links) {
      expect(href).toMatch(/^\/funding\/grants\/360G-[^/]+\/$/);
      await go(href);
      const decision = page.locator('main a[href*="/meetings/"][href*="#decision-"]');
      expect(await decision.count(), href).toBe(1);
      // The decision's anchor exists on the meeting page and links back to this award.
      const target = (await decision.getAttribute('href'))!;
      await go(target);
      const id = target.split('#')[1];
      expect(await page.locator(`[id="${id}"] a[href="${href}"]`).count(), target).toBe(1);
    }
    await close();
  });
});

describe('every total on /funding/ links to rows that add up to it', () => {
  test('totals by fund, year, ward, theme and type of recipient, and the grand total', async () => {
    const { page, go, close } = await visit('/funding/');
    const totals = await page.locator('section.breakdown table').evaluateAll((tables) =>
      tables.flatMap((table) =>
        [...table.querySelectorAll('tbody tr, tfoot tr')].map((tr) => ({
          caption: table.querySelector('caption')!.textContent!.trim(),
          group: tr.querySelector('th')!.textContent!.trim(),
          count: parseInt(tr.querySelector('td.count')!.textContent!.trim(), 10),
          href: tr.querySelector('td.num a')!.getAttribute('href')!,
          text: tr.querySelector('td.num a')!.textContent!,
        })),
      ),
    );
    // Five groupings, each with at least one group and the grand total.
    expect(new Set(totals.map((t) => t.caption))).toEqual(
      new Set(['Money awarded by fund', 'Money awarded by year', 'Money awarded by ward', 'Money awarded by theme', 'Money awarded by type of recipient']),
    );
    expect(totals.some((t) => t.caption === 'Money awarded by ward' && /^Borough-wide/.test(t.group)), 'borough-wide awards have their own row').toBe(true);
    for (const { href, text, count, caption, group } of totals) {
      await go(href);
      const where = `${caption}, ${group}: ${href}`;
      const amounts = await awardAmounts(page, 'main');
      expect(sum(amounts), `${where} should add up to ${text}`).toBe(pounds(text));
      expect(amounts.length, `${where} should list ${count} counted awards`).toBe(count);
      // The rows are the group's: each names the ward, theme, fund, year or type the total is for.
      const column = { 'Money awarded by ward': 3, 'Money awarded by theme': 4, 'Money awarded by fund': 2, 'Money awarded by year': 6 }[caption];
      if (column !== undefined && !group.startsWith('All awards') && !group.startsWith('No theme')) {
        const label = group.replace(/^Borough-wide.*/, 'Borough-wide');
        const cells = await page.locator('main table.grants-table tbody tr[id^="grant-"]').evaluateAll((trs, i) => trs.map((tr) => tr.children[i]!.textContent!), column);
        expect(cells.length, where).toBeGreaterThan(0);
        for (const cell of cells) expect(cell, where).toContain(label);
      }
    }
    await close();
  });
});

describe('the other figures on /funding/ link to what they count', () => {
  test('the headline figures and each fund card’s total', async () => {
    const { page, go, close } = await visit('/funding/');
    const headline = await page.locator('main ul.figures > li').evaluateAll((lis) => lis.map((li) => ({ text: li.textContent!.trim(), href: li.querySelector('a')?.getAttribute('href') ?? null })));
    expect(headline.length).toBeGreaterThan(1);
    for (const h of headline) expect(h.href, h.text).not.toBeNull();
    // The count of funds points at the list of funds, which has that many.
    const funds = headline.find((h) => /funds and programmes/.test(h.text))!;
    expect(await page.locator(`${funds.href} + ul > li`).count()).toBe(parseInt(funds.text, 10));
    const cards = await page.locator(`${funds.href} + ul > li a[href^="/funding/grants/"]`).evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href')!, text: a.textContent! })));
    expect(cards.length).toBeGreaterThan(0);
    for (const { href, text } of cards) {
      await go(href);
      const amounts = await awardAmounts(page, 'main');
      expect(sum(amounts), `${href} should add up to ${text}`).toBe(pounds(text));
      expect(`${amounts.length} award`, href).toBe(text.match(/(\d+) award/)![0]);
    }
    await close();
  });
});

describe('crowdfund', () => {
  test('a campaign that missed its target shows its council pledge as not paid', async () => {
    const { page, go, close } = await visit('/crowdfund/');
    const failed = await page.locator('#all-projects tbody tr').evaluateAll((rows) =>
      rows
        .map((r) => [...r.children].map((c) => c.textContent!.trim()).concat(r.querySelector('a')!.getAttribute('href')!))
        .filter((cells) => cells[1] === 'Did not reach target' && cells[5] !== '–'),
    );
    expect(failed.length, 'the demo content has a failed campaign with a pledge').toBeGreaterThan(0);
    for (const cells of failed) {
      expect(cells[6]).toBe('Not paid');
      await go(cells[7]);
      expect(await page.locator('section[aria-labelledby="council-pledge"] dt:text-is("Status") + dd').textContent()).toBe('Not paid');
    }
    await close();
  });
});

describe('every figure on /crowdfund/ links to the rows it adds up, without JavaScript', () => {
  const projects = builtContent().crowdfund;
  // Worked out here from the entries: a pledge on a campaign that missed its target is not paid.
  const pledge = (p: (typeof projects)[number]) =>
    p.data.council_pledge_status === 'none' ? 'none' : p.data.status === 'unsuccessful' ? 'not-paid' : p.data.council_pledge_status;
  const ids = (list: typeof projects) => list.map((p) => `/crowdfund/${p.id}/`).sort();
  const total = (list: typeof projects, field: 'raised' | 'council_pledge') => sum(list.map((p) => p.data[field]));
  const finished = projects.filter((p) => p.data.campaign_end && ['funded', 'delivered', 'unsuccessful'].includes(p.data.status));
  const closedIn = (year: string) => finished.filter((p) => p.data.campaign_end!.startsWith(year));

  /** The project rows in the table on the page at `href` (or in the element it points to), each as column heading → cell text. */
  async function rowsAt(page: Page, href: string): Promise<Record<string, string>[]> {
    const fragment = href.split('#')[1];
    // A fragment on a page of its own points into the text that explains the figure; the rows are the page's table.
    const scope = href.startsWith('#') ? href : 'main';
    if (fragment && !href.startsWith('#')) expect(await page.locator(`[id="${fragment}"]`).count(), href).toBe(1);
    const tables = page.locator(`${scope} table.projects`);
    expect(await tables.count(), `${href} shows one table of projects`).toBe(1);
    return tables.evaluate((table) => {
      const headings = [...table.querySelectorAll('thead th')].map((th) => th.textContent!.trim());
      return [...table.querySelectorAll('tbody tr')].map((tr) => {
        const cells = Object.fromEntries([...tr.children].map((cell, i) => [headings[i]!, cell.textContent!.trim()]));
        return { ...cells, href: tr.querySelector('th a')!.getAttribute('href')!, closed: tr.querySelector('time')?.getAttribute('datetime') ?? '' };
      });
    });
  }
  const money = (rows: Record<string, string>[], column: string) => sum(rows.map((r) => (r[column] === '–' ? 0 : pounds(r[column]!))));

  test('projects, money raised, pledged, paid and not paid, and crowd pounds per council pound', async () => {
    const { page, go, close } = await visit('/crowdfund/', { javaScriptEnabled: false });
    const figures = await page.locator('main ul.figures > li').evaluateAll((lis) =>
      lis.flatMap((li) => {
        const links = [...li.querySelectorAll('a')].map((a) => ({ text: a.textContent!.trim(), href: a.getAttribute('href')! }));
        return links.length ? links : [{ text: li.textContent!.trim(), href: '' }];
      }),
    );
    const expected = [
      { match: /projects$/, rows: projects, figure: (text: string) => parseInt(text, 10), value: projects.length },
      { match: /raised from the crowd/, rows: projects, figure: pounds, value: total(projects, 'raised') },
      { match: /pledged by the council/, rows: projects.filter((p) => ['pledged', 'paid', 'not-paid'].includes(pledge(p))), figure: pounds, column: 'Council pledge' },
      { match: /actually paid/, rows: projects.filter((p) => pledge(p) === 'paid'), figure: pounds, column: 'Council pledge' },
      { match: /was not paid/, rows: projects.filter((p) => pledge(p) === 'not-paid'), figure: pounds, column: 'Council pledge' },
      { match: /for every £1 the council paid/, rows: projects.filter((p) => pledge(p) === 'paid'), figure: pounds, ratio: true },
    ].filter((e) => e.rows.length > 0);
    expect(expected.length, 'the demo content has projects with pledges paid and not paid').toBe(6);
    for (const e of expected) {
      const shown = figures.filter((f) => e.match.test(f.text));
      expect(shown, `one figure matches ${e.match}`).toHaveLength(1);
      const { text, href } = shown[0]!;
      expect(href, `"${text}" links to its rows`).not.toBe('');
      if (!href.startsWith('#')) await go(href);
      const rows = await rowsAt(page, href);
      expect(rows.map((r) => r.href).sort(), `${text}: the rows are exactly the projects it counts`).toEqual(ids(e.rows));
      if (e.value !== undefined) expect(e.figure(text), text).toBe(e.value);
      if (e.match.source === 'projects$') expect(rows.length, text).toBe(e.figure(text));
      if (e.match.source === 'raised from the crowd') expect(money(rows, 'Raised from the crowd'), text).toBe(e.figure(text));
      if (e.column) {
        expect(money(rows, e.column), `${text}: the rows add up to it`).toBe(e.figure(text));
        expect(e.figure(text), text).toBe(total(e.rows, 'council_pledge'));
      }
      if (e.ratio) {
        const fromRows = Math.round((money(rows, 'Raised from the crowd') / money(rows, 'Council pledge')) * 100) / 100;
        expect(fromRows, `${text}: crowd money ÷ council money on the rows`).toBe(e.figure(text));
        expect(e.figure(text), text).toBe(Math.round((total(e.rows, 'raised') / total(e.rows, 'council_pledge')) * 100) / 100);
      }
      if (!href.startsWith('#')) await go('/crowdfund/');
    }
    await close();
  });

  test('each year’s finished campaigns, those that reached their target, and the success rate', async () => {
    const { page, go, close } = await visit('/crowdfund/', { javaScriptEnabled: false });
    const years = await page.locator('table.success tbody tr').evaluateAll((trs) =>
      trs.map((tr) => {
        const cell = (i: number) => ({ text: tr.children[i]!.textContent!.trim(), href: tr.children[i]!.querySelector('a')?.getAttribute('href') ?? '' });
        return { year: tr.querySelector('th')!.textContent!.trim(), finished: cell(1), reached: cell(2), rate: cell(3) };
      }),
    );
    const expectedYears = [...new Set(finished.map((p) => p.data.campaign_end!.slice(0, 4)))].sort().reverse();
    expect(years.map((y) => y.year)).toEqual(expectedYears);
    expect(expectedYears.length, 'the demo content has campaigns that finished').toBeGreaterThan(0);
    for (const { year, finished: done, reached, rate } of years) {
      const inYear = closedIn(year);
      const succeeded = inYear.filter((p) => p.data.status !== 'unsuccessful');
      expect(parseInt(done.text, 10), `${year} finished`).toBe(inYear.length);
      expect(parseInt(reached.text, 10), `${year} reached target`).toBe(succeeded.length);
      for (const [figure, list] of [[done, inYear], [reached, succeeded]] as const) {
        if (list.length === 0) continue;
        expect(figure.href, `${year}: "${figure.text}" links to its rows`).not.toBe('');
        await go(figure.href);
        const rows = await rowsAt(page, figure.href);
        expect(rows.map((r) => r.href).sort(), `${year}: ${figure.href} lists exactly the campaigns counted`).toEqual(ids(list));
        expect(rows.length).toBe(parseInt(figure.text, 10));
        for (const r of rows) expect(r.closed.slice(0, 4), `${r.href} closed in ${year}`).toBe(year);
      }
      // The rate links to the year's finished campaigns, where it is worked out from the rows shown.
      expect(rate.href, `${year}: the success rate links to its rows`).not.toBe('');
      await go(rate.href);
      const rows = await rowsAt(page, rate.href);
      expect(rows.map((r) => r.href).sort()).toEqual(ids(inYear));
      const reachedRows = rows.filter((r) => r.Status !== 'Did not reach target').length;
      expect(rate.text, `${year}: the rate is the share of the rows that reached their target`).toBe(`${Math.round((reachedRows / rows.length) * 100)}%`);
      await go('/crowdfund/');
    }
    await close();
  });
});

describe('meetings', () => {
  test('overdue actions are open actions due before the date the page says they were worked out on', async () => {
    const { page, go, close } = await visit('/meetings/');
    const meetings = await page.locator('main table tbody th a').evaluateAll((as) => [...new Set(as.map((a) => a.getAttribute('href')!))]);
    let overdue = 0;
    for (const href of meetings) {
      await go(href);
      const table = page.locator('table.actions');
      if ((await table.count()) > 0) {
        const caption = (await table.locator('caption').textContent())!;
        const on = new Date(`${caption.match(/worked out on (\d{1,2} \w+ \d{4})/)![1]} UTC`).toISOString().slice(0, 10);
        const rows = await table.locator('tbody tr').evaluateAll((trs) =>
          trs.map((tr) => ({ due: tr.querySelector('time')?.getAttribute('datetime') ?? null, status: tr.children[3].textContent!.trim() })),
        );
        for (const row of rows) {
          if (row.status === 'Overdue') {
            overdue += 1;
            expect(row.due! < on, `${href}: overdue action due ${row.due}, worked out on ${on}`).toBe(true);
          }
          if (row.status === 'Open' && row.due) expect(row.due >= on, `${href}: open action due ${row.due} should be overdue on ${on}`).toBe(true);
        }
      }
    }
    await close();
    expect(overdue, 'the demo content has an overdue action').toBeGreaterThan(0);
  });

  test('meetings listed with draft minutes say so on their page', async () => {
    const { page, go, close } = await visit('/meetings/');
    const drafts = await page.locator('main table tbody tr:has(td:text("Draft minutes")) th a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(drafts.length).toBeGreaterThan(0);
    for (const href of drafts) {
      await go(href);
      expect(await page.locator('main .notice:has-text("Draft minutes")').count(), href).toBe(1);
    }
    await close();
  });
});
