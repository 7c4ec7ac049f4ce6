/**
 * The synthetic content set behind the scale benchmarks (`npm run fixtures`):
 * it must pass every check the real content passes, come out the same for the
 * same seed, be unmistakably synthetic, and never overwrite real content.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import matter from 'gray-matter';
import { afterAll, describe, expect, it } from 'vitest';
import { writeFixtures } from '../../scripts/lib/fixtures';
import { boardCount } from '../../scripts/lib/fixtures/meetings';
import { MARKER_FILE } from '../../scripts/lib/fixtures/write';
import { validateContent } from '../../src/lib/validate';

const REPO = resolve(import.meta.dirname, '../..');
const CONTENT = join(REPO, 'content');
const scratch = mkdtempSync(join(tmpdir(), 'fixtures-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const COUNTS = { orgs: 40, grants: 90, meetings: 12, crowdfund: 6 };
const write = (name: string, seed = 3, counts = COUNTS) => writeFixtures({ ...counts, seed, today: '2026-11-01', out: join(scratch, name), from: CONTENT }).dir;

/** Every file of a set, as relative path → text. */
function snapshot(dir: string): Map<string, string> {
  const files = (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => f.endsWith('.md') || f.endsWith('.json') || f.endsWith('.txt'));
  return new Map(files.sort().map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
}

function entries(dir: string, collection: string) {
  return readdirSync(join(dir, collection))
    .sort()
    .map((file) => ({ file, ...matter(readFileSync(join(dir, collection, file), 'utf8')) }));
}

describe('a synthetic content set', () => {
  const dir = write('main');

  it('passes every schema rule and integrity check the build applies', () => {
    const { issues, content } = validateContent(dir);
    expect(issues).toEqual([]);
    expect(content).toBeDefined();
  });

  it('has the number of entries asked for, with boards, funds and one covenant to hold them together', () => {
    expect(readdirSync(join(dir, 'organisations'))).toHaveLength(COUNTS.orgs);
    expect(readdirSync(join(dir, 'grants'))).toHaveLength(COUNTS.grants);
    expect(readdirSync(join(dir, 'meetings'))).toHaveLength(COUNTS.meetings);
    expect(readdirSync(join(dir, 'crowdfund'))).toHaveLength(COUNTS.crowdfund);
    expect(readdirSync(join(dir, 'boards'))).toHaveLength(boardCount(COUNTS.meetings));
    expect(readdirSync(join(dir, 'covenant'))).toHaveLength(1);
    expect(readdirSync(join(dir, 'funds')).length).toBeGreaterThan(0);
  });

  it('copies the settings it was made for and leaves the real content folder as it was', () => {
    for (const file of ['site.json', 'taxonomy.json'])
      expect(readFileSync(join(dir, 'settings', file), 'utf8')).toBe(readFileSync(join(CONTENT, 'settings', file), 'utf8'));
    expect(readdirSync(join(CONTENT, 'organisations')).some((f) => f.startsWith('synthetic-'))).toBe(false);
  });

  it('is unmistakably synthetic: demo entries, "Synthetic" names, example.org addresses, drama phone numbers', () => {
    for (const collection of ['organisations', 'grants', 'meetings', 'crowdfund', 'funds', 'covenant'])
      for (const e of entries(dir, collection)) expect(e.data.demo, `${collection}/${e.file}`).toBe(true);
    for (const { data } of entries(dir, 'organisations')) {
      expect(data.name).toMatch(/^Synthetic Organisation \d{4}$/);
      expect(data.email).toMatch(/@example\.org$/);
      expect(new URL(data.website).hostname).toMatch(/(^|\.)example\.org$/);
      if (data.phone) expect(data.phone).toMatch(/^020 7946 0\d{3}$/);
    }
  });

  it('gives every complete round published figures, so the build checks them against its grants', () => {
    const rounds = entries(dir, 'funds').flatMap((f) => f.data.rounds as { status: string; applications_funded?: number; total_awarded?: number }[]);
    const complete = rounds.filter((r) => r.status === 'complete');
    expect(complete.length).toBeGreaterThan(1);
    for (const r of complete) {
      expect(r.applications_funded).toBeGreaterThan(0);
      expect(r.total_awarded).toBeGreaterThan(0);
    }
    const grants = entries(dir, 'grants').map((g) => g.data);
    const funded = grants.filter((g) => g.status !== 'withdrawn').length;
    expect(complete.reduce((n, r) => n + r.applications_funded!, 0)).toBe(funded);
  });

  it('links grants to the meeting decision that made them', () => {
    const decisions = new Set(entries(dir, 'meetings').flatMap((m) => (m.data.decisions as { id: string }[]).map((d) => `${m.file.replace(/\.md$/, '')}#${d.id}`)));
    for (const { data } of entries(dir, 'grants')) expect(decisions.has(`${data.meeting}#${data.decision}`), data.grant_id).toBe(true);
  });
});

describe('the same seed', () => {
  it('writes exactly the same files; another seed writes different ones', () => {
    const a = snapshot(write('seed-a', 11));
    const b = snapshot(write('seed-b', 11));
    const c = snapshot(write('seed-c', 12));
    expect(b).toEqual(a);
    expect([...c.keys()]).toEqual([...a.keys()]);
    expect(c.get('organisations/synthetic-organisation-0001.md')).not.toBe(a.get('organisations/synthetic-organisation-0001.md'));
  });
});

describe('small and lopsided sets stay valid', () => {
  it.for([
    { orgs: 0, grants: 0, meetings: 0, crowdfund: 0 },
    { orgs: 5, grants: 12, meetings: 0, crowdfund: 2 },
    { orgs: 3, grants: 200, meetings: 2, crowdfund: 0 },
  ])('orgs $orgs, grants $grants, meetings $meetings, crowdfund $crowdfund', (counts) => {
    const dir = write(`small-${counts.orgs}-${counts.grants}-${counts.meetings}`, 5, counts);
    expect(validateContent(dir).issues).toEqual([]);
    expect(readdirSync(join(dir, 'grants'))).toHaveLength(counts.grants);
  });
});

describe('where it writes', () => {
  it('refuses the real content folder, or a folder inside it', () => {
    expect(() => writeFixtures({ ...COUNTS, seed: 1, today: '2026-11-01', out: CONTENT, from: CONTENT })).toThrow(/source content folder/);
    expect(() => writeFixtures({ ...COUNTS, seed: 1, today: '2026-11-01', out: join(CONTENT, 'x'), from: CONTENT })).toThrow(/source content folder/);
  });

  it('refuses to replace a folder it did not write, and replaces its own', () => {
    const foreign = join(scratch, 'foreign');
    mkdirSync(foreign);
    writeFileSync(join(foreign, 'notes.txt'), 'keep me');
    expect(() => write('foreign')).toThrow(/not written by the fixture generator/);
    expect(readFileSync(join(foreign, 'notes.txt'), 'utf8')).toBe('keep me');

    const own = write('own', 1, { orgs: 4, grants: 0, meetings: 0, crowdfund: 0 });
    write('own', 1, { orgs: 2, grants: 0, meetings: 0, crowdfund: 0 });
    expect(readdirSync(join(own, 'organisations'))).toHaveLength(2);
    expect(readdirSync(own)).toContain(MARKER_FILE);
  });
});
