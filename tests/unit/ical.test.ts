/**
 * The meetings calendar, read back with ical.js: a different library from the one
 * that writes it, so the test checks the file, not the generator's own idea of it.
 */
import ICAL from 'ical.js';
import { afterEach, describe, expect, it } from 'vitest';
import { meetingsCalendar, meetingUid } from '../../src/lib/ical';
import { SITE, board, meeting } from './meeting-entries';

const boards = [board('board-a', 'Partnership Board', { short_name: 'Partnership' })];
const meetings = [
  meeting('summer', { date: '2026-06-17', start_time: '14:00', end_time: '16:30', venue: { name: 'Hall; upstairs, room 2', postcode: 'NW9 7BW' } }),
  meeting('winter', { date: '2026-12-03', start_time: '18:30', end_time: '20:00', status: 'scheduled', online_url: 'https://meet.example.org/x' }),
  meeting('called-off', { date: '2027-01-20', status: 'cancelled' }),
];
const options = { name: 'Meetings', description: 'All meetings', stamp: '2026-11-24', path: '/data/meetings.ics' };

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  // Register the file's own VTIMEZONE so times resolve through it, as a calendar app does.
  for (const tz of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(tz));
  const events = calendar.getAllSubcomponents('vevent').map((v) => ({ v, e: new ICAL.Event(v) }));
  return { calendar, events };
}

const originalTz = process.env.TZ;
afterEach(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
  ICAL.TimezoneService.reset();
});

describe('the meetings calendar', () => {
  const text = meetingsCalendar(meetings, boards, SITE, options);

  it('is one VCALENDAR, version 2.0, with a PRODID and one event per meeting', () => {
    const { calendar, events } = parse(text);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toContain('Open Example');
    expect(events).toHaveLength(meetings.length);
  });

  it('ends every line with CRLF and folds none longer than 75 octets', () => {
    const lines = text.split('\r\n');
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  });

  it('gives each meeting a UID built from its id and the site host, the same on every build', () => {
    const { events } = parse(text);
    expect(events.map(({ e }) => e.uid).sort()).toEqual(['called-off', 'summer', 'winter'].map((id) => meetingUid(id, SITE.site_url)).sort());
    expect(meetingUid('summer', SITE.site_url)).toBe('meeting-summer@open.example.org');
    expect(meetingsCalendar(meetings, boards, SITE, options)).toBe(text);
  });

  it('writes times on the UK clock with TZID Europe/London and a matching VTIMEZONE', () => {
    const { calendar, events } = parse(text);
    expect(calendar.getAllSubcomponents('vtimezone').map((tz) => tz.getFirstPropertyValue('tzid'))).toEqual(['Europe/London']);
    const summer = events.find(({ e }) => e.uid.startsWith('meeting-summer'))!;
    expect(summer.v.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Europe/London');
    // 14:00 in June is British Summer Time: 13:00 UTC. 18:30 in December is GMT: 18:30 UTC.
    expect(summer.e.startDate.toJSDate().toISOString()).toBe('2026-06-17T13:00:00.000Z');
    expect(summer.e.endDate.toJSDate().toISOString()).toBe('2026-06-17T15:30:00.000Z');
    const winter = events.find(({ e }) => e.uid.startsWith('meeting-winter'))!;
    expect(winter.e.startDate.toJSDate().toISOString()).toBe('2026-12-03T18:30:00.000Z');
  });

  it('stamps every event in UTC, as RFC 5545 requires of DTSTAMP', () => {
    expect(text).toMatch(/^DTSTAMP:20261124T000000Z$/m);
    expect(text).not.toMatch(/^DTSTAMP:\d{8}T\d{6}$/m);
  });

  it('writes the same file whatever time zone the build machine is in', () => {
    process.env.TZ = 'America/New_York';
    const elsewhere = meetingsCalendar(meetings, boards, SITE, options);
    process.env.TZ = 'Asia/Tokyo';
    const further = meetingsCalendar(meetings, boards, SITE, options);
    expect(elsewhere).toBe(text);
    expect(further).toBe(text);
  });

  it('marks a cancelled meeting CANCELLED and keeps it, and a meeting with no time as a whole day', () => {
    const { events } = parse(text);
    const cancelled = events.find(({ e }) => e.uid.startsWith('meeting-called-off'))!;
    expect(cancelled.v.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(cancelled.e.summary).toMatch(/^Cancelled: /);
    expect(cancelled.e.startDate.isDate).toBe(true);
    expect(cancelled.e.startDate.toString()).toBe('2027-01-20');
  });

  it('keeps commas and semicolons in a place name, and links to the meeting page', () => {
    const { events } = parse(text);
    const summer = events.find(({ e }) => e.uid.startsWith('meeting-summer'))!;
    expect(summer.e.location).toBe('Hall; upstairs, room 2, NW9 7BW');
    expect(summer.v.getFirstPropertyValue('url')).toBe('https://open.example.org/meetings/summer/');
    const winter = events.find(({ e }) => e.uid.startsWith('meeting-winter'))!;
    expect(winter.e.location).toBe('Online');
    expect(winter.e.description).toContain('https://meet.example.org/x');
  });

  it('is still a valid calendar with no meetings', () => {
    const { calendar, events } = parse(meetingsCalendar([], boards, SITE, options));
    expect(calendar.name).toBe('vcalendar');
    expect(events).toEqual([]);
  });
});
