/**
 * `npm run postcodes`: from an ONS Postcode Directory extract (a small fixture
 * in the ONSPD's own columns), the area's live postcodes as one file per
 * outward code, the files the explore page's look-up reads.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { localAuthorityColumn, PostcodeTableError } from '../../src/lib/postcode-table';

const FIXTURE = 'tests/fixtures/postcodes/onspd-sample.csv';
const TSX = join('node_modules', 'tsx', 'dist', 'cli.mjs');
let out: string;
afterEach(() => rmSync(out, { recursive: true, force: true }));

function run(...args: string[]): string {
  return execFileSync(process.execPath, [TSX, 'scripts/postcodes.ts', ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}
const readShard = (name: string) => JSON.parse(readFileSync(join(out, name), 'utf8'));

describe('npm run postcodes', () => {
  it('writes the area\'s live postcodes with coordinates, one file per outward code', () => {
    out = mkdtempSync(join(tmpdir(), 'postcodes-'));
    run(FIXTURE, '--out', out, '--la', 'E09000003');
    // EN1 is in another borough; NW9 0XX has no coordinates; N3 2ZZ was terminated.
    expect(readdirSync(out).sort()).toEqual(['EN5.json', 'N3.json']);
    const n3 = readShard('N3.json');
    expect(n3.postcodes).toEqual({ '1AB': [51.6012, -0.1934], '1AC': [51.602, -0.194] });
    // An outward code on its own is measured from the middle of its postcodes.
    expect(n3.lat).toBeCloseTo((51.6012 + 51.602) / 2, 5);
    expect(n3.lng).toBeCloseTo((-0.1934 + -0.194) / 2, 5);
  });

  it('replaces the previous table, leaving other files alone', () => {
    out = mkdtempSync(join(tmpdir(), 'postcodes-'));
    writeFileSync(join(out, 'OLD1.json'), '{}');
    writeFileSync(join(out, 'notes.txt'), 'keep me');
    run(FIXTURE, '--out', out, '--la', 'E09000003');
    expect(existsSync(join(out, 'OLD1.json'))).toBe(false);
    expect(existsSync(join(out, 'notes.txt'))).toBe(true);
  });

  it('fails with a clear message when no postcode is in the area', () => {
    out = mkdtempSync(join(tmpdir(), 'postcodes-'));
    expect(() => run(FIXTURE, '--out', out, '--la', 'E09000099')).toThrow(/no live postcodes in local authority E09000099/);
  });
});

describe('columns', () => {
  it('accept older and newer ONSPD names for the local authority', () => {
    expect(localAuthorityColumn(['pcds', 'lat', 'long', 'oslaua'])).toBe('oslaua');
    expect(localAuthorityColumn(['pcds', 'lat', 'long', 'lad25cd'])).toBe('lad25cd');
  });
  it('name what is missing', () => {
    expect(() => localAuthorityColumn(['pcd', 'lat'])).toThrow(PostcodeTableError);
    expect(() => localAuthorityColumn(['pcd', 'lat'])).toThrow(/missing pcds, long, a local authority code column/);
  });
});
