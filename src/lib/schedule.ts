/**
 * Regular sessions (a day, opening and closing times) laid out the way people
 * read a timetable: Monday first, each day once, several sessions a day in time order.
 */
import { DAYS } from '../schemas/organisation';

export interface Session {
  day: (typeof DAYS)[number];
  opens: string;
  closes: string;
  note?: string;
}

const DAY_LABELS: Record<Session['day'], string> = {
  monday: 'Monday',
  tuesday: 'Tuesday',
  wednesday: 'Wednesday',
  thursday: 'Thursday',
  friday: 'Friday',
  saturday: 'Saturday',
  sunday: 'Sunday',
};

/** One entry per day that has sessions, in week order, sessions sorted by start time. */
export function sessionsByDay(sessions: Session[]): { day: Session['day']; label: string; sessions: Session[] }[] {
  return DAYS.map((day) => ({
    day,
    label: DAY_LABELS[day],
    sessions: sessions.filter((s) => s.day === day).sort((a, b) => a.opens.localeCompare(b.opens)),
  })).filter((d) => d.sessions.length > 0);
}

/** "9am", "5:30pm", "midday", "midnight" from 24-hour "HH:MM" (GOV.UK style). */
export function formatTime(hhmm: string): string {
  const [h, m] = hhmm.split(':').map(Number);
  if (m === 0 && h === 12) return 'midday';
  if (m === 0 && h === 0) return 'midnight';
  const hour12 = h % 12 === 0 ? 12 : h % 12;
  const minutes = m === 0 ? '' : `:${String(m).padStart(2, '0')}`;
  return `${hour12}${minutes}${h < 12 ? 'am' : 'pm'}`;
}

/** "9am to midday". */
export function formatSession(s: Pick<Session, 'opens' | 'closes'>): string {
  return `${formatTime(s.opens)} to ${formatTime(s.closes)}`;
}
