/**
 * The action tracker in a real browser: every action that is overdue on the date
 * the site was built (the date /actions/ shows) appears as overdue on /actions/
 * and on its board's page; the counts on /actions/ match the content.
 */
import { describe, expect, test } from 'vitest';
import { actionState } from '../../src/lib/meetings';
import { useBuiltSite } from '../support/built-site';
import { builtContent, expectAccessible, visit } from './meetings-helpers';

const built = useBuiltSite();
const content = builtContent();
const actions = content.meetings.flatMap((m) => m.data.actions.map((action) => ({ meeting: m, action })));

describe('the action tracker', () => {
  test('shows the date overdue was worked out on, and every overdue action on /actions/ and its board page', async () => {
    const { page, go, close } = await visit(built.browser, built.server, '/actions/');
    const on = (await page.locator('#worked-out-on').getAttribute('datetime'))!;
    expect(on).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await page.locator('main').textContent()).toMatch(/worked out on \d{1,2} \w+ \d{4}/);

    const overdue = actions.filter((a) => actionState(a.action, on) === 'overdue');
    expect(overdue.length, `the content has an action overdue on ${on}`).toBeGreaterThan(0);
    const listed = await page.locator('section[aria-labelledby="overdue"] tbody tr td:first-child a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(listed.sort()).toEqual(overdue.map((a) => `/meetings/${a.meeting.id}/#action-${a.action.id}`).sort());
    expect(await page.locator('h2#overdue').textContent()).toContain(`(${overdue.length})`);
    const statuses = await page.locator('section[aria-labelledby="overdue"] tbody tr').evaluateAll((trs) => trs.map((tr) => tr.children[3].textContent!.trim()));
    expect(statuses).toEqual(overdue.map(() => 'Overdue'));

    for (const { meeting, action } of overdue) {
      await go(`/boards/${meeting.data.board}/`);
      const row = page.locator(`#actions ~ * table.actions tr:has(a[href="/meetings/${meeting.id}/#action-${action.id}"])`);
      expect(await row.count(), `${meeting.data.board}: ${action.id} listed`).toBe(1);
      expect((await row.locator('td').nth(3).textContent())!.trim()).toBe('Overdue');
      // And on the meeting page itself, at the action's anchor.
      await go(`/meetings/${meeting.id}/`);
      expect((await page.locator(`tr[id="action-${action.id}"] td`).nth(3).textContent())!.trim()).toBe('Overdue');
    }
    await close();
  });

  test('counts open, overdue, done and cancelled actions as the content has them, by board and by owner', async () => {
    const { page, close } = await visit(built.browser, built.server, '/actions/');
    const on = (await page.locator('#worked-out-on').getAttribute('datetime'))!;
    const states = ['overdue', 'open', 'done', 'cancelled'] as const;
    for (const state of states) {
      const expected = actions.filter((a) => actionState(a.action, on) === state).length;
      expect(await page.locator(`h2#${state}`).textContent(), state).toContain(`(${expected})`);
      expect(await page.locator(`section[aria-labelledby="${state}"] tbody tr`).count(), state).toBe(expected);
    }
    // The by-board table adds up to every action.
    const boardTotals = await page.locator('table.action-counts').first().locator('tbody td.num').allTextContents();
    expect(boardTotals.reduce((n, t) => n + Number(t), 0)).toBe(actions.length);
    const ownerTotals = await page.locator('table.action-counts').nth(1).locator('tbody td.num').allTextContents();
    expect(ownerTotals.reduce((n, t) => n + Number(t), 0)).toBe(actions.length);
    // Owners are roles, never names of people.
    const owners = await page.locator('table.action-counts').nth(1).locator('tbody th').allTextContents();
    expect(new Set(owners.map((o) => o.trim()))).toEqual(new Set(actions.map((a) => [a.action.owner_role, a.action.owner_organisation].filter(Boolean).join(', '))));
    await expectAccessible(page, '/actions/');
    await close();
  });

  test('a board page with open actions has no accessibility violations', async () => {
    const board = content.boards.find((b) => actions.some((a) => a.meeting.data.board === b.id && a.action.status === 'open'))!;
    const { page, close } = await visit(built.browser, built.server, `/boards/${board.id}/`);
    await expectAccessible(page, `/boards/${board.id}/`);
    await close();
  });
});
