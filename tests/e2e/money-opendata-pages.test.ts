/**
 * Following the money on the built pages, in real Chromium: an organisation's
 * "Funding received" total is the sum of its awards and pledges; a ward shows the
 * money spent there with borough-wide awards apart; a recipient not in the
 * directory has its own page that grant pages link to; a crowdfund project whose
 * campaign failed shows its pledge as not paid; the crowdfund maps draw every
 * located project. Every figure expected here is added up from the content in
 * the test. Every page involved has no axe violations at 1280px and at 320px.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import type { ParsedContent } from '../../src/lib/validate/integrity';
import { formatViolations, runAxe } from '../support/axe';
import { NARROW_VIEWPORT, openPage, settle, type TestContext } from '../support/browser';
import { builtContent } from '../support/built-content';
import { useBuiltSite } from '../support/built-site';

const built = useBuiltSite();
const content = builtContent();

/** "£63,000.50" → 63000.5. */
function pounds(text: string | null): number {
  const match = (text ?? '').match(/£([\d,]+(?:\.\d{2})?)/);
  if (!match) throw new Error(`no amount in "${text}"`);
  return Number(match[1]!.replace(/,/g, ''));
}
const sum = (amounts: number[]) => Math.round(amounts.reduce((a, b) => a + b * 100, 0)) / 100;
const counted = (g: ParsedContent['grants'][number]) => g.data.status !== 'withdrawn';

async function visit(path: string): Promise<TestContext> {
  const t = await openPage(built.browser);
  const response = await t.page.goto(`${built.server.origin}${path}`);
  expect(response?.status(), path).toBe(200);
  await settle(t.page);
  return t;
}

/** What an organisation received, added up here from the content: awards, and pledges with no award entered. */
function expectedFundingTotal(orgId: string): number {
  const awards = content.grants.filter((g) => g.data.recipient === orgId && counted(g)).map((g) => g.data.amount_awarded);
  const recorded = new Set(content.grants.map((g) => g.data.crowdfund_project));
  const pledges = content.crowdfund
    .filter((p) => p.data.proposer === orgId && !recorded.has(p.id) && p.data.status !== 'unsuccessful' && ['pledged', 'paid'].includes(p.data.council_pledge_status))
    .map((p) => p.data.council_pledge);
  return sum([...awards, ...pledges]);
}

describe('organisation pages: funding received', () => {
  test('each funded organisation’s total equals the sum of its awards, and the rows on the page add up to it', async () => {
    const funded = content.organisations.filter((o) => expectedFundingTotal(o.id) > 0);
    expect(funded.length, 'the demo content has funded organisations').toBeGreaterThan(5);
    for (const org of funded) {
      const { context, page } = await visit(`/directory/${org.id}/`);
      const shown = pounds(await page.locator('#funding-received-total').textContent());
      expect(shown, org.id).toBe(expectedFundingTotal(org.id));
      // The total links to the rows that add up to it.
      const target = (await page.locator('#funding-received-total a').getAttribute('href'))!;
      const rows = await page.locator(`${target} tbody tr[id^="received-"]:not(.not-counted) td.amount`).allTextContents();
      expect(sum(rows.map(pounds)), `${org.id}: rows`).toBe(shown);
      await context.close();
    }
  });

  test('an organisation with no funding says so', async () => {
    const unfunded = content.organisations.find((o) => expectedFundingTotal(o.id) === 0 && !content.grants.some((g) => g.data.recipient === o.id))!;
    const { context, page } = await visit(`/directory/${unfunded.id}/`);
    expect(await page.locator('#funding-received p').first().textContent()).toMatch(/No awards, council pledges/);
    await context.close();
  });
});

describe('ward pages: money spent in the ward', () => {
  test('the ward total adds up the awards naming it, with borough-wide awards apart', async () => {
    const wardIds = [...new Set(content.grants.flatMap((g) => (g.data.beneficiary_wards === 'borough-wide' ? [] : g.data.beneficiary_wards)))];
    expect(wardIds.length).toBeGreaterThan(3);
    const boroughWide = sum(content.grants.filter((g) => g.data.beneficiary_wards === 'borough-wide' && counted(g)).map((g) => g.data.amount_awarded));
    for (const ward of wardIds) {
      const expected = sum(content.grants.filter((g) => Array.isArray(g.data.beneficiary_wards) && g.data.beneficiary_wards.includes(ward) && counted(g)).map((g) => g.data.amount_awarded));
      const { context, page } = await visit(`/wards/${ward}/`);
      const total = page.locator('#money-in-ward table.ward-funds tfoot td.num').last();
      expect(pounds(await total.textContent()), ward).toBe(expected);
      const totalHref = (await total.locator('a').getAttribute('href'))!;
      // Every fund total links to the table of the awards that make it up.
      for (const link of await page.locator('#money-in-ward table.ward-funds tbody a[href^="#"]').all()) {
        const anchor = (await link.getAttribute('href'))!;
        const amounts = await page.locator(`${anchor} tbody tr[id^="grant-"]:not(.withdrawn) td.num`).allTextContents();
        expect(sum(amounts.map(pounds)), `${ward} ${anchor}`).toBe(pounds(await link.textContent()));
      }
      const boroughLine = (await page.locator('#borough-wide-awards + p').textContent())!;
      expect(pounds(boroughLine.slice(boroughLine.indexOf('totalling'))), `${ward}: borough-wide`).toBe(boroughWide);
      expect(boroughLine).toMatch(/not counted in the figures above/);
      // The ward's total links to the list of every award naming the ward, which adds up to it.
      await page.goto(`${built.server.origin}${totalHref}`);
      const listed = await page.locator('main table.grants-table tbody tr[id^="grant-"]:not(.withdrawn) td.num').allTextContents();
      expect(sum(listed.map(pounds)), `${ward}: ${totalHref}`).toBe(expected);
      await context.close();
    }
  });

  test('a ward lists the crowdfund projects located there', async () => {
    const p = content.crowdfund[0]!;
    const { context, page } = await visit(`/wards/${p.data.location.ward}/`);
    expect(await page.locator(`#money-in-ward a[href="/crowdfund/${p.id}/"]`).count()).toBe(1);
    await context.close();
  });
});

describe('grant pages', () => {
  const words = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

  test('name the funding organisation as /data/grants.json does, and write out every interest declared at the deciding meeting', async () => {
    const pkg = (await (await fetch(`${built.server.origin}/data/grants.json`)).json()) as { grants: { id: string; fundingOrganization: { id: string; name: string }[] }[] };
    const meetingOf = (g: ParsedContent['grants'][number]) => content.meetings.find((m) => m.id === g.data.meeting);
    const published = content.grants.filter(counted);
    // Some awards decided at meetings with declarations, one at a meeting without, one with no meeting.
    const withDeclarations = published.filter((g) => (meetingOf(g)?.data.declarations.length ?? 0) > 0);
    expect(withDeclarations.length, 'the demo content has awards decided where interests were declared').toBeGreaterThan(0);
    const sample = [
      ...withDeclarations.slice(0, 3),
      ...published.filter((g) => meetingOf(g) && meetingOf(g)!.data.declarations.length === 0).slice(0, 1),
      ...published.filter((g) => !meetingOf(g)).slice(0, 1),
    ];
    for (const g of sample) {
      const { context, page } = await visit(`/funding/grants/${g.data.grant_id}/`);
      const where = g.data.grant_id;
      const funder = pkg.grants.find((x) => x.id === g.data.grant_id)!.fundingOrganization[0]!;
      const named = words(await page.locator('main dt:text-is("Funding organisation") + dd').textContent());
      expect(named, where).toContain(funder.name);
      expect(named, where).toContain(funder.id);
      const meeting = meetingOf(g);
      if (!meeting) {
        expect(await page.locator('#declarations-at-meeting').count(), where).toBe(0);
      } else if (meeting.data.declarations.length === 0) {
        expect(words(await page.locator('#declarations-at-meeting + p').textContent()), where).toBe('No interests were declared at this meeting.');
      } else {
        const shown = (await page.locator('#declarations-at-meeting + ul > li').allTextContents()).map(words);
        expect(shown, where).toHaveLength(meeting.data.declarations.length);
        for (const d of meeting.data.declarations) expect(shown.some((line) => line.includes(words(d.role)) && line.includes(words(d.interest))), `${where}: ${d.role}`).toBe(true);
      }
      await context.close();
    }
  });
});

describe('recipients not in the directory', () => {
  test('have a page with every award and the total, and their grant pages link to it', async () => {
    const unlisted = content.grants.filter((g) => !g.data.recipient && g.data.recipient_org_id);
    expect(unlisted.length, 'the demo content has a recipient not in the directory').toBeGreaterThan(0);
    for (const g of unlisted) {
      const { context, page } = await visit(`/funding/grants/${g.data.grant_id}/`);
      const href = `/funding/recipients/${g.data.recipient_org_id}/`;
      expect(await page.locator(`main a[href="${href}"]`).count(), g.data.grant_id).toBeGreaterThan(0);
      await page.goto(`${built.server.origin}${href}`);
      expect(await page.locator('h1').textContent()).toBe(g.data.recipient_name);
      const theirs = content.grants.filter((x) => x.data.recipient_org_id === g.data.recipient_org_id);
      expect(await page.locator('#awards tbody tr').count()).toBe(theirs.length);
      expect(pounds(await page.locator('dt:text-is("Total awarded") + dd').textContent())).toBe(sum(theirs.filter(counted).map((x) => x.data.amount_awarded)));
      await context.close();
    }
  });
});

describe('crowdfund', () => {
  test('a project whose campaign failed shows its council pledge as not paid', async () => {
    const failed = content.crowdfund.filter((p) => p.data.status === 'unsuccessful' && p.data.council_pledge > 0);
    expect(failed.length).toBeGreaterThan(0);
    for (const p of failed) {
      const { context, page } = await visit(`/crowdfund/${p.id}/`);
      const box = page.locator('section[aria-labelledby="council-pledge"]');
      expect(await box.locator('dt:text-is("Status") + dd').textContent()).toBe('Not paid');
      expect(pounds(await box.locator('dt:text-is("Amount") + dd').textContent())).toBe(p.data.council_pledge);
      await context.close();
    }
  });

  test('the programme map draws every located project, with tiles from the settings URL (stubbed)', async () => {
    const { context, page, problems } = await visit('/crowdfund/');
    const located = content.crowdfund.filter((p) => p.data.location.lat !== undefined && p.data.location.lng !== undefined);
    await page.locator('#crowdfund-map .leaflet-marker-icon').first().waitFor();
    const names = await page.locator('#crowdfund-map .leaflet-marker-icon').evaluateAll((els) => els.map((e) => e.getAttribute('alt')));
    expect(names.sort()).toEqual(located.map((p) => p.data.title).sort());
    expect(problems.network.tiles.length, 'tiles were requested (and answered by the stub)').toBeGreaterThan(0);
    expect(problems.network.blocked).toEqual([]);
    // A marker is reachable by keyboard and opens a popup linking to the project.
    const marker = page.locator('#crowdfund-map .leaflet-marker-icon').first();
    await marker.focus();
    await page.keyboard.press('Enter');
    const link = page.locator('#crowdfund-map .leaflet-popup-content a');
    await link.waitFor();
    expect(located.map((p) => `/crowdfund/${p.id}/`)).toContain(await link.getAttribute('href'));
    await context.close();
  });

  test('a project page maps its location; without JavaScript there is no empty map', async () => {
    const p = content.crowdfund.find((x) => x.data.location.lat !== undefined)!;
    const { context, page } = await visit(`/crowdfund/${p.id}/`);
    expect(await page.locator('#project-map .leaflet-marker-icon').count()).toBe(1);
    await context.close();
    const noJs = await openPage(built.browser, { javaScriptEnabled: false });
    await noJs.page.goto(`${built.server.origin}/crowdfund/${p.id}/`);
    expect(await noJs.page.locator('[data-projects-map-wrap]').isHidden()).toBe(true);
    expect(await noJs.page.locator('#location + p').textContent()).toContain(p.data.location.name);
    await noJs.context.close();
  });
});

describe('accessibility of every page involved', () => {
  function pagesInvolved(): string[] {
    const orgs = content.organisations.filter((o) => expectedFundingTotal(o.id) > 0).map((o) => `/directory/${o.id}/`);
    const wards = [...new Set(content.grants.flatMap((g) => (g.data.beneficiary_wards === 'borough-wide' ? [] : g.data.beneficiary_wards)))].slice(0, 4).map((w) => `/wards/${w}/`);
    const recipients = [...new Set(content.grants.filter((g) => !g.data.recipient && g.data.recipient_org_id).map((g) => `/funding/recipients/${g.data.recipient_org_id}/`))];
    return ['/data/', '/crowdfund/', '/funding/recipients/', ...content.crowdfund.map((p) => `/crowdfund/${p.id}/`), ...orgs.slice(0, 4), ...wards, ...recipients];
  }

  async function check(page: Page, path: string) {
    expect.soft(formatViolations(await runAxe(page)), `${path} at ${page.viewportSize()?.width}px`).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect.soft(overflow, `${path} scrolls sideways at ${page.viewportSize()?.width}px`).toBeLessThanOrEqual(0);
  }

  test('no axe violations (WCAG 2.2 AA) at 1280px and 320px, no sideways scrolling, no errors', async () => {
    for (const path of pagesInvolved()) {
      const { context, page, problems } = await visit(path);
      await check(page, path);
      await page.setViewportSize(NARROW_VIEWPORT);
      await check(page, path);
      // Opened details (the borough-wide awards on a ward page) are checked too.
      if (await page.locator('#money-in-ward details').count()) {
        await page.locator('#money-in-ward details summary').click();
        await check(page, `${path} (details open)`);
      }
      expect.soft(problems.consoleErrors, path).toEqual([]);
      expect.soft(problems.pageErrors, path).toEqual([]);
      expect.soft(problems.network.blocked, path).toEqual([]);
      await context.close();
    }
  }, 300_000);
});
