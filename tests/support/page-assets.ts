/**
 * What a built page makes a browser download before images, for the page
 * weight budgets: its HTML, stylesheets (with their @imports and fonts) and
 * JavaScript (module scripts with every module they import, statically or on
 * demand), each counted gzip-compressed as a static host sends it.
 * Also which page templates have an island, read from src/ (a component with
 * a client:* directive or a script of its own): only those may ship JavaScript.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse, type HTMLElement } from 'node-html-parser';

/** Script types that are data, not code: JSON-LD, JSON for a script to read, import maps. */
const DATA_SCRIPT_TYPES = new Set(['application/ld+json', 'application/json', 'importmap']);
const FONT = /\.(woff2?|ttf|otf|eot)$/i;

export interface ScriptOnPage {
  /** "src" for <script src>, "inline" for code in the page, "modulepreload" for a preloaded module. */
  kind: 'src' | 'inline' | 'modulepreload';
  /** The file in dist/ (for src and modulepreload). */
  file?: string;
  /** The first characters of an inline script, to say what it is. */
  preview?: string;
  code?: string;
}

export interface Asset {
  file: string;
  kind: 'html' | 'css' | 'js' | 'font';
  /** Bytes as sent compressed (gzip, level 9); fonts count as stored (already compressed). */
  bytes: number;
}

const sizeCache = new Map<string, number>();
export function compressedSize(path: string): number {
  let size = sizeCache.get(path);
  if (size === undefined) {
    const data = readFileSync(path);
    size = FONT.test(path) ? data.length : gzipSync(data, { level: 9 }).length;
    sizeCache.set(path, size);
  }
  return size;
}

/** A URL on the page (href, src, import specifier) as a file in dist/, or undefined when it is not ours. */
export function fileFor(dist: string, fromUrlPath: string, ref: string): string | undefined {
  if (/^(data:|blob:|https?:|\/\/|#|mailto:|tel:)/i.test(ref)) return undefined;
  const clean = ref.replace(/[?#].*$/, '');
  // Vite's preload lists name chunks relative to the site root without a leading slash ("_astro/x.js").
  const urlPath = clean.startsWith('/') ? clean : clean.startsWith('_astro/') ? `/${clean}` : posix.join(posix.dirname(fromUrlPath), clean);
  const file = join(dist, ...decodeURIComponent(urlPath).split('/').filter(Boolean));
  return existsSync(file) ? file : undefined;
}

/** The URL path a file in dist/ is served at. */
export function urlPathOf(dist: string, file: string): string {
  return `/${relative(dist, file).split(sep).join('/')}`;
}

/** Executable scripts on a page (JSON-LD and other data scripts are not code). */
export function scriptsOn(root: HTMLElement, dist: string, pageUrl: string): ScriptOnPage[] {
  const found: ScriptOnPage[] = [];
  for (const el of root.querySelectorAll('script')) {
    const type = (el.getAttribute('type') ?? '').trim().toLowerCase();
    if (DATA_SCRIPT_TYPES.has(type)) continue;
    const src = el.getAttribute('src');
    if (src) found.push({ kind: 'src', file: fileFor(dist, pageUrl, src) ?? src });
    else found.push({ kind: 'inline', code: el.textContent, preview: el.textContent.trim().slice(0, 60) });
  }
  for (const el of root.querySelectorAll('link[rel="modulepreload"]')) {
    const href = el.getAttribute('href');
    if (href) found.push({ kind: 'modulepreload', file: fileFor(dist, pageUrl, href) ?? href });
  }
  return found;
}

/** Inline event handlers (onclick=…) are JavaScript too. */
export function eventHandlersOn(root: HTMLElement): string[] {
  return root.querySelectorAll('*').flatMap((el) => Object.keys(el.attributes).filter((name) => /^on[a-z]+$/i.test(name)).map((name) => `<${el.tagName.toLowerCase()} ${name}>`));
}

const IMPORT_PATTERNS = [
  // import x from "./a.js", import "./a.js", export * from "./a.js" (minified or not)
  /\b(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["'`]([^"'`\s]+)["'`]/g,
  // import("./a.js") and import(`./a.js`)
  /\bimport\(\s*["'`]([^"'`$]+)["'`]\s*\)/g,
  // Vite's preload lists: ["_astro/a.js","_astro/a.css"]
  /["'`](\/?_astro\/[^"'`\s]+\.(?:m?js|css))["'`]/g,
];

/** Module specifiers a script names: static and dynamic imports and Vite's preload lists. */
export function importsIn(code: string): string[] {
  const specs = new Set<string>();
  for (const pattern of IMPORT_PATTERNS) for (const m of code.matchAll(pattern)) specs.add(m[1]!);
  return [...specs];
}

/** Every JS file (and CSS a script loads) reachable from the given scripts, following imports. */
export function scriptClosure(dist: string, pageUrl: string, scripts: ScriptOnPage[]): { js: Set<string>; css: Set<string> } {
  const js = new Set<string>();
  const css = new Set<string>();
  const visit = (fromUrl: string, code: string) => {
    for (const spec of importsIn(code)) {
      const file = fileFor(dist, fromUrl, spec);
      if (!file) continue;
      if (file.endsWith('.css')) css.add(file);
      else if (/\.m?js$/.test(file) && !js.has(file)) {
        js.add(file);
        visit(urlPathOf(dist, file), readFileSync(file, 'utf8'));
      }
    }
    // The search index's loader is imported by a path held in a variable (it exists only after
    // `pagefind --site`), so it is added by name wherever a script points at /pagefind/.
    const loader = join(dist, 'pagefind', 'pagefind.js');
    if (code.includes('/pagefind/') && existsSync(loader) && !js.has(loader)) {
      js.add(loader);
      visit('/pagefind/pagefind.js', readFileSync(loader, 'utf8'));
    }
  };
  for (const s of scripts) {
    if (s.kind === 'inline') visit(pageUrl, s.code ?? '');
    else if (s.file && existsSync(s.file) && !js.has(s.file)) {
      js.add(s.file);
      visit(urlPathOf(dist, s.file), readFileSync(s.file, 'utf8'));
    }
  }
  return { js, css };
}

/** Stylesheets with what they @import, and the fonts they use (images in CSS are left out: "before images"). */
export function styleClosure(dist: string, sheets: Iterable<string>): { css: Set<string>; fonts: Set<string> } {
  const css = new Set<string>();
  const fonts = new Set<string>();
  const visit = (file: string) => {
    if (css.has(file)) return;
    css.add(file);
    const text = readFileSync(file, 'utf8');
    const from = urlPathOf(dist, file);
    for (const m of text.matchAll(/@import\s+(?:url\()?\s*["']?([^"')\s;]+)/g)) {
      const f = fileFor(dist, from, m[1]!);
      if (f) visit(f);
    }
    for (const m of text.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) {
      const f = FONT.test(m[1]!.replace(/[?#].*$/, '')) ? fileFor(dist, from, m[1]!) : undefined;
      if (f) fonts.add(f);
    }
  };
  for (const sheet of sheets) visit(sheet);
  return { css, fonts };
}

export interface PageWeight {
  url: string;
  assets: Asset[];
  total: number;
  js: number;
  scripts: ScriptOnPage[];
  eventHandlers: string[];
}

/** Everything a page downloads before images, compressed, with the list of what it is. */
export function pageWeight(dist: string, file: string, url: string): PageWeight {
  const path = join(dist, file);
  const root = parse(readFileSync(path, 'utf8'));
  const pageUrl = `/${file.split(sep).join('/')}`;
  const scripts = scriptsOn(root, dist, pageUrl);
  const { js, css: scriptCss } = scriptClosure(dist, pageUrl, scripts);
  const linked = root
    .querySelectorAll('link[rel~="stylesheet"]')
    .map((el) => fileFor(dist, pageUrl, el.getAttribute('href') ?? ''))
    .filter((f): f is string => Boolean(f));
  const { css, fonts } = styleClosure(dist, [...linked, ...scriptCss]);
  for (const el of root.querySelectorAll('link[rel="preload"][as="font"]')) {
    const f = fileFor(dist, pageUrl, el.getAttribute('href') ?? '');
    if (f) fonts.add(f);
  }
  const assets: Asset[] = [
    { file: relative(dist, path), kind: 'html', bytes: compressedSize(path) },
    ...[...css].map((f) => ({ file: relative(dist, f), kind: 'css' as const, bytes: compressedSize(f) })),
    ...[...js].map((f) => ({ file: relative(dist, f), kind: 'js' as const, bytes: compressedSize(f) })),
    ...[...fonts].map((f) => ({ file: relative(dist, f), kind: 'font' as const, bytes: compressedSize(f) })),
  ];
  const inlineJs = scripts.filter((s) => s.kind === 'inline').reduce((sum, s) => sum + gzipSync(s.code ?? '').length, 0);
  return {
    url,
    assets,
    total: assets.reduce((sum, a) => sum + a.bytes, 0),
    // Inline scripts are inside the HTML's bytes already; they are added to the JavaScript figure only.
    js: assets.filter((a) => a.kind === 'js').reduce((sum, a) => sum + a.bytes, 0) + inlineJs,
    scripts,
    eventHandlers: eventHandlersOn(root),
  };
}

/** "12.3 KB" */
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function describeAssets(w: PageWeight): string {
  return w.assets
    .slice()
    .sort((a, b) => b.bytes - a.bytes)
    .map((a) => `  ${a.kind.padEnd(4)} ${kb(a.bytes).padStart(9)}  ${a.file}`)
    .join('\n');
}

// ---- Islands, read from the source ----

const PAGE_FILE = /\.(astro|md|mdx|html)$/;

/** The route pattern of a page file under src/pages, as tests/support/built-pages.ts names routes. */
export function routeOfPageFile(file: string): string {
  const parts = file.split(sep).join('/').replace(PAGE_FILE, '').split('/');
  if (parts.at(-1) === 'index') parts.pop();
  const pattern = `/${parts.map((p) => `${p}/`).join('')}`;
  return pattern === '/404/' ? '/404' : pattern;
}

/**
 * The source without its comments (HTML, block and line comments), so a comment that
 * mentions "<script>" or "client:load" cannot make a template look like an island
 * and quietly drop it from the "ships no JavaScript" check. A line comment starts
 * after a space or bracket, so the "//" of "https://" is left alone.
 */
export function withoutComments(source: string): string {
  return source
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[\s;{}(])\/\/[^\n]*/gm, '$1');
}

/** Why a component file counts as an island: a client:* directive or a script that runs in the browser. */
export function islandMarks(withComments: string): string[] {
  const source = withoutComments(withComments);
  const marks: string[] = [];
  for (const m of source.matchAll(/\bclient:(load|idle|visible|media|only)\b/g)) marks.push(`client:${m[1]}`);
  for (const m of source.matchAll(/<script\b([^>]*)>/g)) {
    const type = /\btype\s*=\s*["']([^"']+)["']/.exec(m[1]!)?.[1]?.toLowerCase();
    if (!type || !DATA_SCRIPT_TYPES.has(type)) marks.push('<script>');
  }
  return marks;
}

/**
 * For each page template in src/pages: the components with an island it can render, following
 * .astro imports. Layouts are not followed: a script in the layout would run on every page,
 * which is exactly what "no JavaScript without an island" forbids.
 */
export function islandsByTemplate(srcDir: string): Map<string, string[]> {
  const pagesDir = join(srcDir, 'pages');
  const layoutsDir = join(srcDir, 'layouts');
  const islandsOf = (file: string, seen: Set<string>): string[] => {
    if (seen.has(file) || file.startsWith(layoutsDir + sep) || !existsSync(file)) return [];
    seen.add(file);
    const source = withoutComments(readFileSync(file, 'utf8'));
    const own = islandMarks(source).length ? [relative(srcDir, file)] : [];
    const imported = [...source.matchAll(/\bimport\s+(?:[\w$*{}\s,]+\s+from\s+)?["']([^"']+\.astro)["']/g)]
      .filter((m) => m[1]!.startsWith('.'))
      .flatMap((m) => islandsOf(join(dirname(file), m[1]!), seen));
    return [...own, ...imported];
  };
  const result = new Map<string, string[]>();
  const files = (readdirSync(pagesDir, { recursive: true, encoding: 'utf8' }) as string[]).filter(
    (f) => PAGE_FILE.test(f) && !f.split(sep).some((part) => part.startsWith('_')),
  );
  for (const f of files) result.set(routeOfPageFile(f), [...new Set(islandsOf(join(pagesDir, f), new Set()))]);
  return result;
}
