/**
 * /explore/: the search, the filters, the place, the list and the map, kept
 * in step, with the whole state in the URL (src/lib/explore-state.ts).
 *
 * Every change goes the same way: read the form into a state, put the state
 * in the URL, then show it (show()): look the place up, search, order by
 * distance, draw the list (a page at a time; only those results' details are
 * fetched) and the map (every match, from /data/points.json), update counts,
 * chips and the announced status line.
 */
import { emptyState, isBlank, parseState, roundCoord, stateToParams, withoutFilter, type ExploreState } from '../../lib/explore-state';
import { formatMiles, type MapPlace, type PointsFile } from '../../lib/geo';
import { geocode, placeProblem, type GeocoderConfig } from '../../lib/geocode';
import { orderByPlace, placesFor } from '../../lib/nearby';
import { CONTENT_TYPES } from '../../lib/search-filters';
import { recordIndexById, type KeysFile } from '../../lib/search-keys';
import { withinTime } from '../../lib/time-limit';
import { createExploreMap, type ExploreMap } from '../map/explore-map';
import type { MarkerData } from '../map/markers';
import { chipsFor, fillForm, offeredValues, openChosenGroups, renderChips, showCounts } from './filters-ui';
import { loadPagefind } from './pagefind';
import { renderItem, type Item } from './results-list';
import { runSearch, type JoinData } from './search-run';

/** How long a postcode look-up may take before the page says it could not be done. */
const GEOCODER_TIMEOUT_MS = 8_000;
const PAGE_SIZE = 20;
/** A page of results' details is a few kilobytes: this long means a download failed, not a slow phone. */
const FRAGMENT_TIME_LIMIT_MS = 10_000;
const WIDE = window.matchMedia('(min-width: 64rem)');

const root = document.querySelector<HTMLElement>('[data-explore]')!;
const form = root.querySelector<HTMLFormElement>('#explore-form')!;
const status = root.querySelector<HTMLElement>('#explore-status')!;
const list = root.querySelector<HTMLOListElement>('#explore-results-list')!;
const more = root.querySelector<HTMLButtonElement>('#explore-more')!;
const chipsBox = root.querySelector<HTMLElement>('#explore-chips')!;
const placeInput = root.querySelector<HTMLInputElement>('#explore-place')!;
const placeError = root.querySelector<HTMLElement>('#explore-place-error')!;
const mapEl = root.querySelector<HTMLElement>('#explore-map')!;
const mapMessage = root.querySelector<HTMLElement>('#explore-map-message')!;
const geocoder = JSON.parse(root.dataset.geocoder!) as GeocoderConfig;
const example = root.dataset.examplePostcode ?? '';

const offered = offeredValues();
let join: JoinData = { points: { places: [], records: [] } };
let map: ExploreMap | null = null;
let state: ExploreState = emptyState();
let items: Item[] = [];
let shown = 0;
let seq = 0;
const geocoded = new Map<string, ReturnType<typeof geocode>>();

const resultsBox = root.querySelector<HTMLElement>('#explore-results')!;
const say = (text: string) => { status.textContent = text; };
/** aria-busy while a search runs: screen readers wait for the new list, and so do the tests. */
const busy = (on: boolean) => resultsBox.setAttribute('aria-busy', String(on));
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

// ------------------------------------------------------------- state and URL

function readForm(): ExploreState {
  const params = new URLSearchParams();
  for (const [key, value] of new FormData(form)) if (typeof value === 'string' && value.trim()) params.append(key, value);
  return parseState(params, offered);
}

function commit(next: ExploreState, how: 'push' | 'replace' = 'push') {
  const query = stateToParams(next).toString();
  const url = `${window.location.pathname}${query ? `?${query}` : ''}`;
  if (url !== `${window.location.pathname}${window.location.search}`) history[how === 'push' ? 'pushState' : 'replaceState'](null, '', url);
  state = next;
  void show();
}

function setView(view: ExploreState['view'], record = true) {
  root.dataset.view = view;
  for (const b of root.querySelectorAll<HTMLButtonElement>('.explore-view button')) b.setAttribute('aria-pressed', String(b.dataset.view === view));
  (form.elements.namedItem('view') as HTMLInputElement).value = view === 'map' ? 'map' : '';
  if (view === 'map') requestAnimationFrame(() => map?.resize());
  if (record) {
    state = { ...state, view };
    const query = stateToParams(state).toString();
    history.replaceState(null, '', `${window.location.pathname}${query ? `?${query}` : ''}`);
  }
}

// ------------------------------------------------------------------- place

function showPlaceError(message: string | undefined) {
  placeError.textContent = message ?? '';
  placeError.hidden = !message;
  placeInput.setAttribute('aria-invalid', String(Boolean(message)));
}

/** The point to measure from, or undefined (with the reason shown) when there is none to use. */
async function origin(s: ExploreState): Promise<{ lat: number; lng: number; label: string } | undefined> {
  if (s.near) return { ...s.near, label: 'your location' };
  if (!s.place) return undefined;
  const key = s.place.toUpperCase().replace(/\s+/g, '');
  // A service that never answers must not leave the page searching for ever: give up and say so.
  if (!geocoded.has(key)) geocoded.set(key, geocode(s.place, geocoder, (url) => fetch(url, { signal: AbortSignal.timeout(GEOCODER_TIMEOUT_MS) })));
  const result = await geocoded.get(key)!;
  // A look-up that failed for want of a connection may work next time.
  if (result.status === 'unavailable') geocoded.delete(key);
  if (result.status !== 'found') {
    showPlaceError(placeProblem(result, geocoder.areaName, example));
    return undefined;
  }
  return { lat: result.lat, lng: result.lng, label: result.label };
}

function useMyLocation() {
  if (!('geolocation' in navigator)) {
    showPlaceError('Your browser cannot share your location. Enter a postcode instead.');
    return;
  }
  say('Finding your location…');
  navigator.geolocation.getCurrentPosition(
    ({ coords }) => {
      const b = geocoder.bounds;
      if (coords.latitude < b.south || coords.latitude > b.north || coords.longitude < b.west || coords.longitude > b.east) {
        showPlaceError(`Your location is outside ${geocoder.areaName}. This site lists help in ${geocoder.areaName}: enter a postcode in ${geocoder.areaName}, or search without one.`);
        say('');
        return;
      }
      placeInput.value = '';
      commit({ ...readForm(), place: '', near: { lat: roundCoord(coords.latitude), lng: roundCoord(coords.longitude) } });
    },
    () => {
      showPlaceError('Your browser did not share your location. Enter a postcode instead.');
      say('');
    },
    { timeout: 15_000, maximumAge: 300_000 },
  );
}

// ------------------------------------------------------------------- list

async function renderPage(focusFirst: boolean) {
  const page = items.slice(shown, shown + PAGE_SIZE);
  shown += page.length;
  const mySeq = seq;
  const data = await withinTime(Promise.all(page.map((i) => i.row.data())), FRAGMENT_TIME_LIMIT_MS);
  if (mySeq !== seq) return;
  const nodes = page.map((item, i) => renderItem(item, data[i], join.points.places, showOnMap));
  list.append(...nodes);
  more.hidden = shown >= items.length;
  more.textContent = `Show ${plural(Math.min(PAGE_SIZE, items.length - shown), 'more result')}`;
  if (focusFirst) nodes[0]?.querySelector('a')?.focus();
}

function markSelected(place: number | null) {
  for (const li of list.querySelectorAll<HTMLElement>('.result')) {
    const here = place !== null && (li.dataset.places ?? '').split(' ').includes(String(place));
    if (here) li.setAttribute('aria-current', 'true');
    else li.removeAttribute('aria-current');
  }
}

function showOnMap(place: number) {
  if (!WIDE.matches) setView('map');
  markSelected(place);
  map?.select(place);
}

/** Draws more of the list until the first result at a place is in it; returns that result. */
async function revealInList(place: number): Promise<HTMLElement | null> {
  const at = items.findIndex((i) => i.group === 'near' && i.record!.places.includes(place));
  while (at >= shown && shown < items.length) await renderPage(false);
  markSelected(place);
  return list.querySelector<HTMLElement>(`.result[data-places~="${place}"]`);
}

/** A place opened on the map: its results are marked in the list, and brought into view beside the map. */
async function selectedOnMap(place: number) {
  const li = await revealInList(place);
  if (WIDE.matches) li?.scrollIntoView({ block: 'nearest' });
}

/** From a marker's "Show in the list": focus moves to the first result there. */
async function showInList(place: number) {
  if (!WIDE.matches) setView('list');
  const li = await revealInList(place);
  li?.scrollIntoView({ block: 'nearest' });
  li?.querySelector('a')?.focus();
}

// -------------------------------------------------------------------- map

function markersFor(located: Item[], places: MapPlace[]): MarkerData[] {
  return [...placesFor(located).entries()].map(([place, here]) => {
    const p = places[place];
    const nearest = here.find((i) => i.nearest === place && i.miles !== undefined);
    return {
      place, lat: p.lat, lng: p.lng, name: p.name, approximate: p.approximate,
      distance: nearest ? formatMiles(nearest.miles!, p.approximate) : undefined,
      items: here.map((i) => ({ title: i.record!.title, url: i.record!.url, type: CONTENT_TYPES[i.record!.type], org: i.record!.org })),
    };
  });
}

// ------------------------------------------------------------------- show

function describe(count: number, s: ExploreState, where: string | undefined, placesOnMap: number, beyond: number): string {
  const what = s.q ? ` for “${s.q}”` : '';
  const near = where ? ` near ${where}${s.radius ? ` within ${plural(s.radius, 'mile')}` : ''}, nearest first` : '';
  const filters = Object.values(s.filters).reduce((n, v) => n + (v?.length ?? 0), 0);
  const withFilters = filters ? ` with ${plural(filters, 'filter')}` : '';
  if (count === 0) return `No results${what}${withFilters}${near}. Try other words, fewer filters or a wider distance, or browse the directory.`;
  const further = beyond ? ` ${plural(beyond, 'more result is', 'more results are')} further away.` : '';
  return `${plural(count, 'result')}${what}${withFilters}${near}. ${plural(placesOnMap, 'place')} on the map.${further}`;
}

/** Never leaves "Searching…" on screen: says what went wrong and offers the pages that need no search. */
function searchFailed(why: string) {
  say(`${why} You can still browse the directory A to Z, by theme or by ward.`);
  root.querySelector<HTMLElement>('#explore-fallback')!.hidden = false;
  busy(false);
}

async function show() {
  const mySeq = ++seq;
  const s = state;
  showPlaceError(undefined);
  busy(true);
  say('Searching…');
  renderChips(chipsBox, chipsFor(s, removeFilter, removePlace));
  const [pagefind, from] = await Promise.all([loadPagefind(), origin(s)]);
  if (mySeq !== seq) return;
  if (!pagefind) return searchFailed('Search is not available: the search index is missing.');
  let found: Awaited<ReturnType<typeof runSearch>>;
  try {
    found = await runSearch(pagefind, s, join);
  } catch {
    if (mySeq === seq) searchFailed('The search could not finish: part of the search index did not load. Try again in a moment.');
    return;
  }
  if (mySeq !== seq || !found) return;
  const ordered = orderByPlace(found.rows, join.points.places, from, from ? s.radius : undefined);
  items = ordered.items;
  shown = 0;
  list.replaceChildren();
  try {
    await renderPage(false);
  } catch {
    if (mySeq === seq) searchFailed('The search could not finish: the details of the results did not load. Try again in a moment.');
    return;
  }
  if (mySeq !== seq) return;
  const markers = markersFor(items, join.points.places);
  map?.show(markers, from ? { ...from, radiusMiles: s.radius } : undefined);
  showCounts(found.counts, s, Boolean(from && s.radius));
  const blank = isBlank(s) ? ' Type what you are looking for, add a postcode or choose filters to narrow them.' : '';
  say(describe(items.length, s, from?.label, markers.length, ordered.beyond) + blank);
  busy(false);
}

function removeFilter(name: Parameters<typeof withoutFilter>[1], value: string) {
  const index = chipsFor(state, () => {}, () => {}).findIndex((c) => c.key === `${name}=${value}`);
  const next = withoutFilter(state, name, value);
  fillForm(form, next);
  commit(next);
  renderChips(chipsBox, chipsFor(next, removeFilter, removePlace), Math.max(0, index));
}

function removePlace() {
  const next: ExploreState = { ...state, place: '', near: undefined, radius: undefined };
  fillForm(form, next);
  commit(next);
  renderChips(chipsBox, chipsFor(next, removeFilter, removePlace), 0);
}

// ------------------------------------------------------------------ start

async function loadJoin(): Promise<JoinData> {
  const json = async <T>(url: string): Promise<T | undefined> => {
    try {
      const r = await fetch(url);
      return r.ok ? ((await r.json()) as T) : undefined;
    } catch {
      return undefined;
    }
  };
  const [points, keys] = await Promise.all([json<PointsFile>(root.dataset.points!), json<KeysFile>(root.dataset.keys!)]);
  return { points: points ?? { places: [], records: [] }, recordById: keys && points ? recordIndexById(keys) : undefined };
}

async function start() {
  for (const el of root.querySelectorAll<HTMLElement>('[data-needs-js]')) el.hidden = false;
  for (const el of root.querySelectorAll<HTMLInputElement>('[data-js-field]')) el.disabled = false;
  state = parseState(new URLSearchParams(window.location.search), offered);
  fillForm(form, state);
  setView(state.view, false);
  const filters = root.querySelector<HTMLDetailsElement>('#explore-filters')!;
  // Open beside the results on wide screens; on phones the chips show what is chosen.
  if (WIDE.matches) filters.open = true;
  openChosenGroups(state);

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    commit(readForm());
  });
  // Ticking a filter or choosing a distance applies at once; typed words and places wait for Search.
  form.addEventListener('change', (event) => {
    const target = event.target as HTMLElement;
    if (target.matches('input[type="checkbox"], select')) commit(readForm(), 'replace');
  });
  document.addEventListener('change', (event) => {
    const target = event.target as HTMLElement;
    if (target.matches('input[type="checkbox"][form="explore-form"]') && !form.contains(target)) commit(readForm(), 'replace');
  });
  placeInput.addEventListener('input', () => {
    // A typed place replaces one from "Use my location".
    (form.elements.namedItem('near') as HTMLInputElement).value = '';
  });
  root.querySelector('#explore-locate')!.addEventListener('click', useMyLocation);
  root.querySelector('#explore-clear')!.addEventListener('click', () => {
    const next: ExploreState = { ...withoutFilter(state), place: '', near: undefined, radius: undefined };
    fillForm(form, next);
    commit(next);
    root.querySelector<HTMLElement>('#explore-results')!.focus();
  });
  more.addEventListener('click', () => renderPage(true).catch(() => say('More results could not be loaded. Try again in a moment.')));
  for (const b of root.querySelectorAll<HTMLButtonElement>('.explore-view button')) b.addEventListener('click', () => setView(b.dataset.view as ExploreState['view']));
  window.addEventListener('popstate', () => {
    state = parseState(new URLSearchParams(window.location.search), offered);
    fillForm(form, state);
    setView(state.view, false);
    void show();
  });

  join = await loadJoin();
  try {
    map = await createExploreMap(mapEl, {
      onTileError: () => {
        mapMessage.textContent = 'The map background could not be loaded, so the map may be blank. The list of results still works.';
        mapMessage.hidden = false;
      },
      onSelect: (place) => void selectedOnMap(place),
      onShowInList: (place) => void showInList(place),
    });
  } catch (error) {
    console.warn('Map could not start:', error);
    mapMessage.textContent = 'The map could not be shown. The list of results still works.';
    mapMessage.hidden = false;
  }
  await show();
}
void start();
