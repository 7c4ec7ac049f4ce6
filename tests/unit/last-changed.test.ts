/**
 * "When it last changed" comes from Git, and says "not known" (undefined)
 * rather than guess: no git, no history for the path, or a shallow clone whose
 * history is cut off at the commit found.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lastChanged } from '../../src/lib/last-changed';

const dir = mkdtempSync(join(tmpdir(), 'last-changed-'));

/** A fake git: answers log and rev-parse from a table; throws for anything else, as a missing git would. */
function fakeGit(log: string, shallowFile?: string) {
  return (args: string[]) => {
    if (args[0] === 'log') return log;
    if (args[0] === 'rev-parse') return shallowFile ?? join(dir, 'no-such-shallow-file');
    throw new Error('unexpected');
  };
}

describe('when content last changed', () => {
  it('is the date of the newest commit touching the folders', () => {
    expect(lastChanged(['content/grants'], dir, fakeGit('abc123 2026-11-20T10:15:00+00:00'))).toBe('2026-11-20T10:15:00+00:00');
  });

  it('asks git about every folder at once', () => {
    let asked: string[] = [];
    lastChanged(['content/grants', 'content/funds'], dir, (args) => {
      if (args[0] === 'log') asked = args;
      return args[0] === 'log' ? 'abc 2026-01-01T00:00:00Z' : join(dir, 'none');
    });
    expect(asked.slice(0, 3)).toEqual(['log', '-1', '--format=%H %cI']);
    expect(asked.slice(4)).toEqual([join(dir, 'content/grants'), join(dir, 'content/funds')]);
  });

  it('is not known when nothing there was ever committed', () => {
    expect(lastChanged(['content/new'], dir, fakeGit(''))).toBeUndefined();
  });

  it('is not known when git is missing or this is not a repository', () => {
    expect(lastChanged(['content'], dir, () => { throw new Error('spawn git ENOENT'); })).toBeUndefined();
  });

  it('is not known in a shallow clone when the commit found is where the history was cut off', () => {
    mkdirSync(join(dir, '.git'), { recursive: true });
    const shallow = join(dir, '.git', 'shallow');
    writeFileSync(shallow, 'abc123\n');
    expect(lastChanged(['content'], dir, fakeGit('abc123 2026-11-20T10:15:00+00:00', shallow))).toBeUndefined();
    expect(lastChanged(['content'], dir, fakeGit('def456 2026-11-19T09:00:00+00:00', shallow))).toBe('2026-11-19T09:00:00+00:00');
  });

  it('reads a real repository, and refuses to guess in a shallow clone of it', () => {
    const repo = join(dir, 'repo');
    mkdirSync(join(repo, 'content', 'grants'), { recursive: true });
    mkdirSync(join(repo, 'content', 'pages'), { recursive: true });
    const git = (args: string[], cwd = repo, date = '2026-01-02T03:04:05+00:00') =>
      execFileSync('git', args, { cwd, stdio: 'pipe', env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.org' } });
    git(['init', '-q', '-b', 'main']);
    writeFileSync(join(repo, 'content', 'grants', 'a.md'), 'a');
    git(['add', '.']);
    git(['commit', '-q', '-m', 'grant']);
    writeFileSync(join(repo, 'content', 'pages', 'p.md'), 'p');
    git(['add', '.']);
    git(['commit', '-q', '-m', 'page'], repo, '2026-05-06T07:08:09+00:00');

    expect(lastChanged(['content/grants'], repo)).toBe('2026-01-02T03:04:05+00:00');
    expect(lastChanged(['content/grants', 'content/pages'], repo)).toBe('2026-05-06T07:08:09+00:00');
    expect(lastChanged(['content/nothing-here'], repo)).toBeUndefined();

    // A one-commit-deep clone: the grants folder's change is older than the history it holds.
    const shallow = join(dir, 'shallow');
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo}`, shallow], { stdio: 'pipe' });
    expect(lastChanged(['content/grants'], shallow)).toBeUndefined();
    expect(lastChanged(['content'], join(dir, 'not-a-repo-at-all'))).toBeUndefined();
  });
});
