/**
 * Turns what someone types in the place box (a full postcode such as "N3 1AB"
 * or an outward code such as "N3") into coordinates, and says clearly when it
 * cannot: not a postcode at all, a postcode that does not exist, one outside
 * the area, or a look-up that failed.
 *
 * Where to look is a setting (content/settings/site.json, `geocoder`): URL
 * templates for a service that answers like postcodes.io (the default, called
 * from the visitor's browser), and optionally the static table built by
 * `npm run postcodes` (public/data/postcodes/<OUTWARD>.json), asked first so
 * most look-ups never leave the site. The table only holds the area's own
 * postcodes; for one it lacks, the service (if reachable) tells "unknown" from
 * "outside".
 */

/** UK postcode shapes (as in src/schemas/fields.ts, which the browser should not load). */
const FULL = /^([A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?) ?(\d[ABD-HJLNP-UW-Z]{2})$/;
const OUTWARD = /^([A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?)$/;

export type PlaceInput =
  | { kind: 'postcode'; postcode: string; outward: string; inward: string }
  | { kind: 'outward'; outward: string }
  | { kind: 'invalid' };

/** Classifies typed text: "n31ab" and "N3  1AB" are the postcode "N3 1AB"; "n3" is the outward code "N3". */
export function readPlace(text: string): PlaceInput {
  const compact = text.replace(/\s+/g, '').toUpperCase();
  if (compact === 'GIR0AA') return { kind: 'postcode', postcode: 'GIR 0AA', outward: 'GIR', inward: '0AA' };
  const full = compact.match(FULL);
  if (full) return { kind: 'postcode', postcode: `${full[1]} ${full[2]}`, outward: full[1], inward: full[2] };
  if (OUTWARD.test(compact)) return { kind: 'outward', outward: compact };
  return { kind: 'invalid' };
}

export interface GeocoderConfig {
  /** e.g. https://api.postcodes.io/postcodes/{postcode} */
  postcodeUrl: string;
  /** e.g. https://api.postcodes.io/outcodes/{outcode} */
  outcodeUrl: string;
  /** Ask the site's own table (/data/postcodes/) first. */
  staticTable: boolean;
  /** Where the table lives on the site. */
  staticTablePath: string;
  /** ONS code of the local authority, e.g. E09000003: a full postcode is in the area when its district has this code. */
  localAuthorityCode: string;
  /** e.g. "Barnet": an outward code is in the area when one of its districts has this name. */
  areaName: string;
  /** Used only when the service gives no district at all. */
  bounds: { south: number; west: number; north: number; east: number };
}

export type GeocodeResult =
  | { status: 'found'; lat: number; lng: number; label: string }
  | { status: 'invalid'; label: string }
  | { status: 'unknown'; label: string }
  | { status: 'outside'; label: string }
  | { status: 'unavailable'; label: string };

type Fetch = (url: string) => Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>;

/** One shard of the static table: an outward code's centre and its postcodes (inward code → [lat, lng]). */
export interface PostcodeShard {
  outward: string;
  lat: number;
  lng: number;
  postcodes: Record<string, [number, number]>;
}

interface PostcodesIoResult {
  latitude?: number | null;
  longitude?: number | null;
  admin_district?: string | string[] | null;
  codes?: { admin_district?: string };
}

const within = (b: GeocoderConfig['bounds'], lat: number, lng: number) => lat >= b.south && lat <= b.north && lng >= b.west && lng <= b.east;

function inArea(r: PostcodesIoResult, lat: number, lng: number, config: GeocoderConfig): boolean {
  if (r.codes?.admin_district) return r.codes.admin_district === config.localAuthorityCode;
  const names = [r.admin_district ?? []].flat().filter((n): n is string => typeof n === 'string');
  if (names.length) return names.some((n) => n.toLowerCase() === config.areaName.toLowerCase());
  return within(config.bounds, lat, lng);
}

async function askService(input: Exclude<PlaceInput, { kind: 'invalid' }>, label: string, config: GeocoderConfig, fetcher: Fetch): Promise<GeocodeResult> {
  const url = input.kind === 'postcode'
    ? config.postcodeUrl.replace('{postcode}', encodeURIComponent(input.postcode.replace(' ', '')))
    : config.outcodeUrl.replace('{outcode}', encodeURIComponent(input.outward));
  let response: Awaited<ReturnType<Fetch>>;
  try {
    response = await fetcher(url);
  } catch {
    return { status: 'unavailable', label };
  }
  if (response.status === 404) return { status: 'unknown', label };
  if (!response.ok) return { status: 'unavailable', label };
  const body = (await response.json().catch(() => null)) as { result?: PostcodesIoResult } | null;
  const r = body?.result;
  if (!r || typeof r.latitude !== 'number' || typeof r.longitude !== 'number') return { status: 'unknown', label };
  if (!inArea(r, r.latitude, r.longitude, config)) return { status: 'outside', label };
  return { status: 'found', lat: r.latitude, lng: r.longitude, label };
}

async function askTable(input: Exclude<PlaceInput, { kind: 'invalid' }>, config: GeocoderConfig, fetcher: Fetch): Promise<{ lat: number; lng: number } | undefined> {
  try {
    const response = await fetcher(`${config.staticTablePath}${encodeURIComponent(input.outward)}.json`);
    if (!response.ok) return undefined;
    const shard = (await response.json()) as PostcodeShard;
    if (input.kind === 'outward') return { lat: shard.lat, lng: shard.lng };
    const point = shard.postcodes[input.inward];
    return point ? { lat: point[0], lng: point[1] } : undefined;
  } catch {
    return undefined;
  }
}

/** Finds a typed postcode or outward code; every outcome carries the label to show ("N3 1AB", "N3"). */
export async function geocode(text: string, config: GeocoderConfig, fetcher: Fetch): Promise<GeocodeResult> {
  const input = readPlace(text);
  if (input.kind === 'invalid') return { status: 'invalid', label: text.trim() };
  const label = input.kind === 'postcode' ? input.postcode : input.outward;
  if (config.staticTable) {
    const hit = await askTable(input, config, fetcher);
    if (hit) return { status: 'found', ...hit, label };
  }
  const answer = await askService(input, label, config, fetcher);
  // With the table in use, a postcode it lacks is not in the area, even if the service cannot be reached to say why.
  if (config.staticTable && answer.status === 'unavailable') return { status: 'unknown', label };
  return answer;
}

/**
 * What to tell someone when their place cannot be used, one message for each
 * reason; undefined when it was found. Results are still shown, not sorted by distance.
 */
export function placeProblem(result: GeocodeResult, areaName: string, example: string): string | undefined {
  const ex = readPlace(example);
  const like = ex.kind === 'postcode' ? `a full postcode, like ${ex.postcode}, or the first part, like ${ex.outward}` : 'a full postcode or its first part';
  switch (result.status) {
    case 'found':
      return undefined;
    case 'invalid':
      return `“${result.label}” is not a postcode. Enter ${like}.`;
    case 'unknown':
      return `We could not find the postcode ${result.label}. Check it and try again.`;
    case 'outside':
      return `${result.label} is outside ${areaName}. This site lists help in ${areaName}: enter a postcode in ${areaName}, or search without one.`;
    case 'unavailable':
      return `We could not look up ${result.label} just now. Try again in a moment, or use your location instead.`;
  }
}
