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

export async function buildOnce(p: BuildPaths): Promise<BuildFigures> {
  rmSync(p.out, { recursive: true, force: true });
  rmSync(p.cache, { recursive: true, force: true });
  const env = { ...process.env, CONTENT_DIR: p.content, OUT_DIR: p.out, ASTRO_CACHE_DIR: p.cache, BUILD_DATE: p.buildDate };
  const bin = (name: string) => join(p.repo, 'node_modules', '.bin', name);

  const astro = await measureCommand(bin('astro'), ['build'], { cwd: p.repo, env });
  if (astro.exitCode !== 0) throw new Error(`astro build failed (exit ${astro.exitCode}) for ${p.content}:\n${astro.output}`);
  const pagefind = await measureCommand(bin('pagefind'), ['--site', p.out], { cwd: p.repo, env });
  if (pagefind.exitCode !== 0) throw new Error(`pagefind failed (exit ${pagefind.exitCode}):\n${pagefind.output}`);

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
    points: existsSync(pointsFile) ? (JSON.parse(readFileSync(pointsFile, 'utf8')) as unknown[]).length : 0,
    pointsBytes: existsSync(pointsFile) ? fileBytes(pointsFile) : { raw: 0, gzip: 0 },
    largestPage: largest,
  };
}
