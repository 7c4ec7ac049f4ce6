/**
 * One cold build of a content set, as CI would run it: Astro (fresh output and
 * cache folders) then Pagefind, each timed with its process tree's peak memory,
 * then what it produced: pages, dist/ size, search index size, map points.
 */
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { listHtmlFiles } from '../../../tests/support/built-pages';
import { dirBytes, fileBytes } from './files';
import { measureCommand } from './process-tree';

export interface BuildFigures {
  astroSeconds: number;
  pagefindSeconds: number;
  /** Peak of the two steps (they run one after the other). */
  peakBytes: number;
  astroPeakBytes: number;
  pagefindPeakBytes: number;
  pages: number;
  indexedPages: number;
  distBytes: number;
  indexBytes: number;
  points: number;
  pointsBytes: { raw: number; gzip: number };
  largestPage: { file: string; bytes: number };
}

export interface BuildPaths {
  repo: string;
  content: string;
  out: string;
  cache: string;
  buildDate: string;
}

/**
 * The steps of `npm run build` as package.json has them, so the benchmark times the build
 * the project really runs: the Astro step, then the rest (the search index).
 */
export function buildSteps(repo: string): { astro: string; index: string[] } {
  const script = (JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts.build;
  if (!script) throw new Error('package.json has no "build" script');
  const steps = script.split('&&').map((s) => s.trim()).filter(Boolean);
  const astro = steps.findIndex((s) => /\bastro\s+build\b/.test(s));
  if (astro < 0) throw new Error(`the build script does not run "astro build": ${script}`);
  return { astro: steps.slice(0, astro + 1).join(' && '), index: steps.slice(astro + 1) };
}

/** Places on the map: the points file has been a plain list and a { places, records } pair. */
export function countPoints(data: unknown): number {
  if (Array.isArray(data)) return data.length;
  const places = (data as { places?: unknown[] } | null)?.places;
  return Array.isArray(places) ? places.length : 0;
}

export async function buildOnce(p: BuildPaths): Promise<BuildFigures> {
  rmSync(p.out, { recursive: true, force: true });
  rmSync(p.cache, { recursive: true, force: true });
  const bin = join(p.repo, 'node_modules', '.bin');
  const env = { ...process.env, PATH: `${bin}:${process.env.PATH}`, CONTENT_DIR: p.content, OUT_DIR: p.out, ASTRO_CACHE_DIR: p.cache, BUILD_DATE: p.buildDate };
  const { astro: astroStep, index: indexSteps } = buildSteps(p.repo);

  const astro = await measureCommand('sh', ['-c', astroStep], { cwd: p.repo, env });
  if (astro.exitCode !== 0) throw new Error(`"${astroStep}" failed (exit ${astro.exitCode}) for ${p.content}:\n${astro.output}`);
  // The search index steps, timed together (Pagefind, and whatever the build script runs with it).
  const pagefind = { seconds: 0, peakBytes: 0, output: '' };
  for (const step of indexSteps) {
    const run = await measureCommand('sh', ['-c', step], { cwd: p.repo, env });
    if (run.exitCode !== 0) throw new Error(`"${step}" failed (exit ${run.exitCode}):\n${run.output}`);
    pagefind.seconds += run.seconds;
    pagefind.peakBytes = Math.max(pagefind.peakBytes, run.peakBytes);
    pagefind.output += run.output;
  }

  const html = listHtmlFiles(p.out);
  const largest = html.reduce((best, file) => {
    const bytes = statSync(join(p.out, file)).size;
    return bytes > best.bytes ? { file, bytes } : best;
  }, { file: '', bytes: 0 });
  const pointsFile = join(p.out, 'data', 'points.json');
  const indexed = /Indexed (\d+) pages?/.exec(pagefind.output);
  return {
    astroSeconds: astro.seconds,
    pagefindSeconds: pagefind.seconds,
    peakBytes: Math.max(astro.peakBytes, pagefind.peakBytes),
    astroPeakBytes: astro.peakBytes,
    pagefindPeakBytes: pagefind.peakBytes,
    pages: html.length,
    indexedPages: indexed ? Number(indexed[1]) : 0,
    distBytes: dirBytes(p.out),
    indexBytes: existsSync(join(p.out, 'pagefind')) ? dirBytes(join(p.out, 'pagefind')) : 0,
    points: existsSync(pointsFile) ? countPoints(JSON.parse(readFileSync(pointsFile, 'utf8'))) : 0,
    pointsBytes: existsSync(pointsFile) ? fileBytes(pointsFile) : { raw: 0, gzip: 0 },
    largestPage: largest,
  };
}
