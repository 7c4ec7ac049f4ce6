/**
 * The benchmark's own pages, written into the benchmark's build (never the
 * shared dist/) under /__bench/ after its size has been measured:
 *  - pagefind.html: Pagefind's JS API, first 20 results drawn (the engine alone);
 *  - fuse.html: the obvious alternative, Fuse.js over one JSON file holding the
 *    same text Pagefind indexes (each page's data-pagefind-body), first 20 drawn.
 * Each page times itself from its query to results on screen and leaves the
 * figures in window.__bench.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parse } from 'node-html-parser';
import { listHtmlFiles } from '../../../../tests/support/built-pages';

export const HARNESS_DIR = '__bench';
export const RESULTS_SHOWN = 20;

export interface SearchRecord {
  url: string;
  title: string;
  text: string;
}

/** What Pagefind indexes, page by page: the data-pagefind-body element's text, ignored parts left out. */
export function searchRecords(dist: string): SearchRecord[] {
  const records: SearchRecord[] = [];
  for (const file of listHtmlFiles(dist)) {
    if (file.startsWith(`${HARNESS_DIR}/`)) continue;
    const html = readFileSync(join(dist, file), 'utf8');
    if (!html.includes('data-pagefind-body')) continue;
    const root = parse(html);
    const body = root.querySelector('[data-pagefind-body]');
    if (!body) continue;
    for (const ignored of body.querySelectorAll('[data-pagefind-ignore]')) ignored.remove();
    const title = (body.querySelector('h1')?.text ?? root.querySelector('title')?.text ?? '').trim();
    const url = `/${file.replace(/index\.html$/, '')}`;
    records.push({ url, title, text: body.text.replace(/\s+/g, ' ').trim() });
  }
  return records;
}

const PAGE = (title: string, script: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>
<body><h1>${title}</h1><ol id="results"></ol>
<script type="module">
const q = new URL(location.href).searchParams.get('q') ?? '';
const frames = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
const show = (titles) => document.getElementById('results').replaceChildren(...titles.map((t) => Object.assign(document.createElement('li'), { textContent: t })));
const t0 = performance.now();
try {
${script}
} catch (error) {
  window.__bench = { error: String(error) };
}
</script></body></html>
`;

const PAGEFIND_SCRIPT = `
  const pagefind = await import('/pagefind/pagefind.js');
  await pagefind.options({ excerptLength: 24 });
  await pagefind.init();
  const search = await pagefind.search(q);
  const data = await Promise.all(search.results.slice(0, ${RESULTS_SHOWN}).map((r) => r.data()));
  show(data.map((d) => d.meta.title));
  await frames();
  window.__bench = { ms: performance.now() - t0, total: search.results.length, shown: data.length };`;

// Title weighted above body text; ignoreLocation so a word deep in a page matches (Fuse's default only looks near the start).
const FUSE_SCRIPT = `
  const { default: Fuse } = await import('./fuse.min.mjs');
  const records = await (await fetch('./search-index.json')).json();
  const fuse = new Fuse(records, { keys: [{ name: 'title', weight: 2 }, 'text'], ignoreLocation: true, threshold: 0.2, minMatchCharLength: 2 });
  const found = fuse.search(q);
  show(found.slice(0, ${RESULTS_SHOWN}).map((r) => r.item.title));
  await frames();
  window.__bench = { ms: performance.now() - t0, total: found.length, shown: Math.min(found.length, ${RESULTS_SHOWN}) };`;

export function writeHarness(dist: string): { records: number; indexBytes: number } {
  const dir = join(dist, HARNESS_DIR);
  mkdirSync(dir, { recursive: true });
  const records = searchRecords(dist);
  const json = JSON.stringify(records);
  writeFileSync(join(dir, 'search-index.json'), json);
  // The package's own browser build (ES module), served from our origin like everything else.
  copyFileSync(join(dirname(createRequire(import.meta.url).resolve('fuse.js')), 'fuse.min.mjs'), join(dir, 'fuse.min.mjs'));
  writeFileSync(join(dir, 'pagefind.html'), PAGE('Pagefind API', PAGEFIND_SCRIPT));
  writeFileSync(join(dir, 'fuse.html'), PAGE('Fuse.js over one JSON file', FUSE_SCRIPT));
  return { records: records.length, indexBytes: Buffer.byteLength(json) };
}
