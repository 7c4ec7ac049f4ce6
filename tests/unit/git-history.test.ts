/**
 * Content history read from a real Git repository made for each test run in a
 * temporary folder: edits, a Decap-style commit message, a rename, files
 * outside the content folder, a shallow clone, and no Git at all.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentHistory, foldersLastChanged, lastChanged, readContentHistory } from '../../src/lib/git-history';

const scratch = mkdtempSync(join(tmpdir(), 'git-history-'));
const repo = join(scratch, 'repo');
const content = join(repo, 'content');

function git(cwd: string, args: string[], date?: string) {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Editor',
      GIT_AUTHOR_EMAIL: 'editor@example.org',
      GIT_COMMITTER_NAME: 'Editor',
      GIT_COMMITTER_EMAIL: 'editor@example.org',
      ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}),
    },
  });
}

function write(path: string, text: string) {
  mkdirSync(dirname(join(repo, path)), { recursive: true });
  writeFileSync(join(repo, path), text);
}

function commit(message: string, date: string) {
  git(repo, ['add', '-A']);
  git(repo, ['commit', '-q', '-m', message], date);
}

beforeAll(() => {
  mkdirSync(repo, { recursive: true });
  git(repo, ['init', '-q', '-b', 'main']);
  write('content/grants/award-a.md', 'amount_awarded: 1000\n');
  write('content/organisations/food-bank.md', 'name: Food Bank\n');
  write('src/index.ts', 'code\n');
  commit('Add the first award and the food bank', '2026-01-05T10:00:00+00:00');

  write('content/grants/award-a.md', 'amount_awarded: 1200\n');
  write('src/index.ts', 'more code\n');
  commit('Correct the amount of award A (was £1,000)', '2026-02-10T09:30:00+00:00');

  write('src/index.ts', 'code only\n');
  commit('A change outside content', '2026-02-11T09:00:00+00:00');

  write('content/organisations/food-bank.md', 'name: Food Bank\nsummary: Food parcels\n');
  commit('Update Organisations “Food Bank”', '2026-03-01T12:00:00+00:00');

  renameSync(join(content, 'grants/award-a.md'), join(content, 'grants/award-renamed.md'));
  commit('Rename award A', '2026-04-01T08:00:00+00:00');

  write('content/settings/site.json', '{}\n');
  write('content/grants/award-renamed.md', 'amount_awarded: 1250\n');
  commit('Settings and a second correction <b>bold</b>', '2026-05-01T08:00:00+00:00');
});

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the history of one entry', () => {
  it('lists every change to its file, newest first, with date and summary as written', () => {
    const history = readContentHistory(content);
    expect(history.available).toBe(true);
    expect(history.truncated).toBe(false);
    expect(history.changesOf('organisations/food-bank.md').map((c) => [c.date, c.summary, c.kind])).toEqual([
      ['2026-03-01T12:00:00+00:00', 'Update Organisations “Food Bank”', 'modified'],
      ['2026-01-05T10:00:00+00:00', 'Add the first award and the food bank', 'added'],
    ]);
  });

  it('follows a file across a rename, so a correction made before it is still shown', () => {
    const summaries = readContentHistory(content).changesOf('grants/award-renamed.md').map((c) => c.summary);
    expect(summaries).toEqual([
      'Settings and a second correction <b>bold</b>',
      'Rename award A',
      'Correct the amount of award A (was £1,000)',
      'Add the first award and the food bank',
    ]);
  });

  it('gives the date an entry last changed, or nothing when it has no history', () => {
    const history = readContentHistory(content);
    expect(lastChanged('organisations', 'food-bank', history)).toBe('2026-03-01T12:00:00+00:00');
    expect(lastChanged('organisations', 'not-committed', history)).toBeUndefined();
  });
});

describe('the latest changes across the site', () => {
  it('lists each commit that touched content, newest first, with its files relative to the content folder', () => {
    const sets = readContentHistory(content).changeSets;
    expect(sets.map((s) => s.summary)).toEqual([
      'Settings and a second correction <b>bold</b>',
      'Rename award A',
      'Update Organisations “Food Bank”',
      'Correct the amount of award A (was £1,000)',
      'Add the first award and the food bank',
    ]);
    expect(sets[0]!.files).toEqual(expect.arrayContaining([{ path: 'settings/site.json', kind: 'added' }, { path: 'grants/award-renamed.md', kind: 'modified' }]));
    expect(sets[1]!.files).toEqual([{ path: 'grants/award-renamed.md', kind: 'renamed' }]);
    // Files outside the content folder are not content changes.
    expect(sets.flatMap((s) => s.files.map((f) => f.path)).some((p) => p.startsWith('src/') || p.includes('index.ts'))).toBe(false);
  });

  it('gives the date anything in some folders last changed (an open-data file\'s "modified")', () => {
    const history = readContentHistory(content);
    expect(foldersLastChanged(['organisations'], history)).toBe('2026-03-01T12:00:00+00:00');
    expect(foldersLastChanged(['organisations', 'settings'], history)).toBe('2026-05-01T08:00:00+00:00');
    expect(foldersLastChanged(['crowdfund'], history)).toBeUndefined();
    // "grant" is not the grants folder.
    expect(foldersLastChanged(['grant'], history)).toBeUndefined();
  });

  it('reads Git once and shares the result', () => {
    expect(contentHistory(content)).toBe(contentHistory(content));
  });
});

describe('when history is missing the build still works', () => {
  it('a folder outside any repository (a tarball) has no history, without an error', () => {
    const loose = join(scratch, 'tarball', 'content');
    mkdirSync(join(loose, 'grants'), { recursive: true });
    writeFileSync(join(loose, 'grants/x.md'), 'x\n');
    const history = readContentHistory(loose);
    expect(history.available).toBe(false);
    expect(history.changesOf('grants/x.md')).toEqual([]);
    expect(history.changeSets).toEqual([]);
  });

  it('no git program at all gives no history, without an error', () => {
    const path = process.env.PATH;
    process.env.PATH = join(scratch, 'no-such-bin');
    try {
      expect(readContentHistory(content).available).toBe(false);
    } finally {
      process.env.PATH = path;
    }
  });

  it('a shallow clone says its history is cut short and shows only the changes it really holds', () => {
    const shallow = join(scratch, 'shallow');
    git(scratch, ['clone', '-q', '--depth', '2', `file://${repo}`, shallow]);
    const history = readContentHistory(join(shallow, 'content'));
    expect(history.available).toBe(true);
    expect(history.truncated).toBe(true);
    // The newest commit is a real change; the one before it stands in for everything older.
    expect(history.changeSets.map((s) => s.summary)).toEqual(['Settings and a second correction <b>bold</b>']);
    expect(history.changesOf('organisations/food-bank.md')).toEqual([]);
    // A folder whose last change is older than the clone's history is "not known", not the cut-off date.
    expect(foldersLastChanged(['settings'], history)).toBe('2026-05-01T08:00:00+00:00');
    expect(foldersLastChanged(['organisations'], history)).toBeUndefined();
  });
});
