/**
 * /explore/: search with Pagefind, the result list and the map kept in step.
 * The query lives in the URL (?q=) so a search can be shared and the header's
 * search form lands here with results. Without a query, the list shows every
 * place on the map: the accessible alternative to the map itself.
 */
import { pointsForUrls, type MapPoint } from '../../lib/geo';
import { createExploreMap, type ExploreMap } from '../map/explore-map';
import { loadPagefind } from './pagefind';
import { fromPagefind, fromPoint, renderItem, type ResultItem } from './results-list';

const PAGE_SIZE = 20;
/** Result details are fetched one by one; past this many only the count is exact. */
const MAX_LOADED = 200;

const root = document.querySelector<HTMLElement>('[data-explore]')!;
const input = root.querySelector<HTMLInputElement>('#explore-q')!;
const status = root.querySelector<HTMLElement>('#explore-status')!;
const list = root.querySelector<HTMLOListElement>('#explore-results-list')!;
const more = root.querySelector<HTMLButtonElement>('#explore-more')!;
const mapEl = root.querySelector<HTMLElement>('#explore-map')!;
const mapMessage = root.querySelector<HTMLElement>('#explore-map-message')!;

let points: MapPoint[] = [];
let map: ExploreMap | null = null;
let items: ResultItem[] = [];
let shown = 0;
let searchSeq = 0;

const say = (text: string) => { status.textContent = text; };
const showOnMap = (id: string) => map?.focus(id);

function renderPage(focusFirst: boolean) {
  const next = items.slice(shown, shown + PAGE_SIZE).map((item) => renderItem(item, showOnMap));
  list.append(...next);
  shown += next.length;
  more.hidden = shown >= items.length;
  if (focusFirst) next[0]?.querySelector('a')?.focus();
}

function showItems(newItems: ResultItem[]) {
  items = newItems;
  shown = 0;
  list.replaceChildren();
  renderPage(false);
}

async function run(query: string) {
  const seq = ++searchSeq;
  const q = query.trim();
  if (!q) {
    showItems(points.map(fromPoint));
    map?.show(points);
    say(`Showing all ${points.length} places on the map. Type in the search box to search everything.`);
    return;
  }
  say('Searching…');
  const pagefind = await loadPagefind();
  if (!pagefind) {
    say('Search is not available: the search index is missing (it is made when the site is built). You can still browse the directory A to Z, by theme or by ward.');
    root.querySelector('#explore-fallback')!.removeAttribute('hidden');
    return;
  }
  const search = await pagefind.search(q);
  const data = await Promise.all(search.results.slice(0, MAX_LOADED).map((r) => r.data()));
  if (seq !== searchSeq) return; // a newer search has started
  const matched = pointsForUrls(points, data.map((d) => d.url));
  const pointByPage = new Map(matched.map((p) => [p.url, p]));
  showItems(data.map((d) => fromPagefind(d, pointByPage.get(d.url))));
  map?.show(matched);
  const total = search.results.length;
  say(total === 0
    ? `No results for “${q}”. Try another word, or browse the directory.`
    : `${total} ${total === 1 ? 'result' : 'results'} for “${q}”; ${matched.length} ${matched.length === 1 ? 'place' : 'places'} on the map.`);
}

function syncUrl(q: string) {
  const url = new URL(window.location.href);
  if (q.trim()) url.searchParams.set('q', q.trim());
  else url.searchParams.delete('q');
  history.replaceState(null, '', url);
}

let timer: number | undefined;
input.addEventListener('input', () => {
  window.clearTimeout(timer);
  timer = window.setTimeout(() => { syncUrl(input.value); void run(input.value); }, 300);
});
input.form!.addEventListener('submit', (event) => {
  event.preventDefault();
  window.clearTimeout(timer);
  syncUrl(input.value);
  void run(input.value);
});
more.addEventListener('click', () => renderPage(true));

async function start() {
  root.querySelector<HTMLElement>('.explore__layout')!.hidden = false;
  input.value = new URL(window.location.href).searchParams.get('q') ?? '';
  try {
    const response = await fetch(root.dataset.points!);
    points = response.ok ? await response.json() : [];
  } catch {
    points = [];
  }
  try {
    map = await createExploreMap(mapEl, () => {
      mapMessage.textContent = 'The map background could not be loaded, so the map may be blank. The list of results still works.';
      mapMessage.hidden = false;
    });
  } catch (error) {
    console.warn('Map could not start:', error);
    mapMessage.textContent = 'The map could not be shown. The list of results still works.';
    mapMessage.hidden = false;
  }
  await run(input.value);
}
void start();
