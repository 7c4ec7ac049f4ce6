/**
 * What needs an editor's attention, for /editors/: entries not checked for a
 * while, entries missing details residents rely on, organisations that cannot be
 * shown on the map, grants with no deciding meeting, and draft minutes left
 * unapproved. Each item names the entry, says why in plain words and knows its
 * CMS edit screen, so the list is a to-do list, not a report.
 */
import type { Board } from '../schemas/board';
import type { Covenant } from '../schemas/covenant';
import type { CrowdfundProject } from '../schemas/crowdfund';
import type { Fund } from '../schemas/fund';
import type { Grant } from '../schemas/grant';
import type { Meeting } from '../schemas/meeting';
import type { Organisation } from '../schemas/organisation';
import type { Page } from '../schemas/page';
import { formatDate } from './format';
import { monthsBetween, reviewFreshness } from './freshness';
import { urls } from './urls';

interface Item<T> {
  id: string;
  data: T;
  body: string;
}

export interface AttentionContent {
  organisations: Item<Organisation>[];
  funds: Item<Fund>[];
  grants: Item<Grant>[];
  crowdfund: Item<CrowdfundProject>[];
  boards: Item<Board>[];
  meetings: Item<Meeting>[];
  covenant: Item<Covenant>[];
  pages: Item<Page>[];
}

/** A collection as admin/config.yml names it (the CMS's address uses it). */
export type CmsCollection = keyof AttentionContent;

export interface AttentionItem {
  collection: CmsCollection;
  id: string;
  /** The entry's name or title. */
  title: string;
  /** Why it is listed, in plain words. */
  reason: string;
  /** The entry's page on the site. */
  page: string;
  /** Its edit screen in the CMS. */
  edit: string;
  /** For sorting: how long it has waited, in months (0 when age does not apply). */
  months: number;
}

export interface Attention {
  overdue: AttentionItem[];
  missing: AttentionItem[];
  notOnMap: AttentionItem[];
  grantsWithoutMeeting: AttentionItem[];
  draftMinutes: AttentionItem[];
}

/** The CMS screen that edits one entry. */
export const cmsEditUrl = (collection: CmsCollection, id: string) => `/admin/#/collections/${collection}/entries/${id}`;

/** Draft minutes older than this are listed: a board normally approves them at its next meeting. */
export const DRAFT_MINUTES_MONTHS = 1;

const item = (collection: CmsCollection, id: string, title: string, page: string, reason: string, months = 0): AttentionItem => ({
  collection,
  id,
  title,
  reason,
  page,
  edit: cmsEditUrl(collection, id),
  months,
});

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;
const byAgeThenTitle = (a: AttentionItem, b: AttentionItem) => b.months - a.months || a.title.localeCompare(b.title, 'en-GB');
const byTitle = (a: AttentionItem, b: AttentionItem) => a.title.localeCompare(b.title, 'en-GB') || a.reason.localeCompare(b.reason);

/** Entries whose last check is at least `warn_after_months` old, oldest first. */
function overdue(content: AttentionContent, review: { warn_after_months: number; stale_after_months: number }, today: string): AttentionItem[] {
  const items: AttentionItem[] = [];
  const age = (date: string) => reviewFreshness(date, today, review);
  for (const { id, data } of content.organisations) {
    // A closed organisation stays listed for its funding record; nobody visits it.
    if (data.status === 'closed') continue;
    const { level, months } = age(data.last_reviewed);
    if (level !== 'current')
      items.push(item('organisations', id, data.name, urls.organisation(id), `last checked ${plural(months, 'month')} ago, on ${formatDate(data.last_reviewed)}${level === 'stale' ? ': the page now warns it may be out of date' : ''}`, months));
  }
  for (const { id, data } of content.pages) {
    if (!data.updated) continue; // listed under missing details instead
    const { level, months } = age(data.updated);
    if (level !== 'current') items.push(item('pages', id, data.title, urls.page(id), `last checked ${plural(months, 'month')} ago, on ${formatDate(data.updated)}`, months));
  }
  for (const { id, data } of content.covenant)
    for (const c of data.commitments) {
      if (c.status === 'done') continue;
      const { level, months } = age(c.updated);
      if (level !== 'current')
        items.push(item('covenant', id, data.title, `${urls.covenant()}#commitment-${c.id}`, `commitment "${c.title}" last updated ${plural(months, 'month')} ago, on ${formatDate(c.updated)}`, months));
    }
  return items.sort(byAgeThenTitle);
}

/** Details that are optional for the build but that residents, funders or reviewers rely on. */
function missing(content: AttentionContent, meetingName: (id: string) => string): AttentionItem[] {
  const items: AttentionItem[] = [];
  for (const { id, data, body } of content.organisations) {
    if (data.status === 'closed') continue;
    const add = (reason: string) => items.push(item('organisations', id, data.name, urls.organisation(id), reason));
    if (!data.website && !data.email && !data.phone) add('no way to contact it: add a website, email or phone number');
    if (data.status === 'active' && data.services.length === 0) add('no services listed, so residents cannot find what it offers');
    if (!body.trim()) add('no full description');
  }
  for (const { id, data } of content.grants) {
    const add = (reason: string) => items.push(item('grants', id, data.title, urls.grant(data.grant_id), reason));
    if (data.status === 'completed' && !data.outcome) add('completed, but no outcome recorded');
    if (data.themes.length === 0) add('no themes, so it is left out of the totals by theme');
  }
  for (const { id, data } of content.crowdfund) {
    if (['live', 'funded'].includes(data.status) && !data.platform_url) items.push(item('crowdfund', id, data.title, urls.crowdfund(id), 'no link to the campaign page on the crowdfunding platform'));
  }
  for (const { id, data } of content.funds) {
    if (!data.website) items.push(item('funds', id, data.name, urls.fund(id), 'no website for how to apply or find out more'));
  }
  for (const { id, data } of content.boards) {
    if (data.members.length === 0) items.push(item('boards', id, data.name, urls.board(id), 'no members listed'));
  }
  for (const { id, data } of content.meetings) {
    if (data.status === 'held' && data.attendance.length === 0) items.push(item('meetings', id, meetingName(id), urls.meeting(id), 'held, but no attendance recorded'));
  }
  for (const { id, data } of content.pages) {
    if (!data.updated) items.push(item('pages', id, data.title, urls.page(id), 'no "last checked" date, so readers cannot tell how current it is'));
  }
  return items.sort(byTitle);
}

/**
 * Everything on /editors/. `today` is the build date; `meetingName` gives a
 * meeting's display name (its title, else its board's name).
 */
export function editorAttention(content: AttentionContent, review: { warn_after_months: number; stale_after_months: number }, today: string, meetingName: (id: string) => string): Attention {
  const notOnMap = content.organisations
    .filter(({ data }) => data.status !== 'closed' && data.locations.length === 0)
    .map(({ id, data }) => item('organisations', id, data.name, urls.organisation(id), 'no places listed, so it is not on the map or found by postcode'))
    .sort(byTitle);
  const grantsWithoutMeeting = content.grants
    .filter(({ data }) => !data.meeting)
    .map(({ id, data }) => item('grants', id, data.title, urls.grant(data.grant_id), `awarded ${formatDate(data.award_date)}; no meeting recorded as deciding it`))
    .sort(byTitle);
  const draftMinutes = content.meetings
    .filter(({ data }) => data.minutes_status === 'draft' && monthsBetween(data.date, today) >= DRAFT_MINUTES_MONTHS)
    .map(({ id, data }) => {
      const months = monthsBetween(data.date, today);
      return item('meetings', id, meetingName(id), urls.meeting(id), `met ${formatDate(data.date)}; minutes still in draft after ${plural(months, 'month')}`, months);
    })
    .sort(byAgeThenTitle);
  return { overdue: overdue(content, review, today), missing: missing(content, meetingName), notOnMap, grantsWithoutMeeting, draftMinutes };
}
