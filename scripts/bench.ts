/**
 * `npm run bench`: how the site scales. Builds synthetic content sets of
 * 1,000, 5,000 and 10,000 organisations, then measures search and the map in
 * headless Chromium on the largest against the obvious alternatives, and
 * writes a Markdown table to stdout and bench-results/latest.md.
 * No figure here is asserted in a test: timings vary with the machine.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { launchBrowser } from '../tests/support/browser';
import { startStaticServer } from '../tests/support/static-server';
import { contentRoot } from '../src/lib/content-root';
import { parseBenchArgs, USAGE } from './lib/bench/args';
import { writeHarness } from './lib/bench/browser/harness';
import { mapWithClusters, mapWithPlainMarkers, searchOnExplore, searchOnHarness, type ExploreSearchFigure, type MapFigure, type SearchFigure } from './lib/bench/browser/measure';
import { buildOnce, type BuildFigures } from './lib/bench/build';
import { describeMachine, load } from './lib/bench/machine';
import { renderReport, type BrowserResult, type QueryResult, type Report, type SizeResult } from './lib/bench/report';
import { median, medianOf } from './lib/bench/stats';
import { writeFixtures } from './lib/fixtures';
import { DEFAULT_TODAY, proportionalCounts } from './lib/fixtures/generate';

const repo = resolve(import.meta.dirname, '..');
const log = (message: string) => console.error(`[bench] ${message}`);

function medianBuild(runs: BuildFigures[]): BuildFigures {
  const middle = [...runs].sort((a, b) => a.astroSeconds + a.pagefindSeconds - (b.astroSeconds + b.pagefindSeconds))[Math.floor(runs.length / 2)]!;
  return {
    ...middle,
    astroSeconds: median(runs.map((r) => r.astroSeconds)),
    pagefindSeconds: median(runs.map((r) => r.pagefindSeconds)),
    peakBytes: median(runs.map((r) => r.peakBytes)),
    astroPeakBytes: median(runs.map((r) => r.astroPeakBytes)),
    pagefindPeakBytes: median(runs.map((r) => r.pagefindPeakBytes)),
  };
}

async function benchSize(orgs: number, builds: number, args: ReturnType<typeof parseBenchArgs>): Promise<{ size: SizeResult; dist: string; content: string }> {
  const counts = proportionalCounts(orgs);
  const work = resolve(repo, args.work);
  const content = join(work, `content-${orgs}`);
  const dist = join(work, `dist-${orgs}`);
  log(`${orgs} organisations: writing the content set`);
  writeFixtures({ ...counts, seed: args.seed, today: DEFAULT_TODAY, out: content, from: contentRoot() });
  const runs: BuildFigures[] = [];
  for (let i = 1; i <= builds; i++) {
    log(`${orgs} organisations: cold build ${i} of ${builds}`);
    const figures = await buildOnce({ repo, content, out: dist, cache: join(work, `cache-${orgs}`), buildDate: DEFAULT_TODAY });
    log(`  Astro ${figures.astroSeconds.toFixed(1)} s, Pagefind ${figures.pagefindSeconds.toFixed(1)} s, ${figures.pages} pages, peak ${(figures.astroPeakBytes / 2 ** 30).toFixed(2)} GiB (Astro) / ${(figures.pagefindPeakBytes / 2 ** 30).toFixed(2)} GiB (index)`);
    runs.push(figures);
  }
  return { size: { counts, runs: builds, build: medianBuild(runs) }, dist, content };
}

function tileHostOf(content: string): string | undefined {
  const site = JSON.parse(readFileSync(join(content, 'settings', 'site.json'), 'utf8')) as { map?: { tile_url?: string } };
  const url = site.map?.tile_url;
  return url ? new URL(url.replace(/\{s\}/g, 'a')).hostname.replace(/^a\./, '') : undefined;
}

async function benchBrowser(orgs: number, dist: string, content: string, runs: number): Promise<BrowserResult> {
  log(`browser: writing the harness pages and the Fuse.js index for ${orgs} organisations`);
  const harness = writeHarness(dist);
  const tileHost = tileHostOf(content);
  // Three kinds of query: a need residents type (issue 3's "food bank", a synonym of a theme, many
  // results), an activity (some) and one organisation's name.
  const queries = ['food bank', 'befriending', `Synthetic Organisation ${String(Math.ceil(orgs / 2)).padStart(Math.max(4, String(orgs).length), '0')}`];
  const server = await startStaticServer(dist);
  const browser = await launchBrowser();
  try {
    const perQuery: Record<string, { explore: ExploreSearchFigure[]; pagefindApi: SearchFigure[]; fuse: SearchFigure[] }> = {};
    const clusters: MapFigure[] = [];
    const plain: MapFigure[] = [];
    // Runs interleave ours and theirs, so a burst of load from elsewhere hits both alike.
    for (let i = 1; i <= runs; i++) {
      log(`browser: run ${i} of ${runs}`);
      for (const q of queries) {
        const slot = (perQuery[q] ??= { explore: [], pagefindApi: [], fuse: [] });
        slot.explore.push(await searchOnExplore(browser, server.origin, q, tileHost, dist));
        slot.pagefindApi.push(await searchOnHarness(browser, server.origin, 'pagefind', q, tileHost, dist));
        slot.fuse.push(await searchOnHarness(browser, server.origin, 'fuse', q, tileHost, dist));
        const [e, a, f] = [slot.explore.at(-1)!, slot.pagefindApi.at(-1)!, slot.fuse.at(-1)!];
        log(`  “${q}”: /explore/ ${Math.round(e.ms)} ms typed, ${Math.round(e.coldMs)} ms cold, ${Math.round(e.bytes / 1024)} KB search; Pagefind API ${Math.round(a.ms)} ms / ${Math.round(a.bytes / 1024)} KB; Fuse ${Math.round(f.ms)} ms / ${Math.round(f.bytes / 1024)} KB`);
      }
      clusters.push(await mapWithClusters(browser, server.origin, tileHost));
      plain.push(await mapWithPlainMarkers(browser, server.origin, tileHost));
      log(`  map: clusters ${Math.round(clusters.at(-1)!.ms)} ms, plain markers ${Math.round(plain.at(-1)!.ms)} ms`);
    }
    const med = <T extends object>(list: T[]) => medianOf(list as unknown as Record<string, number>[]) as unknown as T;
    const results: QueryResult[] = queries.map((q) => ({ query: q, explore: med(perQuery[q]!.explore), pagefindApi: med(perQuery[q]!.pagefindApi), fuse: med(perQuery[q]!.fuse) }));
    return {
      orgs,
      runs,
      queries: results,
      clusters: med(clusters),
      plain: med(plain),
      fuseJsonBytes: harness.indexBytes,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

async function main() {
  const args = parseBenchArgs(process.argv.slice(2));
  if (args.help) {
    console.log(USAGE);
    return;
  }
  const report: Report = { machine: describeMachine(repo), loadBefore: load(), loadAfter: 0, seed: args.seed, sizes: [] };
  let largest: { dist: string; content: string; orgs: number } | undefined;
  if (args.browserOnly) {
    const orgs = args.sizes.at(-1)!;
    const work = resolve(repo, args.work);
    largest = { orgs, dist: join(work, `dist-${orgs}`), content: join(work, `content-${orgs}`) };
    if (!existsSync(join(largest.dist, 'index.html'))) throw new Error(`--browser-only needs an earlier build of ${orgs} organisations in ${largest.dist}; run npm run bench -- --sizes ${orgs} first`);
    // The build figures of the run that made that build, so the report stays whole.
    const earlier = resolve(repo, args.out).replace(/\.md$/, '.json');
    if (existsSync(earlier)) {
      const saved = JSON.parse(readFileSync(earlier, 'utf8')) as Report;
      if (saved.sizes.some((s) => s.counts.orgs === orgs)) {
        report.sizes = saved.sizes;
        report.buildsMeasured = saved.buildsMeasured ?? { date: saved.machine.date, loadBefore: saved.loadBefore, loadAfter: saved.loadAfter };
      }
    }
  } else {
    for (const [i, orgs] of args.sizes.entries()) {
      const { size, dist, content } = await benchSize(orgs, args.runs[i]!, args);
      report.sizes.push(size);
      largest = { dist, content, orgs };
    }
  }
  const out = resolve(repo, args.out);
  const save = () => {
    report.loadAfter = load();
    const markdown = renderReport(report);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, markdown);
    // The figures as data too, so a report can be re-read or compared later.
    writeFileSync(out.replace(/\.md$/, '.json'), `${JSON.stringify(report, null, 2)}\n`);
    return markdown;
  };
  // The build figures are saved before the browser half starts: builds of the big sets take many minutes.
  if (report.sizes.length) save();
  if (args.browser && largest) report.browser = await benchBrowser(largest.orgs, largest.dist, largest.content, args.browserRuns);
  console.log(save());
  log(`report written to ${args.out}`);
}

main().catch((error) => {
  console.error((error as Error).message);
  if (/must be|Unknown option|unexpected argument/i.test((error as Error).message)) console.error(`\n${USAGE}`);
  process.exit(1);
});
