/**
 * Puts search results in order for a place: things with a venue nearest first
 * (within the radius, if one is set), then services with no fixed venue
 * (borough-wide, by phone, online), which are for everyone wherever they are
 * and so are kept, labelled, rather than dropped; then everything else
 * (funding decisions, meetings, pages), in the search's own order.
 */
import { distanceMiles, type MapPlace, type MapRecord } from './geo';

export interface Located<T> {
  row: T;
  record?: MapRecord;
  /** Distance to the nearest of its places, when a place was given. */
  miles?: number;
  /** That nearest place's index (the one the list links to on the map). */
  nearest?: number;
  group: 'near' | 'no-venue' | 'other';
}

export interface Ordered<T> {
  items: Located<T>[];
  /** Results with a venue left out because every venue is beyond the radius. */
  beyond: number;
}

/**
 * @param rows results in relevance order, each with its record (from the
 *   points file) when it has one
 */
export function orderByPlace<T>(
  rows: { row: T; record?: MapRecord }[],
  places: MapPlace[],
  origin?: { lat: number; lng: number },
  radius?: number,
): Ordered<T> {
  if (!origin) {
    return { items: rows.map(({ row, record }) => ({ row, record, group: groupOf(record) })), beyond: 0 };
  }
  const near: Located<T>[] = [];
  const rest: Located<T>[] = [];
  let beyond = 0;
  for (const { row, record } of rows) {
    const group = groupOf(record);
    if (group !== 'near') {
      rest.push({ row, record, group });
      continue;
    }
    let best = Infinity;
    let nearest = -1;
    for (const p of record!.places) {
      const d = distanceMiles(origin, places[p]);
      if (d < best) [best, nearest] = [d, p];
    }
    if (radius !== undefined && best > radius) beyond++;
    else near.push({ row, record, miles: best, nearest, group });
  }
  // Array sort is stable: equal distances keep the search's order.
  near.sort((a, b) => a.miles! - b.miles!);
  const noVenue = rest.filter((r) => r.group === 'no-venue');
  const other = rest.filter((r) => r.group === 'other');
  return { items: [...near, ...noVenue, ...other], beyond };
}

function groupOf(record?: MapRecord): Located<unknown>['group'] {
  if (!record || record.status === 'closed') return 'other';
  return record.places.length ? 'near' : 'no-venue';
}

/**
 * The places to draw for these results, each with the results found there (in
 * result order), so one marker stands for a venue and names what is at it.
 */
export function placesFor<T>(items: Located<T>[]): Map<number, Located<T>[]> {
  const byPlace = new Map<number, Located<T>[]>();
  for (const item of items) {
    if (item.group !== 'near') continue;
    for (const p of item.record!.places) {
      const here = byPlace.get(p);
      if (here) here.push(item);
      else byPlace.set(p, [item]);
    }
  }
  return byPlace;
}

/**
 * With no words to rank by (browsing, or filters only), Pagefind's order means
 * nothing to a reader: directory entries and projects come first, in the
 * points file's order (organisations by name, each followed by its services),
 * then everything else in the order it came.
 */
export function browseOrder<T extends { record?: MapRecord; index?: number }>(rows: T[]): T[] {
  const withRecord = rows.filter((r) => r.index !== undefined).sort((a, b) => a.index! - b.index!);
  return [...withRecord, ...rows.filter((r) => r.index === undefined)];
}
