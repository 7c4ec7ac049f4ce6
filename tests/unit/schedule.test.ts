/** Opening times laid out as a week: Monday first, several sessions a day in order. */
import { describe, expect, it } from 'vitest';
import { formatSession, formatTime, sessionsByDay } from '../../src/lib/schedule';

describe('sessions by day', () => {
  it('orders days Monday first and sessions within a day by start time', () => {
    const days = sessionsByDay([
      { day: 'sunday', opens: '10:00', closes: '12:00' },
      { day: 'monday', opens: '17:00', closes: '19:00', note: 'term time' },
      { day: 'monday', opens: '09:00', closes: '12:00' },
    ]);
    expect(days.map((d) => [d.label, d.sessions.map((s) => s.opens)])).toEqual([
      ['Monday', ['09:00', '17:00']],
      ['Sunday', ['10:00']],
    ]);
  });
  it('leaves out days with no sessions', () => {
    expect(sessionsByDay([])).toEqual([]);
  });
});

describe('times', () => {
  it('writes times the GOV.UK way', () => {
    expect(['09:00', '09:30', '12:00', '12:15', '17:00', '00:00'].map(formatTime)).toEqual(['9am', '9:30am', 'midday', '12:15pm', '5pm', 'midnight']);
  });
  it('reads a session as "from to"', () => {
    expect(formatSession({ opens: '10:00', closes: '14:30' })).toBe('10am to 2:30pm');
  });
});
