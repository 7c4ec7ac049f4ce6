/**
 * The benchmark's Markdown report: the machine, one row per build size, the
 * browser figures with ours over the alternative's as ratios, and the targets.
 */
import type { FixtureCounts } from '../fixtures/generate';
import type { BuildFigures } from './build';
import type { ExploreSearchFigure, MapFigure, SearchFigure } from './browser/measure';
import { RESULTS_SHOWN } from './browser/harness';
import { GIB, KB, MB } from './files';
import type { Machine } from './machine';

export interface SizeResult {
  counts: FixtureCounts;
  runs: number;
  build: BuildFigures;
}

export interface QueryResult {
  query: string;
  explore: ExploreSearchFigure;
  pagefindApi: SearchFigure;
  fuse: SearchFigure;
}

export interface BrowserResult {
  orgs: number;
  runs: number;
  queries: QueryResult[];
  clusters: MapFigure;
  plain: MapFigure;
  fuseJsonBytes: number;
}

export interface Report {
  machine: Machine;
  loadBefore: number;
  loadAfter: number;
  seed: number;
  sizes: SizeResult[];
  /** When the build figures come from an earlier run (--browser-only): its date and load. */
  buildsMeasured?: { date: string; loadBefore: number; loadAfter: number };
  browser?: BrowserResult;
}

/** Targets for the 10,000-organisation set (issue 7). */
export const TARGETS = { buildSeconds: 120, peakBytes: 4 * GIB, searchBytes: 300 * KB, mapMs: 1000 };

const n = (x: number) => x.toLocaleString('en-GB');
const s1 = (x: number) => x.toFixed(1);
export function bytes(x: number): string {
  if (x >= MB) return `${(x / MB).toFixed(1)} MB`;
  return `${Math.round(x / KB)} KB`;
}
const gib = (x: number) => `${(x / GIB).toFixed(2)} GiB`;
const ms = (x: number) => `${Math.round(x)} ms`;
/** Ours over theirs: below 1 means ours is smaller or faster. */
export function ratio(ours: number, theirs: number): string {
  if (!theirs) return '–';
  const r = ours / theirs;
  const shown = r >= 10 ? r.toFixed(0) : r >= 1 ? r.toFixed(1) : r >= 0.1 ? r.toFixed(2) : r.toPrecision(1);
  return `${shown} (${r <= 1 ? `${(1 / r).toFixed(r > 0.5 ? 1 : 0)}× less` : `${r.toFixed(1)}× more`})`;
}

export function buildTable(sizes: readonly SizeResult[]): string {
  const head = '| Organisations | Grants / meetings / projects | Pages built | Astro build | Search index step | Total | ms per page | Peak memory (Astro / index step) | dist/ | Index size | Map points (points.json, gzip) | Largest page |';
  const rule = `|${' --- |'.repeat(12)}`;
  const rows = sizes.map(({ counts, build: b }) => {
    const total = b.astroSeconds + b.pagefindSeconds;
    return `| ${n(counts.orgs)} | ${n(counts.grants)} / ${n(counts.meetings)} / ${n(counts.crowdfund)} | ${n(b.pages)} (${n(b.indexedPages)} indexed) | ${s1(b.astroSeconds)} s | ${s1(b.pagefindSeconds)} s | ${s1(total)} s | ${(b.astroSeconds * 1000 / b.pages).toFixed(1)} | ${gib(b.peakBytes)} (${gib(b.astroPeakBytes)} / ${gib(b.pagefindPeakBytes)}) | ${bytes(b.distBytes)} | ${bytes(b.indexBytes)} | ${n(b.points)} (${bytes(b.pointsBytes.gzip)}) | /${b.largestPage.file.replace(/index\.html$/, '')} ${bytes(b.largestPage.bytes)} |`;
  });
  return [head, rule, ...rows].join('\n');
}

export function browserTable(b: BrowserResult): string {
  const head = '| Measure | Ours | Alternative | Ours ÷ alternative |';
  const rule = '| --- | --- | --- | --- |';
  const rows: string[] = [];
  for (const q of b.queries) {
    const label = `Search “${q.query}”`;
    rows.push(`| ${label}: bytes fetched to first results | Pagefind: ${bytes(q.pagefindApi.bytes)} in ${q.pagefindApi.requests} requests | Fuse.js, one JSON file: ${bytes(q.fuse.bytes)} in ${q.fuse.requests} | ${ratio(q.pagefindApi.bytes, q.fuse.bytes)} |`);
    rows.push(`| ${label}: ms to first results (cold, ${RESULTS_SHOWN} drawn) | Pagefind: ${ms(q.pagefindApi.ms)}, ${n(q.pagefindApi.total)} found | Fuse.js: ${ms(q.fuse.ms)}, ${n(q.fuse.total)} found | ${ratio(q.pagefindApi.ms, q.fuse.ms)} |`);
    rows.push(`| ${label} on /explore/ | search traffic ${bytes(q.explore.bytes)} (${q.explore.requests} requests; whole visit ${bytes(q.explore.visitBytes)}); typed: ${ms(q.explore.ms)}; opened as /explore/?q=: ${ms(q.explore.coldMs)}; ${n(q.explore.total)} results | – | – |`);
  }
  rows.push(`| All ${n(b.clusters.points)} points on the map: ms to draw | markercluster (/explore/): ${ms(b.clusters.ms)}, ${n(b.clusters.icons)} icons on screen | plain Leaflet markers: ${ms(b.plain.ms)}, ${n(b.plain.icons)} icons | ${ratio(b.clusters.ms, b.plain.ms)} |`);
  return [head, rule, ...rows].join('\n');
}

interface TargetRow {
  target: string;
  figure: string;
  met: boolean;
}

export function targetRows(report: Report): TargetRow[] {
  const rows: TargetRow[] = [];
  const big = report.sizes.find((s) => s.counts.orgs === 10_000);
  if (big) {
    const total = big.build.astroSeconds + big.build.pagefindSeconds;
    rows.push({ target: `Full build under ${TARGETS.buildSeconds} s`, figure: `${s1(total)} s`, met: total < TARGETS.buildSeconds });
    rows.push({ target: `Peak memory under ${gib(TARGETS.peakBytes)}`, figure: gib(big.build.peakBytes), met: big.build.peakBytes < TARGETS.peakBytes });
  }
  const b = report.browser;
  if (b && b.orgs === 10_000) {
    for (const q of b.queries)
      rows.push({ target: `Search “${q.query}”: first results under ${bytes(TARGETS.searchBytes)} fetched`, figure: bytes(q.explore.bytes), met: q.explore.bytes < TARGETS.searchBytes });
    rows.push({ target: `All points drawn under ${TARGETS.mapMs} ms`, figure: ms(b.clusters.ms), met: b.clusters.ms < TARGETS.mapMs });
  }
  return rows;
}

export function renderReport(report: Report): string {
  const { machine: m } = report;
  const lines = [
    `# Benchmark, ${m.date.slice(0, 10)}`,
    '',
    `Measured ${m.date} on ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB memory, ${m.os}; Node ${m.node}; commit ${m.commit}.`,
    `Load average (1 min) ${report.loadBefore} before and ${report.loadAfter} after: above ${m.cores} means other work shared the machine and the times are pessimistic.`,
    `Content: synthetic (\`npm run fixtures\`, seed ${report.seed}); per 1,000 organisations, 1,000 grants, 100 meetings and 50 crowdfund projects.`,
    '',
  ];
  if (report.sizes.length)
    lines.push(
      '## Build (cold: fresh output and cache folders)',
      '',
      buildTable(report.sizes),
      '',
      ...(report.buildsMeasured ? [`Builds measured ${report.buildsMeasured.date}, load average ${report.buildsMeasured.loadBefore} before and ${report.buildsMeasured.loadAfter} after; the browser figures below in a later run (--browser-only) on the largest build.`, ''] : []),
      `Cold builds per size: ${report.sizes.map((x) => `${n(x.runs)} at ${n(x.counts.orgs)}`).join(', ')} (the median where more than one; big sets take minutes a build). Peak memory is the most the build's whole process tree held at once (sampled from /proc every 100 ms).`,
    );
  if (report.browser) {
    const b = report.browser;
    lines.push(
      '',
      `## In the browser (${n(b.orgs)} organisations; median of ${b.runs} run${b.runs === 1 ? '' : 's'}; headless Chromium, first visit, nothing cached)`,
      '',
      browserTable(b),
      '',
      'Bytes are counted as a host that gzips text sends them. Pagefind and Fuse.js rows: each engine alone on a bare page, timed from the query to the first results drawn, loading included.',
      'The /explore/ row is the real page: its search traffic is everything fetched from /pagefind/ (loader, wasm, index, fragments, result keys) on a first visit to /explore/?q=; "typed" runs from pressing Enter on the loaded page to the results drawn (list, counts and map).',
      `The Fuse.js index holds the same text Pagefind indexes (each page's data-pagefind-body): ${bytes(b.fuseJsonBytes)} of JSON before compression.`,
      'Map time runs from handing the markers to the map to every marker placed, the map at rest and two frames painted.',
    );
  }
  const targets = targetRows(report);
  if (targets.length)
    lines.push('', '## Targets (10,000 organisations)', '', '| Target | Figure | Met |', '| --- | --- | --- |', ...targets.map((t) => `| ${t.target} | ${t.figure} | ${t.met ? 'yes' : '**no**'} |`));
  return `${lines.join('\n')}\n`;
}
