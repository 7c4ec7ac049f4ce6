/**
 * The benchmark's own arithmetic and plumbing (scripts/lib/bench): medians,
 * ratios, the build steps it times, its memory sampling and its options.
 * No timing is asserted: figures vary with the machine.
 */
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { parseBenchArgs } from '../../scripts/lib/bench/args';
import { buildSteps } from '../../scripts/lib/bench/build';
import { wireBytes } from '../../scripts/lib/bench/browser/transfer';
import { treeRss } from '../../scripts/lib/bench/process-tree';
import { bytes, ratio, targetRows, type Report } from '../../scripts/lib/bench/report';
import { median, medianOf } from '../../scripts/lib/bench/stats';

const REPO = resolve(import.meta.dirname, '../..');

describe('medians', () => {
  it('takes the middle value, or the mean of the middle two, field by field', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(medianOf([{ ms: 10, bytes: 1 }, { ms: 30, bytes: 3 }, { ms: 20, bytes: 2 }])).toEqual({ ms: 20, bytes: 2 });
  });
});

describe('ours over theirs', () => {
  it('prints the ratio and says which way it goes', () => {
    expect(ratio(50, 200)).toBe('0.25 (4× less)');
    expect(ratio(300, 100)).toBe('3.0 (3.0× more)');
    expect(ratio(1, 0)).toBe('–');
  });

  it('prints sizes in KB below a megabyte and MB above', () => {
    expect(bytes(300 * 1024)).toBe('300 KB');
    expect(bytes(3.5 * 1024 * 1024)).toBe('3.5 MB');
  });
});

describe('targets', () => {
  it('judges the 10,000-organisation build and browser figures against issue 7’s targets', () => {
    const build = { astroSeconds: 100, pagefindSeconds: 30, peakBytes: 2 * 2 ** 30 } as Report['sizes'][number]['build'];
    const search = { ms: 100, bytes: 200 * 1024 } as never;
    const report = {
      sizes: [{ counts: { orgs: 10_000, grants: 0, meetings: 0, crowdfund: 0 }, runs: 1, build }],
      browser: { orgs: 10_000, runs: 3, queries: [{ query: 'food', explore: search, pagefindApi: search, fuse: search }], clusters: { ms: 1500, points: 1, icons: 1 }, plain: { ms: 1, points: 1, icons: 1 }, fuseJsonBytes: 0 },
    } as unknown as Report;
    expect(targetRows(report).map((t) => [t.target, t.met])).toEqual([
      ['Full build under 120 s', false],
      ['Peak memory under 4.00 GiB', true],
      ['Search “food”: first results under 300 KB fetched', true],
      ['All points drawn under 1000 ms', false],
    ]);
  });
});

describe('what is timed', () => {
  it('splits npm run build into the Astro step and the search index steps', () => {
    const { astro, index } = buildSteps(REPO);
    expect(astro).toMatch(/astro build/);
    expect(index.length).toBeGreaterThan(0);
    expect(index.join(' ')).toMatch(/pagefind|search-index/);
  });

  it('samples the resident memory of a process tree', () => {
    expect(treeRss(process.pid)).toBeGreaterThan(10 * 1024 * 1024);
  });

  it('counts text as gzipped and already-compressed files as stored', () => {
    const text = Buffer.from('a'.repeat(10_000));
    expect(wireBytes('http://127.0.0.1/pagefind/pagefind.js', text)).toBeLessThan(200);
    expect(wireBytes('http://127.0.0.1/pagefind/index/en_abc.pf_index', text)).toBe(10_000);
  });
});

describe('options', () => {
  it('defaults to the three sizes, three builds of the small one and one of each big one, five browser runs', () => {
    expect(parseBenchArgs([])).toMatchObject({ sizes: [1000, 5000, 10000], runs: [3, 1, 1], browserRuns: 5, browser: true, browserOnly: false });
    expect(parseBenchArgs(['--sizes', '1000,10000', '--runs', '4,1']).runs).toEqual([4, 1]);
    expect(parseBenchArgs(['--sizes', '1000,5000', '--runs', '2']).runs).toEqual([2, 2]);
    expect(() => parseBenchArgs(['--sizes', '1000,5000,10000', '--runs', '2,1'])).toThrow(/one per size \(3\)/);
    expect(parseBenchArgs(['--sizes', '5000,1000', '--runs', '2']).sizes).toEqual([1000, 5000]);
  });

  it('refuses a size that is not a count', () => {
    expect(() => parseBenchArgs(['--sizes', '1000,lots'])).toThrow(/"lots" is not one/);
    expect(() => parseBenchArgs(['--browser-runs', '0'])).toThrow(/--browser-runs must be a whole number, 1 or more/);
  });
});
