/**
 * The browser half of the benchmark, each figure from a fresh browser context
 * (a first visit: nothing cached), tiles answered locally with a blank image:
 *  - search on /explore/ as a visitor does it (type, press Enter, results drawn);
 *  - the same query through Pagefind's API alone and through Fuse.js over one JSON file;
 *  - all points on the explore map with markercluster (our page as built), and the
 *    same points as plain Leaflet markers without clustering.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DESKTOP_VIEWPORT } from '../../../../tests/support/browser';
import { keepOffNetwork } from '../../../../tests/support/network';
import { HARNESS_DIR } from './harness';
import { trackTransfer } from './transfer';

export interface SearchFigure {
  ms: number;
  bytes: number;
  requests: number;
  /** How many results the engine found, and how many were drawn. */
  total: number;
  shown: number;
}

export interface MapFigure {
  ms: number;
  points: number;
  /** Marker and cluster icons on screen when done. */
  icons: number;
}

const TIMEOUT = 300_000;

async function freshPage(browser: Browser, tileHost: string | undefined): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: DESKTOP_VIEWPORT, reducedMotion: 'reduce' });
  await keepOffNetwork(context, tileHost);
  // tsx (esbuild keepNames) wraps named functions in __name(); functions passed to
  // page.evaluate carry that call into the page, so the page gets a no-op one.
  await context.addInitScript('globalThis.__name = (fn) => fn;');
  const page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT);
  return { context, page };
}

const waitForAllPlaces = (page: Page) =>
  page.waitForFunction(() => /^Showing all/.test(document.querySelector('#explore-status')?.textContent ?? ''), null, { timeout: TIMEOUT });

/** /explore/ loaded and idle, then a query typed and submitted: time and bytes until results are drawn. */
export async function searchOnExplore(browser: Browser, origin: string, query: string, tileHost?: string): Promise<SearchFigure> {
  const { context, page } = await freshPage(browser, tileHost);
  try {
    const transfer = trackTransfer(page);
    await page.goto(`${origin}/explore/`, { waitUntil: 'load' });
    await waitForAllPlaces(page);
    transfer.start();
    const result = await page.evaluate(async (q) => {
      const input = document.querySelector<HTMLInputElement>('#explore-q')!;
      const status = document.querySelector('#explore-status')!;
      const finished = new Promise<string>((resolve) => {
        const observer = new MutationObserver(() => {
          const text = status.textContent ?? '';
          if (/results? for|No results for|not available/.test(text)) {
            observer.disconnect();
            resolve(text);
          }
        });
        observer.observe(status, { childList: true, characterData: true, subtree: true });
      });
      input.value = q;
      const t0 = performance.now();
      input.form!.requestSubmit();
      const text = await finished;
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      return { ms: performance.now() - t0, text, shown: document.querySelectorAll('#explore-results-list > li').length };
    }, query);
    const { bytes, requests } = await transfer.total();
    const total = Number(/^(\d+) result/.exec(result.text)?.[1] ?? 0);
    if (/not available/.test(result.text)) throw new Error(`/explore/ says search is not available: ${result.text}`);
    return { ms: result.ms, bytes, requests, total, shown: result.shown };
  } finally {
    await context.close();
  }
}

/** One of the harness pages (pagefind.html, fuse.html): time and bytes from its query to results drawn. */
export async function searchOnHarness(browser: Browser, origin: string, harness: 'pagefind' | 'fuse', query: string, tileHost?: string): Promise<SearchFigure> {
  const { context, page } = await freshPage(browser, tileHost);
  try {
    const transfer = trackTransfer(page, { skipDocument: true });
    transfer.start();
    await page.goto(`${origin}/${HARNESS_DIR}/${harness}.html?q=${encodeURIComponent(query)}`, { waitUntil: 'load' });
    await page.waitForFunction(() => (window as unknown as { __bench?: unknown }).__bench !== undefined, null, { timeout: TIMEOUT });
    const figures = await page.evaluate(() => (window as unknown as { __bench: { ms: number; total: number; shown: number; error?: string } }).__bench);
    if (figures.error) throw new Error(`${harness} harness failed: ${figures.error}`);
    const { bytes, requests } = await transfer.total();
    return { ms: figures.ms, bytes, requests, total: figures.total, shown: figures.shown };
  } finally {
    await context.close();
  }
}

/**
 * Watches the explore page's own markercluster group from inside the page: the
 * class is wrapped as Leaflet creates it, so the first addLayers (every point,
 * as the page loads) is timed until every marker is in the cluster tree, the
 * map has stopped moving, and two frames have been painted.
 */
const CLUSTER_HOOK = `(() => {
  const state = { done: false };
  window.__mapBench = state;
  const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  const idle = async (map) => { while (map && (map._animatingZoom || (map._panAnim && map._panAnim._inProgress))) await frames(); await frames(); };
  let realL;
  Object.defineProperty(window, 'L', { configurable: true, get: () => realL, set(value) {
    realL = value;
    const FG = value && value.FeatureGroup;
    if (!FG || FG.__benchHooked) return;
    FG.__benchHooked = true;
    const extend = FG.extend;
    FG.extend = function (props, ...rest) {
      if (props && typeof props.addLayers === 'function' && typeof props.zoomToShowLayer === 'function') {
        const addLayers = props.addLayers;
        props.addLayers = function (layers, skip) {
          const group = this, n = layers.length, t0 = performance.now(), first = state.t0 === undefined;
          if (first) state.t0 = t0;
          const result = addLayers.call(this, layers, skip);
          if (first) (async () => {
            while (!(group._topClusterLevel && group._topClusterLevel._childCount >= n)) await frames();
            await idle(group._map);
            Object.assign(state, { ms: performance.now() - t0, points: n, icons: document.querySelectorAll('#explore-map .leaflet-marker-icon').length, done: true });
          })();
          return result;
        };
      }
      return extend.call(this, props, ...rest);
    };
  } });
})();`;

export async function mapWithClusters(browser: Browser, origin: string, tileHost?: string): Promise<MapFigure> {
  const { context, page } = await freshPage(browser, tileHost);
  try {
    await page.addInitScript(CLUSTER_HOOK);
    await page.goto(`${origin}/explore/`, { waitUntil: 'load' });
    await page.waitForFunction(() => (window as unknown as { __mapBench?: { done: boolean } }).__mapBench?.done === true, null, { timeout: TIMEOUT });
    return await page.evaluate(() => {
      const s = (window as unknown as { __mapBench: MapFigure }).__mapBench;
      return { ms: s.ms, points: s.points, icons: s.icons };
    });
  } finally {
    await context.close();
  }
}

function leafletImage(name: string): string {
  const dir = join(dirname(createRequire(import.meta.url).resolve('leaflet/package.json')), 'dist', 'images');
  return `data:image/png;base64,${readFileSync(join(dir, name)).toString('base64')}`;
}

/**
 * The alternative: the same points as plain Leaflet markers (same icon, same
 * labels, same fit to bounds) on the explore page's own Leaflet, in place of
 * its map. The page's own points request gets an empty list, so only this map draws.
 */
export async function mapWithPlainMarkers(browser: Browser, origin: string, tileHost?: string): Promise<MapFigure> {
  const { context, page } = await freshPage(browser, tileHost);
  try {
    await context.route(
      (url) => url.pathname === '/data/points.json' && url.search === '',
      (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '[]' }),
    );
    await page.goto(`${origin}/explore/`, { waitUntil: 'load' });
    await waitForAllPlaces(page);
    const icons = { iconUrl: leafletImage('marker-icon.png'), iconRetinaUrl: leafletImage('marker-icon-2x.png'), shadowUrl: leafletImage('marker-shadow.png') };
    return await page.evaluate(async (icons) => {
      type P = { lat: number; lng: number; name: string };
      const L = (window as unknown as { L: typeof import('leaflet') }).L;
      const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const points: P[] = await (await fetch('/data/points.json?plain')).json();
      const old = document.getElementById('explore-map')!;
      const d = old.dataset;
      const container = document.createElement('div');
      container.className = old.className;
      old.replaceWith(container);
      const map = L.map(container, { scrollWheelZoom: false }).setView([Number(d.lat), Number(d.lng)], Number(d.zoom));
      L.tileLayer(d.tileUrl!, { maxZoom: 19 }).addTo(map);
      const icon = L.icon({ ...icons, iconSize: [25, 41], iconAnchor: [12, 41], popupAnchor: [1, -34], shadowSize: [41, 41] });
      const markers = points.map((p) => L.marker([p.lat, p.lng], { icon, alt: p.name, title: p.name, keyboard: true }).bindPopup(p.name));
      const t0 = performance.now();
      L.layerGroup(markers).addTo(map);
      if (points.length) map.fitBounds(L.latLngBounds(points.map((p) => [p.lat, p.lng] as [number, number])), { maxZoom: 15, padding: [24, 24] });
      const m = map as unknown as { _animatingZoom?: boolean; _panAnim?: { _inProgress?: boolean } };
      while (m._animatingZoom || m._panAnim?._inProgress) await frames();
      await frames();
      return { ms: performance.now() - t0, points: points.length, icons: container.querySelectorAll('.leaflet-marker-icon').length };
    }, icons);
  } finally {
    await context.close();
  }
}
