/**
 * The whole state of /explore/ as URL parameters, so a search can be
 * bookmarked and shared: the words (q), the filters (one parameter per group,
 * repeated for each value: theme=food&theme=housing), the place (a postcode or
 * outward code, or "near" coordinates from "use my location"), the radius and
 * the view on small screens. The parameter names are the explore form's field
 * names, so submitting the form without JavaScript gives the same URL.
 */
import { EVERY_OPTION, FILTER_NAMES, type FilterName, type Filters } from './search-filters';

export const RADII = [1, 2, 5, 10] as const;
export type Radius = (typeof RADII)[number];
export type View = 'list' | 'map';

export interface ExploreState {
  q: string;
  filters: Filters;
  /** A postcode or outward code as typed (trimmed). */
  place: string;
  /** Coordinates from the browser's location, rounded (see roundCoord). */
  near?: { lat: number; lng: number };
  /** Miles; undefined means any distance. */
  radius?: Radius;
  view: View;
}

export const emptyState = (): ExploreState => ({ q: '', filters: {}, place: '', view: 'list' });

/**
 * Three decimal places is about 100 metres: close enough to sort by distance,
 * and a shared link does not give away someone's front door.
 */
export const roundCoord = (n: number) => Math.round(n * 1000) / 1000;

function parseNear(value: string | null): ExploreState['near'] {
  const m = value?.match(/^(-?\d{1,2}(?:\.\d+)?),(-?\d{1,3}(?:\.\d+)?)$/);
  if (!m) return undefined;
  const lat = Number(m[1]);
  const lng = Number(m[2]);
  return Math.abs(lat) <= 90 && Math.abs(lng) <= 180 ? { lat: roundCoord(lat), lng: roundCoord(lng) } : undefined;
}

/** Reads the state from URL parameters; unknown or malformed values are dropped, never trusted. */
export function parseState(params: URLSearchParams, allowed?: Partial<Record<FilterName, Set<string>>>): ExploreState {
  const filters: Filters = {};
  for (const name of FILTER_NAMES) {
    const values = [...new Set(params.getAll(name).map((v) => v.trim()).filter(Boolean))].filter((v) => !allowed || allowed[name]?.has(v));
    if (values.length) filters[name] = values;
  }
  const radius = Number(params.get('radius'));
  const near = parseNear(params.get('near'));
  return {
    q: (params.get('q') ?? '').trim(),
    filters,
    // A typed place wins over a stale "near": the form sends both when someone types a postcode after using their location.
    place: (params.get('place') ?? '').trim(),
    ...(near && !params.get('place')?.trim() ? { near } : {}),
    ...((RADII as readonly number[]).includes(radius) ? { radius: radius as Radius } : {}),
    view: params.get('view') === 'map' ? 'map' : 'list',
  };
}

/** The state as URL parameters, in a fixed order, leaving out what is empty or the default. */
export function stateToParams(state: ExploreState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.place) params.set('place', state.place);
  else if (state.near) params.set('near', `${roundCoord(state.near.lat)},${roundCoord(state.near.lng)}`);
  if (state.radius && (state.place || state.near)) params.set('radius', String(state.radius));
  for (const name of FILTER_NAMES) for (const v of state.filters[name] ?? []) params.append(name, v);
  if (state.view === 'map') params.set('view', 'map');
  return params;
}

/** True when nothing narrows the search: no words, filters or place. */
export const isBlank = (s: ExploreState) => !s.q && !s.place && !s.near && Object.keys(s.filters).length === 0;

/**
 * Pagefind's filter argument: groups combine with AND, values within a group
 * with OR ({ any: [...] }). `except` leaves one group out, which is how the
 * counts beside a group's own options are worked out (see the explore script).
 * A group's value for "every option" (the whole area, any age) is added to its values.
 */
export function pagefindFilters(filters: Filters, except?: FilterName): Record<string, { any: string[] }> {
  const out: Record<string, { any: string[] }> = {};
  for (const name of FILTER_NAMES) {
    const values = filters[name];
    if (name === except || !values?.length) continue;
    const every = EVERY_OPTION[name];
    out[name] = { any: every ? [...values, every] : values };
  }
  return out;
}

/**
 * The count beside a filter option, from Pagefind's counts: a ward's includes
 * what is open to the whole area, an age group's what is open to any age,
 * since ticking it finds those too. (Pagefind has no entry at all for an
 * option that only such things carry, hence the zeros.)
 */
export function optionCount(counts: Partial<Record<string, Record<string, number>>>, name: string, value: string): number {
  const own = counts[name]?.[value] ?? 0;
  const every = EVERY_OPTION[name as FilterName];
  return every ? own + (counts[name]?.[every] ?? 0) : own;
}

/** The state with one filter value removed (a chip's remove button), or every filter (clear all). */
export function withoutFilter(state: ExploreState, name?: FilterName, value?: string): ExploreState {
  if (!name) return { ...state, filters: {} };
  const rest = (state.filters[name] ?? []).filter((v) => v !== value);
  const filters = { ...state.filters };
  if (rest.length) filters[name] = rest;
  else delete filters[name];
  return { ...state, filters };
}
