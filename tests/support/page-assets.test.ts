/**
 * The page-weight harness's own logic (tests/support/page-assets.ts): if it missed
 * an import or miscounted a script, the budgets in tests/e2e/page-weight.test.ts
 * could pass a heavy page.
 */
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { importsIn, islandMarks, islandsByTemplate, pageWeight, routeOfPageFile } from './page-assets';
import { scratchFolder, writeFiles } from './scratch-files';

const scratch = scratchFolder('page-assets');

const gz = (s: string) => gzipSync(s, { level: 9 }).length;

describe('imports a module script names', () => {
  test('static, re-exports, dynamic (quotes and backticks) and Vite preload lists', () => {
    const code = 'import{a as b}from"./leaflet.js";export*from"./x.js";import"./side.js";const m=()=>import(`./lazy.js`);import("./quoted.js");m.f=["_astro/dep.js","_astro/dep.css"];import(variable);';
    expect(importsIn(code).sort()).toEqual(['./leaflet.js', './lazy.js', './quoted.js', './side.js', './x.js', '_astro/dep.css', '_astro/dep.js'].sort());
  });
});

describe('what a page downloads', () => {
  const leaflet = 'var L = {};'.repeat(500);
  const dist = writeFiles(join(scratch, 'dist'), {
    'map/index.html': '<!doctype html><html><head><link rel="stylesheet" href="/_astro/base.css"><script type="application/ld+json">{"@type":"Thing"}</script></head><body><script type="module" src="/_astro/page.js"></script></body></html>',
    'plain/index.html': '<!doctype html><html><head><script type="application/ld+json">{}</script><script type="application/json" id="rows">[1,2]</script></head><body><button onclick="go()">Go</button></body></html>',
    '_astro/page.js': 'import{m}from"./map.js";const p=()=>import("/pagefind/"+"pagefind.js");',
    '_astro/map.js': `import"./leaflet.js";${'x'.repeat(10)}`,
    '_astro/leaflet.js': leaflet,
    '_astro/base.css': '@import "./fonts.css"; body{background:url(/img/bg.png)}',
    '_astro/fonts.css': '@font-face{src:url(/fonts/a.woff2)}',
    'fonts/a.woff2': 'FONTDATA',
    'img/bg.png': 'PNG',
    'pagefind/pagefind.js': 'export const search = 1;',
  });

  test('follows every import, adds the search loader, counts CSS, @imports and fonts, not images', () => {
    const w = pageWeight(dist, 'map/index.html', '/map/');
    expect(w.assets.map((a) => `${a.kind} ${a.file}`).sort()).toEqual([
      'css _astro/base.css', 'css _astro/fonts.css', 'font fonts/a.woff2', 'html map/index.html',
      'js _astro/leaflet.js', 'js _astro/map.js', 'js _astro/page.js', 'js pagefind/pagefind.js',
    ]);
    expect(w.assets.find((a) => a.file.endsWith('leaflet.js'))!.bytes).toBe(gz(leaflet));
    expect(w.assets.find((a) => a.kind === 'font')!.bytes).toBe('FONTDATA'.length);
    expect(w.total).toBe(w.assets.reduce((s, a) => s + a.bytes, 0));
  });

  test('JSON-LD and JSON data are not JavaScript; an onclick attribute is', () => {
    const w = pageWeight(dist, 'plain/index.html', '/plain/');
    expect(w.scripts).toEqual([]);
    expect(w.js).toBe(0);
    expect(w.eventHandlers).toEqual(['<button onclick>']);
  });
});

describe('islands read from src/', () => {
  test('a client: directive or a script is an island; JSON-LD and JSON are not', () => {
    expect(islandMarks('<Map client:visible />')).toEqual(['client:visible']);
    expect(islandMarks('<script>\nimport "./x";\n</script>')).toEqual(['<script>']);
    expect(islandMarks('<script is:inline>alert(1)</script>')).toEqual(['<script>']);
    expect(islandMarks('<script is:inline type="application/ld+json" set:html={x} />')).toEqual([]);
    expect(islandMarks('<script type="application/json" id="d" is:inline>')).toEqual([]);
    // Comments that mention scripts or directives are not islands; code after a URL still is.
    expect(islandMarks('---\n// renders no <script> and no client:load\n/* nor <script> here */\n---\n<!-- <script> --><p>{/* client:idle */}</p>')).toEqual([]);
    expect(islandMarks('<a href="https://example.org/x">x</a><script>go()</script>')).toEqual(['<script>']);
  });

  test('templates inherit islands through component imports, but not through layouts', () => {
    const src = writeFiles(join(scratch, 'src'), {
      'layouts/Base.astro': '<script>console.log("every page")</script>',
      'components/Map.astro': '<div></div><script>import "./map";</script>',
      'components/Card.astro': '---\nimport Map from "./Map.astro";\n---\n<Map />',
      'components/Plain.astro': '<p>text</p>',
      'pages/index.astro': '---\nimport Base from "../layouts/Base.astro";\nimport Plain from "../components/Plain.astro";\n---',
      'pages/places/[id].astro': '---\nimport Base from "../../layouts/Base.astro";\nimport Card from "../../components/Card.astro";\n---',
      'pages/data.json.ts': 'export const GET = () => new Response("[]");',
    });
    const islands = islandsByTemplate(src);
    expect(islands.get('/')).toEqual([]);
    expect(islands.get('/places/[id]/')).toEqual(['components/Map.astro']);
    expect(islands.has('/data.json/')).toBe(false);
  });

  test('page files name their routes as the built-page discovery does', () => {
    expect(routeOfPageFile('index.astro')).toBe('/');
    expect(routeOfPageFile('404.astro')).toBe('/404');
    expect(routeOfPageFile('decisions/[...filter].astro')).toBe('/decisions/[...filter]/');
    expect(routeOfPageFile('wards/[id].astro')).toBe('/wards/[id]/');
  });
});
