/**
 * Postcode look-up: each way it can fail gets its own answer, and the service
 * is stubbed (no test touches the network).
 */
import { describe, expect, it } from 'vitest';
import { geocode, placeProblem, readPlace, type GeocoderConfig } from '../../src/lib/geocode';

const config: GeocoderConfig = {
  postcodeUrl: 'https://pc.example.org/postcodes/{postcode}',
  outcodeUrl: 'https://pc.example.org/outcodes/{outcode}',
  staticTable: false,
  staticTablePath: '/data/postcodes/',
  localAuthorityCode: 'E09000003',
  areaName: 'Barnet',
  bounds: { south: 51.555, west: -0.306, north: 51.671, east: -0.128 },
};

/** A fetch that answers from a table of url → [status, body], and records what was asked. */
function stub(answers: Record<string, [number, unknown]>) {
  const asked: string[] = [];
  const fetcher = async (url: string) => {
    asked.push(url);
    const [status, body] = answers[url] ?? [404, { status: 404, error: 'Not found' }];
    return { ok: status >= 200 && status < 300, status, json: async () => body };
  };
  return { fetcher, asked };
}
const found = (lat: number, lng: number, extra: object) => [200, { status: 200, result: { latitude: lat, longitude: lng, ...extra } }] as [number, unknown];

describe('reading what was typed', () => {
  it.each([
    ['n31ab', { kind: 'postcode', postcode: 'N3 1AB', outward: 'N3', inward: '1AB' }],
    [' EN5  4QS ', { kind: 'postcode', postcode: 'EN5 4QS', outward: 'EN5', inward: '4QS' }],
    ['n3', { kind: 'outward', outward: 'N3' }],
    ['NW11', { kind: 'outward', outward: 'NW11' }],
    ['Hendon', { kind: 'invalid' }],
    ['N3 1A', { kind: 'invalid' }],
  ])('"%s"', (text, expected) => {
    expect(readPlace(text)).toEqual(expected);
  });
});

describe('looking a place up', () => {
  it('finds a full postcode in the area by its district code', async () => {
    const { fetcher, asked } = stub({ 'https://pc.example.org/postcodes/N31AB': found(51.6, -0.19, { codes: { admin_district: 'E09000003' } }) });
    expect(await geocode('n3 1ab', config, fetcher)).toEqual({ status: 'found', lat: 51.6, lng: -0.19, label: 'N3 1AB' });
    expect(asked).toEqual(['https://pc.example.org/postcodes/N31AB']);
  });

  it('finds an outward code whose districts include the area', async () => {
    const { fetcher } = stub({ 'https://pc.example.org/outcodes/N3': found(51.601, -0.193, { admin_district: ['Barnet'] }) });
    expect(await geocode('N3', config, fetcher)).toMatchObject({ status: 'found', lat: 51.601, label: 'N3' });
  });

  it('says "outside" for a real postcode in another district', async () => {
    const { fetcher } = stub({
      'https://pc.example.org/postcodes/SW1A1AA': found(51.501, -0.141, { codes: { admin_district: 'E09000033' } }),
      'https://pc.example.org/outcodes/EN1': found(51.65, -0.07, { admin_district: ['Enfield'] }),
    });
    expect(await geocode('SW1A 1AA', config, fetcher)).toEqual({ status: 'outside', label: 'SW1A 1AA' });
    expect(await geocode('EN1', config, fetcher)).toEqual({ status: 'outside', label: 'EN1' });
  });

  it('says "unknown" for a well-formed postcode the service does not know', async () => {
    const { fetcher } = stub({});
    expect(await geocode('N3 9ZZ', config, fetcher)).toEqual({ status: 'unknown', label: 'N3 9ZZ' });
  });

  it('says "invalid" without asking anyone when it is not a postcode', async () => {
    const { fetcher, asked } = stub({});
    expect(await geocode('Hendon', config, fetcher)).toEqual({ status: 'invalid', label: 'Hendon' });
    expect(asked).toEqual([]);
  });

  it('says "unavailable" when the service cannot be reached or fails', async () => {
    const offline = async () => { throw new TypeError('Failed to fetch'); };
    expect(await geocode('N3', config, offline)).toEqual({ status: 'unavailable', label: 'N3' });
    const { fetcher } = stub({ 'https://pc.example.org/outcodes/N3': [500, {}] });
    expect(await geocode('N3', config, fetcher)).toEqual({ status: 'unavailable', label: 'N3' });
  });
});

describe('with the static postcode table', () => {
  const table = { ...config, staticTable: true };
  const shard = [200, { outward: 'N3', lat: 51.6, lng: -0.195, postcodes: { '1AB': [51.6012, -0.1934] } }] as [number, unknown];

  it('answers from the table without calling the service', async () => {
    const { fetcher, asked } = stub({ '/data/postcodes/N3.json': shard });
    expect(await geocode('N3 1AB', table, fetcher)).toEqual({ status: 'found', lat: 51.6012, lng: -0.1934, label: 'N3 1AB' });
    expect(await geocode('N3', table, fetcher)).toEqual({ status: 'found', lat: 51.6, lng: -0.195, label: 'N3' });
    expect(asked.every((u) => u.startsWith('/data/postcodes/'))).toBe(true);
  });

  it('asks the service only to explain a postcode the table lacks', async () => {
    const { fetcher } = stub({ '/data/postcodes/N3.json': shard, 'https://pc.example.org/postcodes/EN11AA': found(51.65, -0.07, { codes: { admin_district: 'E09000010' } }) });
    expect(await geocode('EN1 1AA', table, fetcher)).toEqual({ status: 'outside', label: 'EN1 1AA' });
    expect(await geocode('N3 9ZZ', table, fetcher)).toEqual({ status: 'unknown', label: 'N3 9ZZ' });
  });

  it('treats a miss as unknown when the service cannot be reached', async () => {
    const offline = async (url: string) => {
      if (url.startsWith('/')) return { ok: false, status: 404, json: async () => ({}) };
      throw new TypeError('Failed to fetch');
    };
    expect(await geocode('N3 9ZZ', table, offline)).toEqual({ status: 'unknown', label: 'N3 9ZZ' });
  });
});

describe('messages', () => {
  it('give each failure its own words, with examples from the area', () => {
    const messages = (['invalid', 'unknown', 'outside', 'unavailable'] as const).map((status) => placeProblem({ status, label: 'X1' }, 'Barnet', 'N3 1AB'));
    expect(new Set(messages).size).toBe(4);
    expect(messages[0]).toContain('like N3 1AB, or the first part, like N3');
    expect(messages[2]).toContain('outside Barnet');
    expect(placeProblem({ status: 'found', lat: 1, lng: 1, label: 'N3' }, 'Barnet', 'N3 1AB')).toBeUndefined();
  });
});
