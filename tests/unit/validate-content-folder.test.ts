/**
 * `npm run validate`: the command an editor or CI runs before building. It
 * checks the real content/ folder, or any folder given, and exits non-zero with
 * one line per problem.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { invalidCases, makeContentSet, removeContentSet } from '../fixtures/content-set';

const REPO = resolve(import.meta.dirname, '../..');
const made: string[] = [];
afterEach(() => made.splice(0).forEach(removeContentSet));

function validate(args: string[], env: Record<string, string> = {}) {
  const run = spawnSync('npm', ['run', '--silent', 'validate', '--', ...args], { cwd: REPO, encoding: 'utf8', env: { ...process.env, ...env } });
  // npm may print its own config warnings; keep only what the script wrote.
  const stderr = run.stderr.split('\n').filter((l) => l && !l.startsWith('npm warn'));
  return { status: run.status, stdout: run.stdout.trim(), stderr };
}

describe('npm run validate', () => {
  it('finds no problems in the real content/ folder', () => {
    const { status, stdout, stderr } = validate([]);
    expect(stderr).toEqual([]);
    expect(stdout).toBe(`Content is valid (${resolve(REPO, 'content')}).`);
    expect(status).toBe(0);
  }, 30_000);

  it('lists every problem of a broken folder, one per line, and exits 1', () => {
    const c = invalidCases().find((x) => x.name === 'all-problems-at-once')!;
    const root = makeContentSet(c.dir);
    made.push(root);
    const { status, stderr } = validate([root]);
    expect(status).toBe(1);
    expect(stderr).toEqual([`${c.expected.length} content problems in ${root} (file: field: what is wrong; list items are counted from 1):`, ...c.expected]);
  }, 30_000);

  it('checks the folder named by CONTENT_DIR when given none', () => {
    const c = invalidCases().find((x) => x.name === 'meeting-missing-board')!;
    const root = makeContentSet(c.dir);
    made.push(root);
    const { status, stderr } = validate([], { CONTENT_DIR: root });
    expect(status).toBe(1);
    expect(stderr.slice(1)).toEqual(c.expected);
  }, 30_000);
});
