/**
 * `npm run fixtures -- …` and `npm run validate -- DIR` as a developer types them:
 * counts from flags (the rest in proportion to --orgs), a set the validator
 * accepts, and a clear message for a mistyped flag.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseFixtureArgs } from '../../scripts/lib/fixtures/args';

const REPO = resolve(import.meta.dirname, '../..');
const scratch = mkdtempSync(join(tmpdir(), 'fixtures-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function npm(script: string, args: string[]) {
  const run = spawnSync('npm', ['run', '--silent', script, '--', ...args], { cwd: REPO, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr.split('\n').filter((l) => l && !l.startsWith('npm warn')).join('\n') };
}

describe('npm run fixtures', () => {
  it('writes the counts asked for into --out, and the validator accepts the folder', () => {
    const out = join(scratch, 'set');
    const made = npm('fixtures', ['--orgs', '12', '--grants', '30', '--meetings', '4', '--crowdfund', '3', '--seed', '9', '--out', out]);
    expect(made.stderr).toBe('');
    expect(made.status).toBe(0);
    expect(made.stdout).toContain('Wrote ');
    expect(readdirSync(join(out, 'organisations'))).toHaveLength(12);
    expect(readdirSync(join(out, 'grants'))).toHaveLength(30);
    expect(readdirSync(join(out, 'meetings'))).toHaveLength(4);
    expect(readdirSync(join(out, 'crowdfund'))).toHaveLength(3);
    const checked = npm('validate', [out]);
    expect(checked.stderr).toBe('');
    expect(checked.stdout.trim()).toBe(`Content is valid (${out}).`);
    expect(checked.status).toBe(0);
  }, 60_000);

  it('refuses a count that is not a whole number, saying what is allowed', () => {
    const run = npm('fixtures', ['--orgs', 'ten', '--out', join(scratch, 'never')]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('--orgs must be a whole number, 0 or more; it is "ten"');
  }, 60_000);
});

describe('fixture options', () => {
  it('fills counts left out in proportion to --orgs', () => {
    expect(parseFixtureArgs(['--orgs', '1000'])).toMatchObject({ orgs: 1000, grants: 1000, meetings: 100, crowdfund: 50, seed: 1 });
    expect(parseFixtureArgs(['--orgs', '7', '--meetings', '0'])).toMatchObject({ orgs: 7, grants: 7, meetings: 0, crowdfund: 1 });
  });

  it('refuses an unknown flag and a malformed date', () => {
    expect(() => parseFixtureArgs(['--organisations', '5'])).toThrow(/organisations/);
    expect(() => parseFixtureArgs(['--today', '2026-13-45x'])).toThrow(/--today must be a date written YYYY-MM-DD/);
  });
});
