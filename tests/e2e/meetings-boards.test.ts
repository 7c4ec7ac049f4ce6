/**
 * Each board's page in a real browser: its purpose and terms of reference, its
 * members by role and organisation (a name only for a public office holder), every
 * one of its meetings, and every decision those meetings made, each linked to its
 * anchor in the minutes. Open actions and calendars have their own tests.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import { describe, expect, test } from 'vitest';
import { useBuiltSite } from '../support/built-site';
import { contentDir } from '../support/paths';
import { builtContent, expectAccessible, visit } from './meetings-helpers';

const built = useBuiltSite();
const content = builtContent();
const orgName = (id?: string) => content.organisations.find((o) => o.id === id)?.data.name;
/** A board's terms of reference: the Markdown body of its file. */
const termsOf = (id: string) => matter(readFileSync(join(contentDir(), 'boards', `${id}.md`), 'utf8')).content.trim();

describe('/boards/<id>/', () => {
  test('shows purpose, terms of reference, members, meeting history and decisions for every board', async () => {
    const { page, go, close } = await visit(built.browser, built.server, '/boards/');
    for (const board of content.boards) {
      const b = board.data;
      // Every board is listed on /boards/ and its page is reached from there.
      await go('/boards/');
      await page.locator(`main a[href="/boards/${board.id}/"]`).first().click();
      await page.waitForURL(`**/boards/${board.id}/`);
      expect((await page.locator('h1').textContent())!.trim(), board.id).toBe(b.name);
      const main = (await page.locator('main').textContent())!.replace(/\s+/g, ' ');
      expect(main, `${board.id}: purpose`).toContain(b.purpose.replace(/\s+/g, ' '));
      expect(main, `${board.id}: how often it meets`).toContain(b.meets);
      const terms = termsOf(board.id);
      expect(await page.locator('h2:text-is("Terms of reference")').count(), `${board.id}: terms of reference`).toBe(terms ? 1 : 0);
      // The first words of the terms of reference are on the page.
      if (terms) expect(main).toContain(terms.replace(/[#*_[\]]/g, '').split(/\s+/).slice(0, 4).join(' '));

      const members = await page.locator('h2:text-is("Members") + ul > li').allTextContents();
      expect(members, `${board.id}: members`).toHaveLength(b.members.length);
      b.members.forEach((m, i) => {
        const line = members[i].replace(/\s+/g, ' ');
        expect(line).toContain(m.role);
        const organisation = m.organisation_name ?? orgName(m.organisation);
        if (organisation) expect(line).toContain(organisation);
        if (m.name) expect(line.includes(m.name), `${board.id}: ${m.role} named only as a public office holder`).toBe(m.public_office_holder);
      });

      const own = content.meetings.filter((m) => m.data.board === board.id);
      const meetingLinks = await page.locator('main table a[href^="/meetings/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      // Meeting pages themselves (the open actions table also links into meetings, at an action's anchor).
      expect([...new Set(meetingLinks.filter((h) => !h.includes('#')))].sort(), `${board.id}: meeting history`).toEqual(own.map((m) => `/meetings/${m.id}/`).sort());

      const decisions = own.flatMap((m) => m.data.decisions.map((d) => `/meetings/${m.id}/#decision-${d.id}`));
      const decisionLinks = await page.locator('h2:text-is("Decisions") + ul a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      expect(decisionLinks.sort(), `${board.id}: decisions`).toEqual(decisions.sort());
    }
    await close();
  });

  test('a board page with members and decisions has no accessibility violations', async () => {
    const board = content.boards.find((b) => b.data.members.length > 0 && content.meetings.some((m) => m.data.board === b.id && m.data.decisions.length > 0))!;
    const { page, close } = await visit(built.browser, built.server, `/boards/${board.id}/`);
    await expectAccessible(page, `/boards/${board.id}/`);
    await close();
  });
});
