/** Distances, and how they are worded on results. */
import { describe, expect, it } from 'vitest';
import { distanceMiles, formatMiles, normaliseUrl } from '../../src/lib/geo';

describe('distance in miles', () => {
  it('is zero from a point to itself', () => {
    expect(distanceMiles({ lat: 51.6, lng: -0.2 }, { lat: 51.6, lng: -0.2 })).toBe(0);
  });
  it('matches a known distance: one degree of latitude is about 69 miles', () => {
    expect(distanceMiles({ lat: 51, lng: -0.2 }, { lat: 52, lng: -0.2 })).toBeCloseTo(69.09, 1);
  });
  it('shrinks east-west distances away from the equator', () => {
    // At 51.6°N a degree of longitude is 69.1 × cos(51.6°) ≈ 42.9 miles.
    expect(distanceMiles({ lat: 51.6, lng: 0 }, { lat: 51.6, lng: 1 })).toBeCloseTo(42.9, 0);
  });
});

describe('wording a distance', () => {
  it.each([
    [1.234, false, '1.2 miles'],
    [1.0, false, '1 mile'],
    [0.04, false, 'less than 0.1 miles'],
    [2.96, false, '3 miles'],
    [0.55, true, 'about 0.6 miles'],
  ])('%s miles (approximate: %s) reads "%s"', (miles, approximate, text) => {
    expect(formatMiles(miles, approximate)).toBe(text);
  });
});

describe('urls for joining results to records', () => {
  it('keeps the #fragment a service lives at and drops any query', () => {
    expect(normaliseUrl('/directory/hub/?highlight=food#service-bank')).toBe('/directory/hub/#service-bank');
    expect(normaliseUrl('/directory/hub/')).toBe('/directory/hub/');
  });
});
