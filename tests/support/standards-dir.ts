/**
 * Where the official standards (360Giving, Open Referral UK) are read from:
 * they are not copied into this project. STANDARDS_DIR when set; else the
 * shared folder beside this checkout (../shared/standards); else, for a clone
 * of a local checkout (CI clones the working copy into a temporary folder),
 * the shared folder beside the checkout it was cloned from. A missing folder
 * is reported by the callers as an error naming where they looked, never a
 * skipped check.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { repoRoot } from './paths';

const beside = (checkout: string) => join(checkout, '..', 'shared', 'standards');

/** The checkout this one was cloned from, when that is a folder on this machine. */
function localOrigin(): string | undefined {
  try {
    const url = execFileSync('git', ['remote', 'get-url', 'origin'], { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const path = url.startsWith('file://') ? new URL(url).pathname : url;
    return isAbsolute(path) && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

let found: string | undefined;

export function standardsDir(): string {
  if (process.env.STANDARDS_DIR) return resolve(process.env.STANDARDS_DIR);
  if (found) return found;
  const origin = localOrigin();
  const candidates = [beside(repoRoot), ...(origin ? [beside(origin)] : [])].map((dir) => resolve(dir));
  found = candidates.find((dir) => existsSync(dir)) ?? candidates[0]!;
  return found;
}
