/**
 * The compact map file (/data/points.json) and distances.
 *
 * `places` are spots on the map: every venue, with venues at the same
 * coordinates merged, so the map draws one marker however many services (or
 * organisations) share a hall. `records` are the things search can return that
 * have (or deliberately lack) a place: organisations, their services and
 * crowdfund projects, each naming its places by index. The explore page joins
 * search results to records (by Pagefind id, see scripts/search-index.ts, or by
 * url) so it can sort by distance and draw every match without fetching each
 * result's details. Built by src/lib/points.ts; this file is what the browser
 * needs too (types and distances), so it imports nothing.
 */

export interface MapPlace {
  lat: number;
  lng: number;
  /** The venue's name (names, when several venues share the spot). */
  name: string;
  /** Present when the point marks a street or town centre, not the door. */
  approximate?: true;
}

export type RecordType = 'organisation' | 'service' | 'crowdfund';

export interface MapRecord {
  url: string;
  title: string;
  type: RecordType;
  /** The organisation a service belongs to. */
  org?: string;
  /** Indexes into `places`; empty for services with no fixed venue. */
  places: number[];
  /** For a record with no places: how it reaches people, e.g. "Across Barnet, by phone". */
  reach?: string;
  /** Set when not running normally: "inactive", "paused" or "closed". */
  status?: string;
}

export interface PointsFile {
  places: MapPlace[];
  records: MapRecord[];
}

/** The page a url points at, without its query; the #fragment is kept (a service is a fragment of its organisation's page). */
export function normaliseUrl(url: string): string {
  const u = new URL(url, 'http://x');
  return `${u.pathname}${u.hash}`;
}

const EARTH_RADIUS_MILES = 3958.8;
const rad = (deg: number) => (deg * Math.PI) / 180;

/** Great-circle distance in miles (haversine): plenty accurate across a borough. */
export function distanceMiles(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const dLat = rad(b.lat - a.lat);
  const dLng = rad(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_MILES * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** "1.2 miles", "1 mile", "less than 0.1 miles"; "about …" for an approximate location. */
export function formatMiles(miles: number, approximate = false): string {
  const tenths = Math.round(miles * 10) / 10;
  const text = tenths < 0.1 ? 'less than 0.1 miles' : tenths === 1 ? '1 mile' : `${tenths.toFixed(1).replace(/\.0$/, '')} miles`;
  return approximate ? `about ${text}` : text;
}
