import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../src/schemas/meeting';
import type { Board } from '../../src/schemas/board';
import { jsonForScript } from '../../src/lib/json-ld';
import {
  actionState,
  attendanceGroups,
  buildDate,
  byBoardAndYear,
  meetingEvent,
  londonOffset,
  minutesApprovedHere,
  openActions,
  placeLine,
  zonedDateTime,
  publicName,
  splitByDate,
  type MeetingItem,
} from '../../src/lib/meetings';

function meeting(id: string, over: Partial<Meeting> = {}): MeetingItem {
  return {
    id,
    data: { board: 'board-a', date: '2021-06-10', status: 'held', minutes_status: 'none', attendance: [], declarations: [], agenda: [], decisions: [], actions: [], documents: [], demo: false, ...over },
  };
}
const action = (id: string, due: string | undefined, status: 'open' | 'done' | 'cancelled' = 'open') => ({ id, text: 'Do it', owner_role: 'Officer', due, status });

describe('overdue actions', () => {
  const today = '2026-11-24';

  it('is overdue when open and due before the date it is computed on', () => {
    expect(actionState(action('a', '2026-11-23'), today)).toBe('overdue');
  });

  it('is not overdue on its due date, when done, or with no due date', () => {
    expect(actionState(action('a', '2026-11-24'), today)).toBe('open');
    expect(actionState(action('a', '2020-01-01', 'done'), today)).toBe('done');
    expect(actionState(action('a', undefined), today)).toBe('open');
  });

  it('gives a different answer on a different date', () => {
    expect(actionState(action('a', '2026-11-30'), today)).toBe('open');
    expect(actionState(action('a', '2026-11-30'), '2026-12-01')).toBe('overdue');
  });

  it('lists open and overdue actions across meetings, soonest due first, without done ones', () => {
    const meetings = [
      meeting('m1', { actions: [action('a1', '2026-12-10'), action('a2', '2026-01-05', 'done')] }),
      meeting('m2', { actions: [action('b1', '2026-02-01'), action('b2', undefined)] }),
    ];
    expect(openActions(meetings, today).map((a) => [a.action.id, a.state])).toEqual([
      ['b1', 'overdue'],
      ['a1', 'open'],
      ['b2', 'open'],
    ]);
  });
});

describe('build date', () => {
  it('uses BUILD_DATE when given so results can be reproduced', () => {
    expect(buildDate({ BUILD_DATE: '2025-01-31' })).toBe('2025-01-31');
  });
  it('otherwise uses today in UTC', () => {
    expect(buildDate({}, new Date('2026-03-05T23:30:00Z'))).toBe('2026-03-05');
  });
  it('refuses a BUILD_DATE not written YYYY-MM-DD', () => {
    expect(() => buildDate({ BUILD_DATE: '31/01/2025' })).toThrow(/YYYY-MM-DD/);
  });
});

describe('meeting lists', () => {
  const meetings = [meeting('old', { date: '2021-03-01' }), meeting('today', { date: '2026-11-24', status: 'scheduled' }), meeting('next', { date: '2027-01-10', status: 'scheduled' }), meeting('b', { board: 'board-b', date: '2022-05-05' })];

  it('splits upcoming (from today, soonest first) from past (newest first)', () => {
    const { upcoming, past } = splitByDate(meetings, '2026-11-24');
    expect(upcoming.map((m) => m.id)).toEqual(['today', 'next']);
    expect(past.map((m) => m.id)).toEqual(['b', 'old']);
  });

  it('groups by board in the boards’ order, then by year newest first', () => {
    const boards = [{ id: 'board-b', data: { name: 'B' } as Board }, { id: 'board-a', data: { name: 'A' } as Board }, { id: 'empty', data: { name: 'E' } as Board }];
    const groups = byBoardAndYear(meetings, boards);
    expect(groups.map((g) => [g.board.id, g.years.map((y) => y.year)])).toEqual([
      ['board-b', ['2022']],
      ['board-a', ['2027', '2026', '2021']],
    ]);
  });
});

describe('people at meetings', () => {
  it('groups attendance present, apologies, in attendance and leaves out empty groups', () => {
    const groups = attendanceGroups([
      { role: 'Officer', organisation_name: 'Council', attendance: 'in-attendance', public_office_holder: false },
      { role: 'Chair', organisation_name: 'Council', attendance: 'present', public_office_holder: true, name: 'Cllr A' },
    ]);
    expect(groups.map((g) => [g.label, g.people.length])).toEqual([
      ['Present', 1],
      ['In attendance', 1],
    ]);
  });

  it('publishes a name only for a public office holder', () => {
    expect(publicName({ name: 'Cllr A', public_office_holder: true })).toBe('Cllr A');
    expect(publicName({ name: 'Someone', public_office_holder: false })).toBeUndefined();
  });
});

describe('schema.org Event', () => {
  it('gives the UK offset for summer and winter times', () => {
    expect(londonOffset('2021-06-10', '18:30')).toBe('+01:00');
    expect(londonOffset('2021-12-10', '18:30')).toBe('+00:00');
  });

  it('escapes "<" so text in an entry cannot close the script element', () => {
    const json = jsonForScript(meetingEvent(meeting('m').data, 'Board </script><script>alert(1)</script>', 'https://x.example.org/m/', 'Council'));
    expect(json).not.toContain('<');
    expect(JSON.parse(json).name).toBe('Board </script><script>alert(1)</script>');
  });

  it('describes the meeting with its time, place and status', () => {
    const data = meeting('m', { start_time: '18:30', end_time: '20:00', venue: { name: 'Hendon Town Hall' }, status: 'cancelled' }).data;
    const event = meetingEvent(data, 'Board', 'https://x.example.org/m/', 'Council');
    expect(event).toMatchObject({
      '@type': 'Event',
      startDate: '2021-06-10T18:30:00+01:00',
      endDate: '2021-06-10T20:00:00+01:00',
      eventStatus: 'https://schema.org/EventCancelled',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: { '@type': 'Place', name: 'Hendon Town Hall' },
    });
  });
});

describe('minutes, places and times', () => {
  it('finds the meetings whose minutes were approved at a meeting, oldest first', () => {
    const meetings = [
      meeting('later', { date: '2026-03-01', minutes_status: 'approved', minutes_approved_at: 'approver' }),
      meeting('earlier', { date: '2026-01-01', minutes_status: 'approved', minutes_approved_at: 'approver' }),
      meeting('other', { minutes_status: 'approved', minutes_approved_at: 'elsewhere' }),
      meeting('approver', { date: '2026-06-01' }),
    ];
    expect(minutesApprovedHere('approver', meetings).map((m) => m.id)).toEqual(['earlier', 'later']);
    expect(minutesApprovedHere('other', meetings)).toEqual([]);
  });

  it('writes the place as one line, or "Online" for an online-only meeting', () => {
    expect(placeLine(meeting('m', { venue: { name: 'Hall', address: '1 High St', postcode: 'N3 1AB' } }).data)).toBe('Hall, 1 High St, N3 1AB');
    expect(placeLine(meeting('m', { online_url: 'https://meet.example.org/' }).data)).toBe('Online');
    expect(placeLine(meeting('m').data)).toBeUndefined();
  });

  it('writes a date and time with the UK offset of that day, or the date alone', () => {
    expect(zonedDateTime('2026-06-17', '14:00')).toBe('2026-06-17T14:00:00+01:00');
    expect(zonedDateTime('2026-01-21', '14:00')).toBe('2026-01-21T14:00:00+00:00');
    expect(zonedDateTime('2026-01-21', undefined)).toBe('2026-01-21');
  });

  it('links the schema.org Event to its organiser', () => {
    const event = meetingEvent(meeting('m').data, 'Board', 'https://x.example.org/m/', 'Board', 'https://x.example.org/boards/b/');
    expect(event.organizer).toEqual({ '@type': 'Organization', name: 'Board', url: 'https://x.example.org/boards/b/' });
    expect(event['@id']).toBe('https://x.example.org/m/');
  });
});
