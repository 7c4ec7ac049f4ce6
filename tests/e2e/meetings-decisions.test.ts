/**
 * Decisions in a real browser on the built site: a decision on its meeting page
 * lists the awards it made and each award links back to it; /decisions/ lists
 * every decision, and its filter links lead to pages showing as many decisions as
 * they promise, without JavaScript.
 */
import { describe, expect, test } from 'vitest';
import { useBuiltSite } from '../support/built-site';
import { builtContent, expectAccessible, visit } from './meetings-helpers';

const built = useBuiltSite();
const content = builtContent();
const allDecisions = content.meetings.flatMap((m) => m.data.decisions.map((d) => ({ meeting: m.id, decision: d.id })));
/** Each decision that made an award, with the grant ids that point at it. */
const decisionsWithAwards = allDecisions
  .map((d) => ({ ...d, grants: content.grants.filter((g) => g.data.meeting === d.meeting && g.data.decision === d.decision).map((g) => g.data.grant_id).sort() }))
  .filter((d) => d.grants.length > 0);

describe('a decision and the awards it made', () => {
  test('the content has decisions that made awards', () => {
    expect(decisionsWithAwards.length).toBeGreaterThan(0);
  });

  test('each decision on its meeting page links to its awards, and each award links back to the decision', async () => {
    const { page, go, close } = await visit(built.browser, built.server, '/meetings/');
    for (const d of decisionsWithAwards) {
      await go(`/meetings/${d.meeting}/`);
      const item = page.locator(`[id="decision-${d.decision}"]`);
      expect(await item.count(), `${d.meeting}: decision ${d.decision} has its anchor`).toBe(1);
      const hrefs = await item.locator('a[href^="/funding/grants/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      expect(hrefs.map((h) => decodeURIComponent(h.split('/')[3])).sort(), `awards listed under ${d.decision}`).toEqual(d.grants);
      // Follow the first award by clicking, as a reader would, then come back by the award's link.
      await item.locator('a[href^="/funding/grants/"]').first().click();
      await page.waitForURL(/\/funding\/grants\//);
      const back = page.locator(`main a[href="/meetings/${d.meeting}/#decision-${d.decision}"]`);
      expect(await back.count(), `award page links back to ${d.decision}`).toBeGreaterThan(0);
      await back.first().click();
      await page.waitForURL(`**/meetings/${d.meeting}/#decision-${d.decision}`);
      expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(`decision-${d.decision}`);
      // Every other award of the decision links back too.
      for (const href of hrefs.slice(1)) {
        await go(href);
        expect(await page.locator(`main a[href="/meetings/${d.meeting}/#decision-${d.decision}"]`).count(), href).toBeGreaterThan(0);
      }
    }
    await close();
  });

  test('a meeting page with awards has no accessibility violations', async () => {
    const { page, close } = await visit(built.browser, built.server, `/meetings/${decisionsWithAwards[0].meeting}/`);
    await expectAccessible(page, 'meeting page');
    await close();
  });
});

describe('/decisions/', () => {
  test('lists every decision across boards, each linked to its meeting and its awards', async () => {
    const { page, close } = await visit(built.browser, built.server, '/decisions/');
    const listed = await page.locator('li.decision-summary').evaluateAll((lis) => lis.map((li) => li.id.replace(/^decision-/, '')));
    expect(listed.sort()).toEqual(allDecisions.map((d) => d.decision).sort());
    for (const d of allDecisions) {
      const item = page.locator(`li[id="decision-${d.decision}"]`);
      expect(await item.locator(`a[href="/meetings/${d.meeting}/#decision-${d.decision}"]`).count(), d.decision).toBe(1);
      expect(await item.locator(`a[href="/meetings/${d.meeting}/"]`).count(), d.decision).toBe(1);
    }
    for (const d of decisionsWithAwards) {
      const awards = await page.locator(`li[id="decision-${d.decision}"] a[href^="/funding/grants/"]`).evaluateAll((as) => as.map((a) => decodeURIComponent(a.getAttribute('href')!.split('/')[3])));
      expect(awards.sort()).toEqual(d.grants);
    }
    await expectAccessible(page, '/decisions/');
    await close();
  });

  test('every filter link leads to a page with as many decisions as it says, and "moved money" shows only those that did', async () => {
    const { page, go, close } = await visit(built.browser, built.server, '/decisions/');
    const links = await page.locator('nav.decision-filters a').evaluateAll((as) =>
      as.map((a) => ({ href: a.getAttribute('href')!, count: Number(a.querySelector('.count')!.textContent!.replace(/\D/g, '')) })),
    );
    expect(links.length).toBeGreaterThan(3);
    for (const link of links) {
      await go(link.href);
      expect(await page.locator('li.decision-summary').count(), link.href).toBe(link.count);
      if (link.href.includes('/money/moved/')) {
        const shown = await page.locator('li.decision-summary').evaluateAll((lis) => lis.map((li) => li.id.replace(/^decision-/, '')));
        expect(shown.sort()).toEqual(decisionsWithAwards.filter((d) => content.grants.some((g) => g.data.decision === d.decision && g.data.status !== 'withdrawn')).map((d) => d.decision).sort());
      }
    }
    await close();
  });

  test('filters combine, and work with JavaScript turned off', async () => {
    const context = await built.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${built.server.origin}/decisions/`);
    const board = content.boards.find((b) => content.meetings.some((m) => m.data.board === b.id && m.data.decisions.length > 0))!;
    const boardLink = page.locator(`nav.decision-filters a[href="/decisions/board/${board.id}/"]`);
    await boardLink.click();
    await page.waitForURL(`**/decisions/board/${board.id}/`);
    const year = content.meetings.find((m) => m.data.board === board.id && m.data.decisions.length > 0)!.data.date.slice(0, 4);
    await page.locator(`nav.decision-filters a[href="/decisions/board/${board.id}/year/${year}/"]`).click();
    await page.waitForURL(`**/decisions/board/${board.id}/year/${year}/`);
    const expected = content.meetings.filter((m) => m.data.board === board.id && m.data.date.startsWith(year)).flatMap((m) => m.data.decisions.map((d) => d.id));
    const shown = await page.locator('li.decision-summary').evaluateAll((lis) => lis.map((li) => li.id.replace(/^decision-/, '')));
    expect(shown.sort()).toEqual(expected.sort());
    expect(await page.locator('nav.decision-filters a[aria-current="page"]').count()).toBe(3);
    await context.close();
  });
});
