/** The benchmark's command line. */
import { parseArgs } from 'node:util';

export const USAGE = `Usage: npm run bench -- [--sizes 1000,5000,10000] [--runs N | N,N,N] [--browser-runs N] [--no-browser | --browser-only] [--seed S] [--out FILE] [--work DIR]

Builds synthetic content sets of each size (organisations; grants, meetings and projects in
proportion), times Astro and Pagefind and samples peak memory, then in headless Chromium on
the largest set measures search and map drawing against Fuse.js and plain Leaflet markers.
  --sizes         organisation counts, comma-separated (default 1000,5000,10000)
  --runs          cold builds per size, one number for all or one per size in size order;
                  the median is reported (default 3 up to 1,000 organisations, 1 above:
                  a 10,000 build takes minutes)
  --browser-runs  runs of each browser measurement; the median is reported (default 5)
  --no-browser    builds only
  --browser-only  reuse the last build of the largest size (in --work) and measure in the browser only
  --out           where the Markdown report is written (default bench-results/latest.md)
  --work          folder for the content sets and builds (default node_modules/.cache/bench)`;

export interface BenchArgs {
  sizes: number[];
  /** Cold builds for each size, in the order of sizes. */
  runs: number[];
  browserRuns: number;
  browser: boolean;
  browserOnly: boolean;
  seed: number;
  out: string;
  work: string;
  help: boolean;
}

function positive(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^[1-9]\d*$/.test(value)) throw new Error(`--${name} must be a whole number, 1 or more; it is "${value}"`);
  return Number(value);
}

export function parseBenchArgs(argv: string[]): BenchArgs {
  const { values } = parseArgs({
    args: argv,
    options: {
      sizes: { type: 'string' },
      runs: { type: 'string' },
      'browser-runs': { type: 'string' },
      'no-browser': { type: 'boolean' },
      'browser-only': { type: 'boolean' },
      seed: { type: 'string' },
      out: { type: 'string' },
      work: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values['no-browser'] && values['browser-only']) throw new Error('--no-browser and --browser-only cannot be used together');
  const sizes = (values.sizes ?? '1000,5000,10000').split(',').map((s) => s.trim());
  for (const s of sizes) if (!/^[1-9]\d*$/.test(s)) throw new Error(`--sizes must be organisation counts separated by commas, e.g. 1000,5000; "${s}" is not one`);
  const sorted = sizes.map(Number).sort((a, b) => a - b);
  const runList = values.runs === undefined ? undefined : values.runs.split(',').map((r) => positive('runs', r.trim(), 1));
  if (runList && runList.length !== 1 && runList.length !== sorted.length)
    throw new Error(`--runs must be one number, or one per size (${sorted.length}); it is "${values.runs}"`);
  return {
    sizes: sorted,
    runs: sorted.map((orgs, i) => (runList ? (runList.length === 1 ? runList[0]! : runList[i]!) : orgs <= 1000 ? 3 : 1)),
    browserRuns: positive('browser-runs', values['browser-runs'], 5),
    browser: !values['no-browser'],
    browserOnly: values['browser-only'] ?? false,
    seed: values.seed === undefined ? 1 : positive('seed', values.seed, 1),
    out: values.out ?? 'bench-results/latest.md',
    work: values.work ?? 'node_modules/.cache/bench',
    help: values.help ?? false,
  };
}
