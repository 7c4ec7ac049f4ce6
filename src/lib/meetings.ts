/**
 * What the meeting pages derive from meeting entries: upcoming against past,
 * grouping by board and year, attendance by kind, how people are named, and
 * which actions are overdue on a given date.
 */
import type { Board } from '../schemas/board';
import type { Meeting, MeetingAction } from '../schemas/meeting';

export interface Item<T> {
  id: string;
  data: T;
}
export type MeetingItem = Item<Meeting>;
export type BoardItem = Item<Board>;

/**
 * The date the site was built, YYYY-MM-DD (UTC). Overdue actions and upcoming
 * meetings are computed against it, and pages say so. BUILD_DATE overrides it
 * so a test or a rebuild of an old state gets the same answer.
 */
export function buildDate(env: Record<string, string | undefined> = process.env, now: Date = new Date()): string {
  const given = env.BUILD_DATE;
  if (given) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(given)) throw new Error(`BUILD_DATE must be written YYYY-MM-DD; it is "${given}"`);
    return given;
  }
  return now.toISOString().slice(0, 10);
}

export const MEETING_STATUS_LABELS: Record<Meeting['status'], string> = { scheduled: 'Scheduled', held: 'Held', cancelled: 'Cancelled' };
export const MINUTES_STATUS_LABELS: Record<Meeting['minutes_status'], string> = {
  none: 'No minutes yet',
  draft: 'Draft minutes (not yet approved)',
  approved: 'Minutes approved',
};
export const OUTCOME_LABELS: Record<Meeting['decisions'][number]['outcome'], string> = {
  agreed: 'Agreed',
  'agreed-with-changes': 'Agreed with changes',
  deferred: 'Deferred',
  rejected: 'Rejected',
  noted: 'Noted',
};

/** The meeting's name: its own title, else the board's. */
export function meetingName(meeting: Meeting, board: Board | undefined): string {
  return meeting.title ?? board?.name ?? meeting.board;
}

/** Upcoming meetings (on or after the date) soonest first; past ones newest first. */
export function splitByDate(meetings: readonly MeetingItem[], today: string) {
  const key = (m: MeetingItem) => `${m.data.date} ${m.data.start_time ?? ''} ${m.id}`;
  return {
    upcoming: meetings.filter((m) => m.data.date >= today).sort((a, b) => key(a).localeCompare(key(b))),
    past: meetings.filter((m) => m.data.date < today).sort((a, b) => key(b).localeCompare(key(a))),
  };
}

/** Meetings grouped by board (in the boards' order), then by year, newest first. */
export function byBoardAndYear(meetings: readonly MeetingItem[], boards: readonly BoardItem[]) {
  return boards
    .map((board) => {
      const own = meetings.filter((m) => m.data.board === board.id);
      const years = [...new Set(own.map((m) => m.data.date.slice(0, 4)))].sort().reverse();
      return {
        board,
        years: years.map((year) => ({
          year,
          meetings: own.filter((m) => m.data.date.startsWith(year)).sort((a, b) => b.data.date.localeCompare(a.data.date)),
        })),
      };
    })
    .filter((group) => group.years.length > 0);
}

type Attendee = Meeting['attendance'][number];
export const ATTENDANCE_LABELS: Record<Attendee['attendance'], string> = { present: 'Present', apologies: 'Apologies', 'in-attendance': 'In attendance' };

/** Attendance grouped present, apologies, in attendance; empty groups left out. */
export function attendanceGroups(attendance: readonly Attendee[]) {
  return (Object.keys(ATTENDANCE_LABELS) as Attendee['attendance'][])
    .map((kind) => ({ kind, label: ATTENDANCE_LABELS[kind], people: attendance.filter((a) => a.attendance === kind) }))
    .filter((group) => group.people.length > 0);
}

/** A person's name, published only for a public office holder; otherwise undefined. */
export function publicName(person: { name?: string; public_office_holder: boolean }): string | undefined {
  return person.public_office_holder ? person.name : undefined;
}

export type ActionState = 'overdue' | 'open' | 'done' | 'cancelled';
export const ACTION_STATE_LABELS: Record<ActionState, string> = { overdue: 'Overdue', open: 'Open', done: 'Done', cancelled: 'Cancelled' };

/** An action is overdue when still open and its due date is before the given date. */
export function actionState(action: MeetingAction, today: string): ActionState {
  if (action.status === 'open' && action.due && action.due < today) return 'overdue';
  return action.status;
}

export interface TrackedAction {
  meeting: MeetingItem;
  action: MeetingAction;
  state: ActionState;
}

/** Every action across the meetings with its state on the date; open and overdue ones, soonest due first. */
export function openActions(meetings: readonly MeetingItem[], today: string): TrackedAction[] {
  return meetings
    .flatMap((meeting) => meeting.data.actions.map((action) => ({ meeting, action, state: actionState(action, today) })))
    .filter((a) => a.state === 'open' || a.state === 'overdue')
    .sort((a, b) => (a.action.due ?? '9999').localeCompare(b.action.due ?? '9999') || a.action.id.localeCompare(b.action.id));
}

/** Every decision of the meetings, newest meeting first, with the meeting it belongs to. */
export function decisionsOf(meetings: readonly MeetingItem[]) {
  return [...meetings]
    .sort((a, b) => b.data.date.localeCompare(a.data.date))
    .flatMap((meeting) => meeting.data.decisions.map((decision) => ({ meeting, decision })));
}

/** The board a meeting belongs to, if it is listed. */
export function boardOf(meeting: MeetingItem, boards: readonly BoardItem[]): BoardItem | undefined {
  return boards.find((b) => b.id === meeting.data.board);
}

/** The meetings whose minutes were approved at this one, oldest first. */
export function minutesApprovedHere(meetingId: string, meetings: readonly MeetingItem[]): MeetingItem[] {
  return meetings.filter((m) => m.data.minutes_approved_at === meetingId).sort((a, b) => a.data.date.localeCompare(b.data.date));
}

/** Where a meeting takes place, as one line: venue, address and postcode; "Online" when it has only a link. */
export function placeLine(meeting: Meeting): string | undefined {
  if (meeting.venue) return [meeting.venue.name, meeting.venue.address, meeting.venue.postcode].filter(Boolean).join(', ');
  return meeting.online_url ? 'Online' : undefined;
}

/**
 * A date and time on the UK clock written with its offset, e.g. "2026-06-17T14:00:00+01:00",
 * or just the date when no time is given. Feeds and schema.org want an unambiguous instant.
 */
export function zonedDateTime(date: string, time: string | undefined): string {
  return time ? `${date}T${time}:00${londonOffset(date, time)}` : date;
}

/** schema.org Event for a meeting; put it on the page with jsonForScript (json-ld.ts). */
export function meetingEvent(meeting: Meeting, name: string, url: string, organiser: string, organiserUrl?: string) {
  const status = { scheduled: 'EventScheduled', held: 'EventScheduled', cancelled: 'EventCancelled' }[meeting.status];
  const places = [
    meeting.venue && { '@type': 'Place', name: meeting.venue.name, address: [meeting.venue.address, meeting.venue.postcode].filter(Boolean).join(', ') || undefined },
    meeting.online_url && { '@type': 'VirtualLocation', url: meeting.online_url },
  ].filter(Boolean);
  const event = {
    '@context': 'https://schema.org',
    '@type': 'Event',
    '@id': url,
    name,
    url,
    description: `${name}: attendance, declarations of interest, agenda and minutes, decisions and actions.`,
    startDate: zonedDateTime(meeting.date, meeting.start_time),
    endDate: meeting.end_time ? zonedDateTime(meeting.date, meeting.end_time) : undefined,
    eventStatus: `https://schema.org/${status}`,
    eventAttendanceMode: `https://schema.org/${meeting.venue && meeting.online_url ? 'Mixed' : meeting.online_url ? 'Online' : 'Offline'}EventAttendanceMode`,
    location: places.length === 1 ? places[0] : places.length ? places : undefined,
    organizer: { '@type': 'Organization', name: organiser, url: organiserUrl },
  };
  return event;
}

/** The UK clock's offset from UTC on a date and time, "+00:00" (GMT) or "+01:00" (BST). */
export function londonOffset(date: string, time: string): string {
  const instant = new Date(`${date}T${time}:00Z`);
  const name = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', timeZoneName: 'longOffset' })
    .formatToParts(instant)
    .find((p) => p.type === 'timeZoneName')?.value;
  const offset = name?.replace('GMT', '') || '+00:00';
  return offset;
}
