/**
 * Meetings as an iCalendar feed (RFC 5545), written by ical-generator so line
 * folding, escaping and the VTIMEZONE are a library's job, not ours.
 * Times are on the UK clock (TZID Europe/London) as the minutes record them;
 * each event's UID is built from the meeting id and the site's host, so a
 * calendar that subscribes sees an update, never a duplicate, after a rebuild.
 */
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { MEETING_STATUS_LABELS, MINUTES_STATUS_LABELS, boardOf, meetingName, placeLine, type BoardItem, type MeetingItem } from './meetings';
import { urls } from './urls';

/** Every meeting here is in the UK; an area elsewhere in the UK keeps the same zone. */
export const TIME_ZONE = 'Europe/London';

export interface CalendarSite {
  site_url: string;
  site_name: string;
}

export interface CalendarOptions {
  /** The calendar's name, shown by calendar apps (X-WR-CALNAME). */
  name: string;
  description: string;
  /** The build date, YYYY-MM-DD: every event's DTSTAMP, so a rebuild of the same content gives the same file. */
  stamp: string;
  /** The feed's own path, e.g. /data/meetings.ics. */
  path: string;
}

/** A meeting's UID: stable for as long as its id (its file name) does not change. */
export function meetingUid(meetingId: string, siteUrl: string): string {
  return `meeting-${meetingId}@${new URL(siteUrl).host}`;
}

/** "2026-06-17" and "14:00" → the wall-clock time ical-generator writes out under the event's TZID. */
function wallClock(date: string, time: string): string {
  // A string without an offset is read as local time and written back from the local
  // fields, so the digits reach the file unchanged whatever zone the build machine is in.
  return `${date}T${time}:00`;
}

export function meetingsCalendar(meetings: readonly MeetingItem[], boards: readonly BoardItem[], site: CalendarSite, options: CalendarOptions): string {
  const calendar = ical({
    name: options.name,
    description: options.description,
    prodId: { company: site.site_name, product: 'Meetings', language: 'EN' },
    method: ICalCalendarMethod.PUBLISH,
    url: new URL(options.path, site.site_url).href,
    // The generator writes a VTIMEZONE for every TZID the events use. The calendar itself is
    // given no zone name: with one, ical-generator writes DTSTAMP as local time without "Z",
    // which RFC 5545 (3.8.7.2) forbids, and adds a non-standard TIMEZONE-ID property.
    timezone: { name: '', generator: (tz) => (tz ? getVtimezoneComponent(tz) : null) },
  });
  const ordered = [...meetings].sort((a, b) => `${a.data.date} ${a.data.start_time ?? ''} ${a.id}`.localeCompare(`${b.data.date} ${b.data.start_time ?? ''} ${b.id}`));
  for (const meeting of ordered) {
    const m = meeting.data;
    const board = boardOf(meeting, boards);
    const name = meetingName(m, board?.data);
    const page = new URL(urls.meeting(meeting.id), site.site_url).href;
    const timed = m.start_time !== undefined;
    calendar.createEvent({
      id: meetingUid(meeting.id, site.site_url),
      stamp: new Date(`${options.stamp}T00:00:00Z`),
      summary: m.status === 'cancelled' ? `Cancelled: ${name}` : name,
      description: [
        board && board.data.name !== name ? board.data.name : undefined,
        `${MEETING_STATUS_LABELS[m.status]}. ${MINUTES_STATUS_LABELS[m.minutes_status]}.`,
        m.online_url ? `Join or watch online: ${m.online_url}` : undefined,
        `Agenda, minutes, decisions and actions: ${page}`,
      ]
        .filter(Boolean)
        .join('\n'),
      location: placeLine(m) ?? null,
      url: page,
      status: m.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      categories: board ? [{ name: board.data.short_name ?? board.data.name }] : [],
      ...(timed
        ? { start: wallClock(m.date, m.start_time!), end: m.end_time ? wallClock(m.date, m.end_time) : null, timezone: TIME_ZONE }
        : { start: m.date, allDay: true }),
    });
  }
  return calendar.toString();
}
