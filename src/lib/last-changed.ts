/**
 * When content last changed, from Git: the date of the newest commit touching
 * any of the given paths. Undefined ("not known") when it cannot be told
 * truthfully: no git, not a repository, nothing committed there yet, or a
 * shallow clone whose history stops at the commit found (the real change may
 * be older, so that date would be a guess).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

type Git = (args: string[], cwd: string) => string;

const runGit: Git = (args, cwd) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();

/** ISO 8601 date-time of the last commit touching any of `paths`, or undefined when not known. */
export function lastChanged(paths: readonly string[], cwd: string = process.cwd(), git: Git = runGit): string | undefined {
  try {
    const line = git(['log', '-1', '--format=%H %cI', '--', ...paths.map((p) => resolve(cwd, p))], cwd);
    const [hash, date] = line.split(' ');
    if (!hash || !date) return undefined;
    if (shallowBoundaries(cwd, git).has(hash)) return undefined;
    return date;
  } catch {
    return undefined;
  }
}

/** Commits where a shallow clone's history is cut off (none in a full clone). */
function shallowBoundaries(cwd: string, git: Git): Set<string> {
  const file = resolve(cwd, git(['rev-parse', '--git-path', 'shallow'], cwd));
  return existsSync(file) ? new Set(readFileSync(file, 'utf8').split('\n').filter(Boolean)) : new Set();
}
