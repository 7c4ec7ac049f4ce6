import { describe, expect, it } from 'vitest';
import { entryIndex, latestChanges, type NamedContent } from '../../src/lib/changes';
import { parseLog } from '../../src/lib/git-history';

const content: NamedContent = {
  organisations: [{ id: 'food-bank', data: { name: 'Food Bank' } }],
  funds: [],
  grants: [{ id: '360g-bne-a', data: { title: 'Pantry award', grant_id: '360G-BNE-A' } }],
  crowdfund: [],
  boards: [{ id: 'panel', data: { name: 'CIF panel' } }],
  meetings: [{ id: '2021-03-panel', data: { board: 'panel', date: '2021-03-24' } }],
  covenant: [],
  pages: [{ id: 'about', data: { title: 'About' } }],
};

// What `git log --name-status` prints, newest first (record and field separators as git-history.ts asks for).
const log = [
  '\x1eccc\x1fbbb\x1f2026-05-01T08:00:00+00:00\x1fUpdate Grants “Pantry award”\n\nM\tcontent/grants/360g-bne-a.md\nD\tcontent/grants/360g-bne-old.md\nM\tcontent/settings/site.json\n',
  '\x1ebbb\x1faaa\x1f2026-04-01T08:00:00+00:00\x1fMinutes\n\nA\tcontent/meetings/2021-03-panel.md\nM\tcontent/pages/about.md\n',
].join('');

describe('the latest changes page', () => {
  const changes = latestChanges(parseLog(log, 'content', false), entryIndex(content));

  it('names and links each changed entry, on the page where people read it', () => {
    expect(changes[1]!.entries).toEqual([
      { path: 'meetings/2021-03-panel.md', change: 'added', title: 'CIF panel, 24 March 2021', kind: 'Meeting', url: '/meetings/2021-03-panel/' },
      { path: 'pages/about.md', change: 'modified', title: 'About', kind: 'Page', url: '/about/' },
    ]);
    expect(changes[0]!.entries[0]).toMatchObject({ title: 'Pantry award', kind: 'Funding award', url: '/funding/grants/360G-BNE-A/' });
  });

  it('names a removed entry by its file, with no link to a page that is gone', () => {
    expect(changes[0]!.entries[1]).toEqual({ path: 'grants/360g-bne-old.md', change: 'deleted', title: 'grants/360g-bne-old.md', kind: 'Removed entry' });
  });

  it('names settings files in plain words', () => {
    expect(changes[0]!.entries[2]).toMatchObject({ title: 'Site settings', kind: 'Settings' });
    expect(changes[0]!.entries[2]!.url).toBeUndefined();
  });

  it('keeps the newest first and stops at the limit', () => {
    expect(changes.map((c) => c.summary)).toEqual(['Update Grants “Pantry award”', 'Minutes']);
    expect(latestChanges(parseLog(log, 'content', false), entryIndex(content), 1)).toHaveLength(1);
  });
});
