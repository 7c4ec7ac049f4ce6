/**
 * The Faith Covenant page in a real browser: commitments with their status and
 * a summary that adds up; signatories grouped by faith tradition with links that
 * filter the table to one tradition, each with its covenant contact by role and
 * linked to a directory page that carries the signatory mark; the steering
 * group's meetings; and how to sign up, from the settings.
 */
import { describe, expect, test } from 'vitest';
import { COMMITMENT_STATUS_LABELS, signatoryContact } from '../../src/lib/covenant';
import { formatDate } from '../../src/lib/format';
import { NARROW_VIEWPORT } from '../support/browser';
import { useBuiltSite } from '../support/built-site';
import { builtContent, expectAccessible, siteSettings, visit } from './meetings-helpers';

const built = useBuiltSite();
const content = builtContent();
const covenant = [...content.covenant].sort((a, b) => a.id.localeCompare(b.id))[0].data;

describe('/covenant/', () => {
  test('shows every commitment with its status, owner and update date, and a summary that adds up', async () => {
    const { page, close } = await visit(built.browser, built.server, '/covenant/');
    for (const c of covenant.commitments) {
      const item = page.locator(`[id="commitment-${c.id}"]`);
      expect(await item.count(), c.id).toBe(1);
      const text = (await item.textContent())!;
      expect(text).toContain(c.title);
      expect(text).toContain(`Status: ${COMMITMENT_STATUS_LABELS[c.status]}`);
      expect(text).toContain(`Owner: ${c.owner}`);
      expect(text).toContain(`Last updated ${formatDate(c.updated)}`);
      expect(await item.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href'))), `${c.id} evidence`).toEqual(c.evidence.map((e) => e.url));
      // It sits in the section of its status.
      expect(await page.locator(`section[aria-labelledby="status-${c.status}"] [id="commitment-${c.id}"]`).count(), c.id).toBe(1);
    }
    const done = covenant.commitments.filter((c) => c.status === 'done').length;
    expect(await page.locator('main').textContent()).toContain(`${done} of ${covenant.commitments.length} commitments done`);
    // The history, oldest first (adopted 2015, renewed 2021, ...).
    const history = await page.locator('ol.timeline time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')));
    expect(history).toEqual(covenant.history.map((h) => h.date).sort());
    await close();
  });

  test('lists signatories by faith tradition with filter links, each linked to a directory page marked as a signatory', async () => {
    const { page, go, close } = await visit(built.browser, built.server, '/covenant/');
    const jumps = await page.locator('nav.traditions a:not([data-all])').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    const traditions = [...new Set(covenant.signatories.map((s) => s.faith_tradition))];
    expect(jumps.sort()).toEqual(traditions.map((t) => `#tradition-${t}`).sort());
    for (const s of covenant.signatories) {
      const group = page.locator(`tbody[id="tradition-${s.faith_tradition}"]`);
      expect(await group.locator(`a[href="/directory/${s.organisation}/"]`).count(), s.organisation).toBe(1);
      const row = group.locator(`tr:has(a[href="/directory/${s.organisation}/"])`);
      expect(await row.locator('time').getAttribute('datetime')).toBe(s.signed);
      // The covenant contact: a role, and a person's name only where the entry records consent.
      expect((await row.locator('td').nth(1).textContent())!.trim(), s.organisation).toBe(signatoryContact(s) ?? 'Contact the organisation');
      if (s.contact_name && !s.name_consent) expect(await page.locator('main').textContent()).not.toContain(s.contact_name);
    }
    // Filter to one tradition, as a reader would: only its signatories stay in view; "All traditions" brings the rest back.
    const first = covenant.signatories[0];
    const visibleOrganisations = () => page.locator('table.signatories tbody tr:visible th a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    await page.locator(`nav.traditions a[href="#tradition-${first.faith_tradition}"]`).click();
    expect(await page.evaluate(() => location.hash)).toBe(`#tradition-${first.faith_tradition}`);
    expect(await page.evaluate(() => document.querySelector(':target')?.tagName)).toBe('TBODY');
    const only = covenant.signatories.filter((s) => s.faith_tradition === first.faith_tradition).map((s) => `/directory/${s.organisation}/`);
    expect(only.length).toBeLessThan(covenant.signatories.length);
    expect((await visibleOrganisations()).sort()).toEqual(only.sort());
    await page.locator('nav.traditions a[data-all]').click();
    expect((await visibleOrganisations()).sort()).toEqual(covenant.signatories.map((s) => `/directory/${s.organisation}/`).sort());
    await page.locator(`nav.traditions a[href="#tradition-${first.faith_tradition}"]`).click();
    await page.locator(`tbody[id="tradition-${first.faith_tradition}"] a[href="/directory/${first.organisation}/"]`).click();
    await page.waitForURL(`**/directory/${first.organisation}/`);
    for (const s of covenant.signatories) {
      await go(`/directory/${s.organisation}/`);
      const mark = page.locator('[data-covenant-signatory]');
      expect(await mark.count(), s.organisation).toBe(1);
      expect(await mark.textContent()).toContain('Faith Covenant signatory');
      expect(await mark.locator('a').getAttribute('href')).toBe('/covenant/#signatories');
    }
    const notSigned = content.organisations.find((o) => !covenant.signatories.some((s) => s.organisation === o.id))!;
    await go(`/directory/${notSigned.id}/`);
    expect(await page.locator('[data-covenant-signatory]').count(), notSigned.id).toBe(0);
    await close();
  });

  test('the signatories table fits a 320px screen without scrolling sideways inside its box', async () => {
    const { page, close } = await visit(built.browser, built.server, '/covenant/');
    await page.setViewportSize(NARROW_VIEWPORT);
    const box = page.locator('section.table-scroll:has(table.signatories)');
    const { scrollWidth, clientWidth } = await box.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
    expect(scrollWidth, 'the table is wider than its scroll box at 320px').toBeLessThanOrEqual(clientWidth);
    await close();
  });

  test('lists the steering group’s meetings and says how to sign up, from the settings', async () => {
    const { page, close } = await visit(built.browser, built.server, '/covenant/');
    const group = covenant.steering_group!;
    const meetings = content.meetings.filter((m) => m.data.board === group).map((m) => `/meetings/${m.id}/`);
    expect(meetings.length).toBeGreaterThan(0);
    const listed = await page.locator('section.table-scroll a[href^="/meetings/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(listed.sort()).toEqual(meetings.sort());
    const contact = siteSettings().contact.covenant_contact;
    const signUp = (await page.locator('h2#sign-up ~ *').allTextContents()).join(' ');
    // The contact is Markdown in the settings; its words appear on the page.
    for (const word of contact.replace(/[[\]()*_]/g, ' ').split(/\s+/).filter((w) => /^[A-Za-z]{4,}$/.test(w))) expect(signUp).toContain(word);
    await expectAccessible(page, '/covenant/');
    await close();
  });

  test('a signatory’s directory page has no accessibility violations', async () => {
    const { page, close } = await visit(built.browser, built.server, `/directory/${covenant.signatories[0].organisation}/`);
    await expectAccessible(page, 'signatory directory page');
    await close();
  });
});
