/**
 * The items of /feed.xml: each meeting as it is announced or held, each decision,
 * and each set of minutes once approved. Every item has its own page address
 * (a decision's is its anchor in the minutes), which is also its stable guid.
 * Dates: a meeting and its decisions are dated the day of the meeting; approved
 * minutes the day of the meeting that approved them. Newest first, at most FEED_LIMIT.
 */
import { formatDate, formatMoney, plural } from './format';
import type { DecisionRow } from './decisions';
import { MEETING_STATUS_LABELS, OUTCOME_LABELS, boardOf, meetingName, type BoardItem, type MeetingItem } from './meetings';
import { urls } from './urls';

export type FeedKind = 'meeting' | 'decision' | 'minutes';

/** The newest items a feed carries: readers poll it for what is new, and the full record is on the site. */
export const FEED_LIMIT = 200;

export interface FeedItem {
  kind: FeedKind;
  title: string;
  /** Absolute address of the item's page or anchor. */
  link: string;
  pubDate: Date;
  description: string;
  categories: string[];
}

/** Text cut at a word to at most max characters, with an ellipsis when cut. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}

/** Noon UTC on the day: the same calendar day in the UK whatever the season. */
const onDay = (date: string) => new Date(`${date}T12:00:00Z`);

export function feedItems(meetings: readonly MeetingItem[], boards: readonly BoardItem[], decisions: readonly DecisionRow[], siteUrl: string, limit = FEED_LIMIT): FeedItem[] {
  const abs = (path: string) => new URL(path, siteUrl).href;
  const nameOf = (m: MeetingItem) => meetingName(m.data, boardOf(m, boards)?.data);
  const boardLabel = (m: MeetingItem) => boardOf(m, boards)?.data.name ?? m.data.board;

  const meetingItems = meetings.map(
    (m): FeedItem => ({
      kind: 'meeting',
      title: `${m.data.status === 'cancelled' ? 'Cancelled: ' : ''}${nameOf(m)}, ${formatDate(m.data.date)}`,
      link: abs(urls.meeting(m.id)),
      pubDate: onDay(m.data.date),
      description: `${MEETING_STATUS_LABELS[m.data.status]} meeting of the ${boardLabel(m)} on ${formatDate(m.data.date)}${m.data.start_time ? ` at ${m.data.start_time}` : ''}.`,
      categories: ['Meeting', boardLabel(m)],
    }),
  );

  const decisionItems = decisions.map(
    (d): FeedItem => ({
      kind: 'decision',
      title: `${OUTCOME_LABELS[d.decision.outcome]}: ${shorten(d.decision.text, 120)}`,
      link: abs(urls.decision(d.meeting.id, d.decision.id)),
      pubDate: onDay(d.meeting.data.date),
      description: `Decision ${d.decision.id}. ${d.decision.text}${d.movedMoney ? ` Awards made: ${formatMoney(d.total.amount)} in ${plural(d.total.count, 'award')}.` : ''} Decided at ${nameOf(d.meeting)} on ${formatDate(d.meeting.data.date)}.`,
      categories: ['Decision', boardLabel(d.meeting)],
    }),
  );

  const byId = new Map(meetings.map((m) => [m.id, m]));
  const minutesItems = meetings
    .filter((m) => m.data.minutes_status === 'approved')
    .map((m): FeedItem => {
      const approvedAt = m.data.minutes_approved_at ? byId.get(m.data.minutes_approved_at) : undefined;
      return {
        kind: 'minutes',
        title: `Minutes approved: ${nameOf(m)}, ${formatDate(m.data.date)}`,
        link: abs(urls.minutesStatus(m.id)),
        pubDate: onDay(approvedAt?.data.date ?? m.data.date),
        description: `The minutes of the ${boardLabel(m)} meeting on ${formatDate(m.data.date)} were approved${approvedAt ? ` at the meeting on ${formatDate(approvedAt.data.date)}` : ''}.`,
        categories: ['Minutes', boardLabel(m)],
      };
    });

  const order: Record<FeedKind, number> = { minutes: 0, decision: 1, meeting: 2 };
  return [...meetingItems, ...decisionItems, ...minutesItems]
    .sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime() || order[a.kind] - order[b.kind] || a.link.localeCompare(b.link))
    .slice(0, limit);
}
