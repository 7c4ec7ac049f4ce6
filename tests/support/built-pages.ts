import { readdirSync, existsSync } from 'node:fs';
import { join, sep } from 'node:path';
import { repoRoot } from './paths';

export interface BuiltPage {
  /** The path the browser requests, e.g. /directory/ or, for the 404 page, a path that does not exist. */
  url: string;
  /** The file in dist/ that answers it, e.g. directory/index.html. */
  file: string;
  /** The route pattern (template) that built it, from src/pages, e.g. /directory/[slug]/. */
  route: string;
  expectedStatus: 200 | 404;
}

/** A path no page will ever have: requesting it must give the 404 page with status 404. */
export const MISSING_PATH = '/this-page-does-not-exist-check-404/';

/** Every HTML file under dir, as paths relative to it with forward slashes, sorted. */
export function listHtmlFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.split(sep).join('/'))
    .sort();
}

/**
 * The pages a visitor can reach: every index.html plus 404.html. The CMS under /admin/ is
 * Decap's own application, checked by the CMS tests, not held to the site's page rules.
 */
export function discoverPages(dist: string): BuiltPage[] {
  const routes = loadRoutes();
  return listHtmlFiles(dist)
    .filter((file) => !file.startsWith('admin/'))
    .flatMap((file): BuiltPage[] => {
      if (file === '404.html') return [{ url: MISSING_PATH, file, route: '/404', expectedStatus: 404 }];
      if (file !== 'index.html' && !file.endsWith('/index.html')) return [];
      const url = `/${file.slice(0, -'index.html'.length)}`;
      return [{ url, file, route: matchRoute(routes, url), expectedStatus: 200 }];
    });
}

export interface PageSelection {
  pages: BuiltPage[];
  total: number;
  routes: string[];
  sampled: boolean;
}

/**
 * Up to `limit` pages: all of them if there are no more than that; otherwise the first page
 * of every route pattern (so every template is checked) plus pages spread evenly through
 * the sorted rest. Deterministic, so a failure reproduces on the next run.
 */
export function selectPages(all: BuiltPage[], limit: number): PageSelection {
  const sorted = [...all].sort((a, b) => a.url.localeCompare(b.url));
  const firstOfRoute = new Map<string, BuiltPage>();
  for (const page of sorted) if (!firstOfRoute.has(page.route)) firstOfRoute.set(page.route, page);
  const routes = [...firstOfRoute.keys()].sort();
  if (sorted.length <= limit) return { pages: sorted, total: sorted.length, routes, sampled: false };

  const chosen = new Set(firstOfRoute.values());
  const rest = sorted.filter((page) => !chosen.has(page));
  const budget = Math.max(0, limit - chosen.size);
  const step = rest.length / budget;
  for (let i = 0; i < budget; i++) chosen.add(rest[Math.floor(i * step)]!);
  const pages = sorted.filter((page) => chosen.has(page));
  return { pages, total: sorted.length, routes, sampled: true };
}

interface Route {
  pattern: string;
  /** Per segment: a static string, a single-segment regex, or a rest parameter. */
  segments: Array<{ kind: 'static'; text: string } | { kind: 'param'; regex: RegExp } | { kind: 'rest' }>;
}

const PAGE_EXTENSIONS = /\.(astro|md|mdx|html)$/;

/** Page routes from src/pages, read the way Astro reads them (endpoints build no HTML pages). */
export function loadRoutes(pagesDir = join(repoRoot, 'src/pages')): Route[] {
  if (!existsSync(pagesDir)) return [];
  return (readdirSync(pagesDir, { recursive: true, encoding: 'utf8' }) as string[])
    .map((file) => file.split(sep).join('/'))
    .filter((file) => PAGE_EXTENSIONS.test(file) && !file.split('/').some((part) => part.startsWith('_')))
    .map((file) => {
      const parts = file.replace(PAGE_EXTENSIONS, '').split('/');
      if (parts.at(-1) === 'index') parts.pop();
      const pattern = `/${parts.map((part) => `${part}/`).join('')}`;
      return {
        pattern: pattern === '/404/' ? '/404' : pattern,
        segments: parts.map((part) => {
          if (/^\[\.\.\.[^\]]+\]$/.test(part)) return { kind: 'rest' as const };
          if (!part.includes('[')) return { kind: 'static' as const, text: part };
          const source = part
            .split(/(\[[^\]]+\])/)
            .map((piece) => (piece.startsWith('[') ? '[^/]+' : piece.replace(/[.*+?^${}()|\\]/g, '\\$&')))
            .join('');
          return { kind: 'param' as const, regex: new RegExp(`^${source}$`) };
        }),
      };
    });
}

function matches(route: Route, parts: string[]): boolean {
  const walk = (r: number, p: number): boolean => {
    if (r === route.segments.length) return p === parts.length;
    const segment = route.segments[r]!;
    if (segment.kind === 'rest') {
      for (let end = p; end <= parts.length; end++) if (walk(r + 1, end)) return true;
      return false;
    }
    if (p === parts.length) return false;
    const ok = segment.kind === 'static' ? segment.text === parts[p] : segment.regex.test(parts[p]!);
    return ok && walk(r + 1, p + 1);
  };
  return walk(0, 0);
}

/** Astro's priority in short: static segments beat parameters, parameters beat rest parameters. */
function specificity(route: Route): number[] {
  return route.segments.map((segment) => (segment.kind === 'static' ? 3 : segment.kind === 'param' ? 2 : 1));
}

function compareSpecificity(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const diff = (b[i] ?? 0) - (a[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

/** The route pattern that built a URL; a page no route explains (an integration's) is its own template. */
export function matchRoute(routes: Route[], url: string): string {
  const parts = url.split('/').filter(Boolean).map((part) => decodeURIComponent(part));
  const candidates = routes.filter((route) => matches(route, parts));
  candidates.sort((a, b) => compareSpecificity(specificity(a), specificity(b)));
  return candidates[0]?.pattern ?? url;
}
