/**
 * The latest content changes across the site, for /changes/ and its RSS feed:
 * each commit that touched content (from git-history.ts), with the entries it
 * changed named and linked to their pages. An entry since deleted is named by
 * its file and not linked.
 */
import type { Board } from '../schemas/board';
import type { Meeting } from '../schemas/meeting';
import type { ChangeSet, ContentHistory } from './git-history';
import { formatDate } from './format';
import { meetingName } from './meetings';
import { urls } from './urls';

interface Named<T> {
  id: string;
  data: T;
}

/** The collections as the page loads them; only the fields that name and place an entry. */
export interface NamedContent {
  organisations: Named<{ name: string }>[];
  funds: Named<{ name: string }>[];
  grants: Named<{ title: string; grant_id: string }>[];
  crowdfund: Named<{ title: string }>[];
  boards: Named<{ name: string }>[];
  meetings: Named<{ title?: string; board: string; date: string }>[];
  covenant: Named<{ title: string }>[];
  pages: Named<{ title: string }>[];
}

export interface EntryRef {
  /** What the entry is called on the site. */
  title: string;
  /** What kind of entry, e.g. "Organisation". */
  kind: string;
  url?: string;
}

const SETTINGS: Record<string, EntryRef> = {
  'settings/site.json': { title: 'Site settings', kind: 'Settings' },
  'settings/taxonomy.json': { title: 'Lists of themes, wards and other terms', kind: 'Settings' },
};

/** Every entry's content file ("grants/x.md") mapped to its title and page. */
export function entryIndex(content: NamedContent): Map<string, EntryRef> {
  const index = new Map<string, EntryRef>(Object.entries(SETTINGS));
  const add = (collection: string, id: string, ref: EntryRef) => index.set(`${collection}/${id}.md`, ref);
  for (const e of content.organisations) add('organisations', e.id, { title: e.data.name, kind: 'Organisation', url: urls.organisation(e.id) });
  for (const e of content.funds) add('funds', e.id, { title: e.data.name, kind: 'Fund', url: urls.fund(e.id) });
  for (const e of content.grants) add('grants', e.id, { title: e.data.title, kind: 'Funding award', url: urls.grant(e.data.grant_id) });
  for (const e of content.crowdfund) add('crowdfund', e.id, { title: e.data.title, kind: 'Crowdfund project', url: urls.crowdfund(e.id) });
  const boardsById = new Map(content.boards.map((b) => [b.id, b]));
  for (const e of content.boards) add('boards', e.id, { title: e.data.name, kind: 'Board', url: urls.board(e.id) });
  for (const e of content.meetings) {
    const board = boardsById.get(e.data.board);
    // meetingName reads only the title, the board's name and the board id.
    const name = meetingName(e.data as Meeting, board?.data as Board | undefined);
    add('meetings', e.id, { title: `${name}, ${formatDate(e.data.date)}`, kind: 'Meeting', url: urls.meeting(e.id) });
  }
  for (const e of content.covenant) add('covenant', e.id, { title: e.data.title, kind: 'Faith Covenant', url: urls.covenant() });
  for (const e of content.pages) add('pages', e.id, { title: e.data.title, kind: 'Page', url: urls.page(e.id) });
  return index;
}

export interface ChangeItem {
  commit: string;
  date: string;
  summary: string;
  entries: (EntryRef & { path: string; change: ChangeSet['files'][number]['kind'] })[];
}

/** The newest `limit` commits that touched content, each with the entries it changed. */
export function latestChanges(history: ContentHistory, index: Map<string, EntryRef>, limit = 50): ChangeItem[] {
  return history.changeSets.slice(0, limit).map((set) => ({
    commit: set.commit,
    date: set.date,
    summary: set.summary,
    entries: set.files.map((f) => ({
      path: f.path,
      change: f.kind,
      // A file no entry answers to is one since removed (or not an entry at all): named by its path, not linked.
      ...(index.get(f.path) ?? { title: f.path, kind: f.kind === 'deleted' ? 'Removed entry' : 'Content file' }),
    })),
  }));
}
