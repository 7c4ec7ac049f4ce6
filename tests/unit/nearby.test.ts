/** Ordering results for a place: nearest first, within the radius, venue-less services kept and labelled. */
import { describe, expect, it } from 'vitest';
import { distanceMiles, type MapPlace, type MapRecord } from '../../src/lib/geo';
import { browseOrder, orderByPlace, placesFor } from '../../src/lib/nearby';

const places: MapPlace[] = [
  { lat: 51.65, lng: -0.2, name: 'Far hall' },
  { lat: 51.602, lng: -0.193, name: 'Near hall' },
  { lat: 51.61, lng: -0.19, name: 'Middle hall' },
];
const rec = (title: string, placeIdx: number[], extra: Partial<MapRecord> = {}): MapRecord => ({ url: `/${title}/`, title, type: 'service', places: placeIdx, ...extra });
const origin = { lat: 51.601, lng: -0.193 };
const rows = [
  { row: 'far', record: rec('far', [0]) },
  { row: 'grant', record: undefined },
  { row: 'phone', record: rec('phone', [], { reach: 'Across Barnet, by phone' }) },
  { row: 'two-venues', record: rec('two-venues', [0, 2]) },
  { row: 'near', record: rec('near', [1]) },
  { row: 'closed', record: rec('closed', [], { status: 'closed' }) },
];

describe('ordering by place', () => {
  it('puts results with a venue nearest first (measured to their nearest venue), then no-fixed-venue ones, then the rest', () => {
    const { items } = orderByPlace(rows, places, origin);
    expect(items.map((i) => i.row)).toEqual(['near', 'two-venues', 'far', 'phone', 'grant', 'closed']);
    expect(items.map((i) => i.group)).toEqual(['near', 'near', 'near', 'no-venue', 'other', 'other']);
    expect(items[1].miles).toBeCloseTo(distanceMiles(origin, places[2]), 6);
    expect(items[1].nearest).toBe(2);
  });

  it('drops venues beyond the radius and counts them, but keeps services with no fixed venue', () => {
    const { items, beyond } = orderByPlace(rows, places, origin, 1);
    expect(items.map((i) => i.row)).toEqual(['near', 'two-venues', 'phone', 'grant', 'closed']);
    expect(beyond).toBe(1);
  });

  it('keeps the search\'s own order when no place is given', () => {
    const { items } = orderByPlace(rows, places);
    expect(items.map((i) => i.row)).toEqual(rows.map((r) => r.row));
    expect(items.every((i) => i.miles === undefined)).toBe(true);
  });
});

describe('places to draw', () => {
  it('lists each place once with every result found there', () => {
    const byPlace = placesFor(orderByPlace(rows, places).items);
    expect([...byPlace.keys()].sort()).toEqual([0, 1, 2]);
    expect(byPlace.get(0)!.map((i) => i.row)).toEqual(['far', 'two-venues']);
  });
});

describe('browsing without words', () => {
  it('lists directory entries first in the points file\'s order, then the rest as they came', () => {
    const rows = [{ row: 'meeting' }, { row: 'b', index: 2 }, { row: 'page' }, { row: 'a', index: 0 }];
    expect(browseOrder(rows).map((r) => r.row)).toEqual(['a', 'b', 'meeting', 'page']);
  });
});
