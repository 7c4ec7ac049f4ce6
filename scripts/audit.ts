/**
 * `npm run audit`: Lighthouse (mobile preset) on the built site served locally,
 * in Debian's Chromium: the home page, an organisation page, /explore/,
 * /funding/ and a meeting page, served as a static host serves it (compressed,
 * hashed assets cached). Prints the four scores against the goals
 * (performance 95+, the rest 100) and what cost points. Nothing leaves the
 * machine: map tiles are blocked the way Lighthouse blocks URLs (which it does
 * not count as console errors) and every other host fails to resolve.
 *   npm run audit [-- --dist DIR] [--runs N]
 * DIR defaults to DIST_DIR, OUT_DIR or dist/. Full reports go to bench-results/lighthouse/.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';
import { CHROMIUM_PATH } from '../tests/support/browser';
import { distDir } from '../tests/support/paths';
import { median } from './lib/bench/stats';
import { startHostServer } from './lib/audit/host-server';
import { pagesToAudit } from './lib/audit/pages';
import { CATEGORIES, GOALS, metricsOf, scoresOf, shortfalls, type Scores } from './lib/audit/summary';

const repo = resolve(import.meta.dirname, '..');

// The brief's flags for Debian's Chromium, plus: every host but loopback fails to resolve.
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

function tilePatterns(dist: string): string[] {
  // The tile URL is in the explore page's map container (it comes from settings).
  const html = readFileSync(join(dist, 'explore', 'index.html'), 'utf8');
  const template = /data-tile-url="([^"]+)"/.exec(html)?.[1]?.replace(/&amp;/g, '&');
  if (!template) return [];
  const host = new URL(template.replace(/\{[a-z]+\}/g, 'a')).hostname.replace(/^a\./, '');
  return [`*://${host}/*`, `*://*.${host}/*`];
}

async function main() {
  const { values } = parseArgs({ options: { dist: { type: 'string' }, runs: { type: 'string' } }, strict: true });
  const dist = values.dist ? resolve(values.dist) : distDir();
  const runs = Number(values.runs ?? 1);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a whole number, 1 or more; it is "${values.runs}"`);
  const pages = pagesToAudit(dist);
  const reports = join(repo, 'bench-results', 'lighthouse');
  mkdirSync(reports, { recursive: true });

  const server = await startHostServer(dist);
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROME_FLAGS });
  const rows: { name: string; path: string; scores: Scores; lhr: Result }[] = [];
  try {
    for (const page of pages) {
      const results: Result[] = [];
      for (let i = 0; i < runs; i++) {
        const run = await lighthouse(`${server.origin}${page.path}`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: [...CATEGORIES],
          blockedUrlPatterns: tilePatterns(dist),
        });
        if (!run) throw new Error(`Lighthouse returned nothing for ${page.path}`);
        if (run.lhr.runtimeError) throw new Error(`Lighthouse could not audit ${page.path}: ${run.lhr.runtimeError.message}`);
        results.push(run.lhr);
      }
      const scores = Object.fromEntries(CATEGORIES.map((c) => [c, median(results.map((r) => scoresOf(r)[c]))])) as Scores;
      // The report kept is the run whose performance score is the median.
      const lhr = results.sort((a, b) => scoresOf(a).performance - scoresOf(b).performance)[Math.floor(results.length / 2)]!;
      writeFileSync(join(reports, `${page.name.toLowerCase()}.json`), JSON.stringify(lhr));
      rows.push({ ...page, scores, lhr });
      console.error(`[audit] ${page.name} ${page.path}: ${CATEGORIES.map((c) => scores[c]).join(' / ')}`);
    }
  } finally {
    await chrome.kill();
    await server.close();
  }

  const mark = (c: (typeof CATEGORIES)[number], s: number) => (s >= GOALS[c] ? `${s}` : `**${s}**`);
  const lines = [
    `Lighthouse ${rows[0]?.lhr.lighthouseVersion}, mobile preset (simulated slow 4G and 4× CPU slowdown), ${runs === 1 ? 'one run' : `median of ${runs} runs`} per page, ${new Date().toISOString().slice(0, 10)}.`,
    `Goals: performance ${GOALS.performance}+, accessibility, best practices and SEO ${GOALS.seo}. Below a goal in bold.`,
    // Lighthouse scales its simulated CPU by how fast this machine ran a fixed task; a busy machine scores lower.
    `Machine: Lighthouse benchmark index ${rows.map((r) => r.lhr.environment.benchmarkIndex).join(', ')} (a typical desktop scores about 1,000+; lower means a slower or busier machine, and performance scores fall with it).`,
    '',
    '| Page | Path | Performance | Accessibility | Best practices | SEO |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows.map((r) => `| ${r.name} | ${r.path} | ${CATEGORIES.map((c) => mark(c, r.scores[c])).join(' | ')} |`),
    '',
  ];
  for (const r of rows) {
    lines.push(`${r.name} (${r.path}): ${metricsOf(r.lhr)}.`);
    for (const c of CATEGORIES) {
      const missed = shortfalls(r.lhr, c);
      if (missed.length) lines.push(`  ${c}: ${missed.join('; ')}`);
    }
  }
  lines.push('', `Full reports: ${reports}/*.json (open in the Lighthouse viewer).`);
  console.log(lines.join('\n'));
}

main().catch((error) => {
  console.error((error as Error).message);
  process.exit(1);
});
