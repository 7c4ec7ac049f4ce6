/**
 * The meetings feeds as a subscriber gets them from the built site, found through
 * the links on /meetings/ and the board pages: the iCalendar files parse with
 * ical.js (a different library from the one that writes them) and hold one event
 * per meeting; the RSS feed and /data/meetings.json parse and hold the items the
 * content gives; each meeting page carries schema.org Event data.
 */
import ICAL from 'ical.js';
import { XMLParser } from 'fast-xml-parser';
import { parse as parseHtml } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { FEED_LIMIT } from '../../src/lib/rss';
import { useBuiltSite } from '../support/built-site';
import { builtContent, localPath, siteSettings, visit } from './meetings-helpers';

const built = useBuiltSite();
const content = builtContent();
const site = siteSettings();
const host = new URL(site.site_url).host;

/** Fetches a file the way the page's link does, through the browser's own network stack. */
async function download(page: Page, path: string): Promise<{ status: number; type: string; text: string }> {
  const response = await page.request.get(`${built.server.origin}${path}`);
  return { status: response.status(), type: response.headers()['content-type'] ?? '', text: await response.text() };
}

function parseCalendar(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const tz of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(tz));
  return { calendar, events: calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)) };
}

describe('iCalendar', () => {
  test('/data/meetings.ics, linked from /meetings/, parses and has one event per meeting with a stable UID', async () => {
    const { page, close } = await visit(built.browser, built.server, '/meetings/');
    const href = await page.locator('main a', { hasText: 'Add all meetings to your calendar' }).getAttribute('href');
    expect(href).toBe('/data/meetings.ics');
    expect(await page.locator('head link[rel="alternate"][type="text/calendar"]').getAttribute('href')).toBe('/data/meetings.ics');
    const file = await download(page, href!);
    expect(file.status).toBe(200);
    const { calendar, events } = parseCalendar(file.text);
    expect(events).toHaveLength(content.meetings.length);
    expect(events.map((e) => e.uid).sort()).toEqual(content.meetings.map((m) => `meeting-${m.id}@${host}`).sort());
    expect(calendar.getAllSubcomponents('vtimezone').map((tz) => tz.getFirstPropertyValue('tzid'))).toEqual(['Europe/London']);
    for (const meeting of content.meetings) {
      const event = events.find((e) => e.uid === `meeting-${meeting.id}@${host}`)!;
      if (meeting.data.start_time) {
        expect(event.startDate.zone?.tzid, meeting.id).toBe('Europe/London');
        expect(event.startDate.toString(), meeting.id).toBe(`${meeting.data.date}T${meeting.data.start_time}:00`);
      } else {
        expect(event.startDate.toString(), meeting.id).toBe(meeting.data.date);
      }
      expect(event.component.getFirstPropertyValue('status'), meeting.id).toBe(meeting.data.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED');
    }
    await close();
  });

  test('each board page links to its own calendar with only that board’s meetings', async () => {
    const { page, go, close } = await visit(built.browser, built.server, '/boards/');
    for (const board of content.boards) {
      await go(`/boards/${board.id}/`);
      const href = await page.locator('main a', { hasText: 'meetings to your calendar' }).first().getAttribute('href');
      expect(href).toBe(`/data/boards/${board.id}.ics`);
      const file = await download(page, href!);
      expect(file.status, href!).toBe(200);
      const { events } = parseCalendar(file.text);
      expect(events.map((e) => e.uid).sort(), board.id).toEqual(content.meetings.filter((m) => m.data.board === board.id).map((m) => `meeting-${m.id}@${host}`).sort());
    }
    await close();
  });
});

describe('RSS', () => {
  test('/feed.xml parses, with an item for every meeting, decision and set of approved minutes, each pointing at a real anchor', async () => {
    const { page, close } = await visit(built.browser, built.server, '/meetings/');
    const href = await page.locator('head link[rel="alternate"][type="application/rss+xml"]').getAttribute('href');
    expect(href).toBe('/feed.xml');
    const file = await download(page, href!);
    expect(file.status).toBe(200);
    const rss = new XMLParser({ ignoreAttributes: false }).parse(file.text).rss;
    expect(rss['@_version']).toBe('2.0');
    const items: { title: string; link: string; guid: { '#text': string }; pubDate: string; category: string[] }[] = [rss.channel.item ?? []].flat();
    const decisions = content.meetings.reduce((n, m) => n + m.data.decisions.length, 0);
    const approved = content.meetings.filter((m) => m.data.minutes_status === 'approved').length;
    const total = content.meetings.length + decisions + approved;
    expect(items).toHaveLength(Math.min(total, FEED_LIMIT));
    if (total <= FEED_LIMIT) {
      expect(items.filter((i) => [i.category].flat().includes('Decision'))).toHaveLength(decisions);
      expect(items.filter((i) => [i.category].flat().includes('Minutes'))).toHaveLength(approved);
    }
    expect(new Set(items.map((i) => i.guid['#text'])).size).toBe(items.length);
    for (const item of items) {
      expect(Number.isNaN(Date.parse(item.pubDate)), item.title).toBe(false);
      const [path, anchor] = localPath(item.link).split('#');
      const pageFile = await download(page, path);
      expect(pageFile.status, item.link).toBe(200);
      if (anchor) expect(parseHtml(pageFile.text).querySelector(`[id="${anchor}"]`), item.link).not.toBeNull();
    }
    await close();
  });
});

describe('Open Civic Data', () => {
  test('/data/meetings.json parses as OCD events with decisions on agenda items and our additions under extras', async () => {
    const { page, close } = await visit(built.browser, built.server, '/data/');
    expect(await page.locator('a[href="/data/meetings.json"]').count()).toBe(1);
    const file = await download(page, '/data/meetings.json');
    expect(file.status).toBe(200);
    const doc = JSON.parse(file.text) as { events: Record<string, any>[] };
    expect(doc.events).toHaveLength(content.meetings.length);
    for (const event of doc.events) {
      const meeting = content.meetings.find((m) => m.id === event.extras.id)!;
      const m = meeting.data;
      expect(event).toMatchObject({ classification: expect.any(String), name: expect.any(String), status: { scheduled: 'confirmed', held: 'passed', cancelled: 'cancelled' }[m.status] });
      expect(event.start_date.startsWith(m.date), meeting.id).toBe(true);
      expect(event.sources[0].url).toBe(new URL(`/meetings/${meeting.id}/`, site.site_url).href);
      // Host plus one participant per attendee, each with a note; a person only when they hold public office.
      expect(event.participants).toHaveLength(m.attendance.length + 1);
      for (const p of event.participants) expect(p.note, meeting.id).toBeTruthy();
      expect(event.participants.filter((p: { type: string }) => p.type === 'person').map((p: { name: string }) => p.name).sort()).toEqual(
        m.attendance.filter((a) => a.public_office_holder && a.name).map((a) => a.name).sort(),
      );
      const related = event.agenda.flatMap((a: { related_entities: { id: string }[] }) => a.related_entities.map((r) => r.id));
      expect(related.sort()).toEqual(m.decisions.filter((d) => d.item).map((d) => d.id).sort());
      expect(event.documents).toHaveLength(m.documents.length);
      expect([...event.extras.grant_ids].sort()).toEqual(content.grants.filter((g) => g.data.meeting === meeting.id && g.data.decision).map((g) => g.data.grant_id).sort());
      expect(event.extras.declarations).toHaveLength(m.declarations.length);
      expect(event.extras.actions).toHaveLength(m.actions.length);
    }
    await close();
  });
});

describe('schema.org', () => {
  test('every meeting page carries an Event with its start date and status', async () => {
    const { page, go, close } = await visit(built.browser, built.server, '/meetings/');
    for (const meeting of content.meetings) {
      await go(`/meetings/${meeting.id}/`);
      const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
      const events = blocks.map((b) => JSON.parse(b)).filter((j) => j['@type'] === 'Event');
      expect(events, meeting.id).toHaveLength(1);
      expect(events[0].startDate.startsWith(meeting.data.date)).toBe(true);
      expect(events[0].eventStatus).toBe(`https://schema.org/${meeting.data.status === 'cancelled' ? 'EventCancelled' : 'EventScheduled'}`);
      expect(events[0].url).toBe(new URL(`/meetings/${meeting.id}/`, site.site_url).href);
    }
    await close();
  });
});
