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

/** The explore page at rest: its first search done (a status that is not "…ing…") and the network quiet. */
async function waitForExploreIdle(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const text = document.querySelector('#explore-status')?.textContent?.trim() ?? '';
    return text !== '' && !text.endsWith('…');
  }, null, { timeout: TIMEOUT });
  await page.waitForLoadState('networkidle', { timeout: TIMEOUT });
}

export interface ExploreSearchFigure extends SearchFigure {
  /** From opening /explore/?q= to results drawn (the header search lands here). */
  coldMs: number;
  /** Everything that cold visit fetched, page, map and data included. */
  visitBytes: number;
}

/**
 * The real page, two ways: a cold visit to /explore/?q= (bytes: all of Pagefind's
 * traffic, the search's own cost, wherever the page starts it; time from navigation),
 * and a query typed into the loaded page and submitted (time from Enter to results drawn).
 */
export async function searchOnExplore(browser: Browser, origin: string, query: string, tileHost?: string, root?: string): Promise<ExploreSearchFigure> {
  const local = (url: URL) => url.origin === origin;
  const cold = await freshPage(browser, tileHost);
  let coldFigures: { coldMs: number; bytes: number; requests: number; visitBytes: number; text: string; shown: number };
  try {
    // Watches the status line from the first moment, so the time is taken in the page, not after a round trip.
    await cold.page.addInitScript(`document.addEventListener('DOMContentLoaded', () => {
      const status = document.querySelector('#explore-status');
      const done = () => { const t = status.textContent || ''; return t.includes('“' + ${JSON.stringify(query)} + '”') || /not available/.test(t); };
      const observer = new MutationObserver(() => {
        if (!done()) return;
        observer.disconnect();
        requestAnimationFrame(() => requestAnimationFrame(() => { window.__coldResults = performance.now(); }));
      });
      observer.observe(status, { childList: true, characterData: true, subtree: true });
    });`);
    const transfer = trackTransfer(cold.page, { root });
    transfer.start();
    await cold.page.goto(`${origin}/explore/?q=${encodeURIComponent(query)}`, { waitUntil: 'commit' });
    await cold.page.waitForFunction(() => (window as unknown as { __coldResults?: number }).__coldResults !== undefined, null, { timeout: TIMEOUT });
    const { ms, text, shown } = await cold.page.evaluate(() => ({
      ms: (window as unknown as { __coldResults: number }).__coldResults,
      text: document.querySelector('#explore-status')?.textContent ?? '',
      shown: document.querySelectorAll('#explore-results-list > li').length,
    }));
    const search = await transfer.total((url) => local(url) && url.pathname.startsWith('/pagefind/'));
    const visit = await transfer.total(local);
    coldFigures = { coldMs: ms, bytes: search.bytes, requests: search.requests, visitBytes: visit.bytes, text, shown };
  } finally {
    await cold.context.close();
  }
  if (/not available/.test(coldFigures.text)) throw new Error(`/explore/ says search is not available: ${coldFigures.text}`);

  const warm = await freshPage(browser, tileHost);
  try {
    await warm.page.goto(`${origin}/explore/`, { waitUntil: 'load' });
    await waitForExploreIdle(warm.page);
    const typed = await warm.page.evaluate(async (q) => {
      const input = document.querySelector<HTMLInputElement>('#explore-q')!;
      const status = document.querySelector('#explore-status')!;
      const finished = new Promise<void>((resolve) => {
        const observer = new MutationObserver(() => {
          const text = status.textContent ?? '';
          if (text.includes(`“${q}”`) || /not available/.test(text)) {
            observer.disconnect();
            resolve();
          }
        });
        observer.observe(status, { childList: true, characterData: true, subtree: true });
      });
      input.value = q;
      const t0 = performance.now();
      input.form!.requestSubmit();
      await finished;
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      return performance.now() - t0;
    }, query);
    const total = Number(/^([\d,]+) results?/.exec(coldFigures.text)?.[1]?.replace(/,/g, '') ?? 0);
    return { ms: typed, coldMs: coldFigures.coldMs, bytes: coldFigures.bytes, requests: coldFigures.requests, visitBytes: coldFigures.visitBytes, total, shown: coldFigures.shown };
  } finally {
    await warm.context.close();
  }
}

/** One of the harness pages (pagefind.html, fuse.html): time and bytes from its query to results drawn. */
export async function searchOnHarness(browser: Browser, origin: string, harness: 'pagefind' | 'fuse', query: string, tileHost?: string, root?: string): Promise<SearchFigure> {
  const { context, page } = await freshPage(browser, tileHost);
  try {
    const transfer = trackTransfer(page, { skipDocument: true, root });
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
 * class is wrapped as Leaflet creates it, so the first addLayers with markers (every
 * place the opening view shows) is timed until every marker is in the cluster tree, the
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
          const group = this, n = layers.length, t0 = performance.now(), first = state.t0 === undefined && n > 0;
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
 * The alternative: every point in the points file as a plain Leaflet marker (Leaflet's
 * own pin image, a label each, no clustering), on the explore page's own Leaflet, in a
 * map that replaces the page's once it is at rest.
 */
export async function mapWithPlainMarkers(browser: Browser, origin: string, tileHost?: string): Promise<MapFigure> {
  const { context, page } = await freshPage(browser, tileHost);
  try {
    await page.goto(`${origin}/explore/`, { waitUntil: 'load' });
    await waitForExploreIdle(page);
    const icons = { iconUrl: leafletImage('marker-icon.png'), iconRetinaUrl: leafletImage('marker-icon-2x.png'), shadowUrl: leafletImage('marker-shadow.png') };
    const pointsUrl = (await page.getAttribute('[data-points]', 'data-points')) ?? '/data/points.json';
    return await page.evaluate(async ({ icons, pointsUrl }) => {
      type P = { lat: number; lng: number; name?: string; title?: string };
      const L = (window as unknown as { L: typeof import('leaflet') }).L;
      const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const data = await (await fetch(pointsUrl)).json();
      // The points file has been a list of points, and a { places, records } pair.
      const points: P[] = Array.isArray(data) ? data : data.places;
      const old = document.getElementById('explore-map')!;
      const container = document.createElement('div');
      container.className = old.className;
      container.style.height = `${old.getBoundingClientRect().height || 480}px`;
      old.replaceWith(container);
      const map = L.map(container, { scrollWheelZoom: false, zoomAnimation: false });
      map.fitBounds(L.latLngBounds(points.map((p) => [p.lat, p.lng] as [number, number])), { maxZoom: 15, padding: [24, 24] });
      if (old.dataset.tileUrl) L.tileLayer(old.dataset.tileUrl, { maxZoom: 19 }).addTo(map);
      const icon = L.icon({ ...icons, iconSize: [25, 41], iconAnchor: [12, 41], popupAnchor: [1, -34], shadowSize: [41, 41] });
      const markers = points.map((p) => {
        const label = p.name ?? p.title ?? 'Place';
        return L.marker([p.lat, p.lng], { icon, alt: label, title: label, keyboard: true }).bindPopup(label);
      });
      const t0 = performance.now();
      L.layerGroup(markers).addTo(map);
      await frames();
      return { ms: performance.now() - t0, points: points.length, icons: container.querySelectorAll('.leaflet-marker-icon').length };
    }, { icons, pointsUrl });
  } finally {
    await context.close();
  }
}
