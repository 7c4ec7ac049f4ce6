/** The map file: one place per spot, records (organisations, services, projects) naming their places. */
import { describe, expect, it } from 'vitest';
import { buildPointsFile } from '../../src/lib/points';
import type { CrowdfundProject } from '../../src/schemas/crowdfund';
import { fixtureSettings, parsed } from '../fixtures/schema-check';
import { org, service, venue } from './directory-entries';

const ctx = { taxonomy: fixtureSettings.taxonomy, areaName: 'Barnet' };

const hub = org('hub', 'Food Hub', {
  locations: [venue('hall', 'mill-hill', { lat: 51.6123456, lng: -0.2123456 }), venue('stall', 'hendon', { lat: 51.59, lng: -0.23, location_precision: 'approximate' })],
  services: [
    service('bank', { locations: ['hall'] }),
    service('pantry', { locations: ['hall', 'stall'] }),
    service('old', { locations: ['hall'], status: 'closed' }),
    service('phone', { delivery: ['phone'] }),
  ],
});

describe('the points file', () => {
  it('gives each venue one place, rounded to about a metre, and each record the places it is at', () => {
    const { places, records } = buildPointsFile([hub], [], ctx);
    expect(places).toEqual([
      { lat: 51.61235, lng: -0.21235, name: 'hall venue' },
      { lat: 51.59, lng: -0.23, name: 'stall venue', approximate: true },
    ]);
    expect(records.map((r) => [r.url, r.places])).toEqual([
      ['/directory/hub/', [0, 1]],
      ['/directory/hub/#service-bank', [0]],
      ['/directory/hub/#service-pantry', [0, 1]],
      ['/directory/hub/#service-phone', []],
    ]);
  });

  it('leaves closed services out, and says how a service with no venue reaches people', () => {
    const { records } = buildPointsFile([hub], [], ctx);
    expect(records.some((r) => r.url.endsWith('#service-old'))).toBe(false);
    expect(records.find((r) => r.url.endsWith('#service-phone'))).toMatchObject({ type: 'service', org: 'Food Hub', reach: 'Across Barnet, by phone' });
  });

  it('merges venues of different organisations at the same spot into one place with both names', () => {
    const other = org('other', 'Other Group', { locations: [venue('room', 'mill-hill', { lat: 51.612346, lng: -0.212346 })], services: [service('club', { locations: ['room'] })] });
    const { places, records } = buildPointsFile([hub, other], [], ctx);
    expect(places[0].name).toBe('hall venue / room venue');
    expect(records.find((r) => r.url === '/directory/other/#service-club')!.places).toEqual([0]);
  });

  it('lists a closed organisation without places (the map is for help now) and marks an inactive one', () => {
    const closed = org('gone', 'Gone', { status: 'closed', locations: [venue('v', 'hendon')], services: [service('s', { locations: ['v'] })] });
    const resting = org('rest', 'Resting', { status: 'inactive', locations: [venue('v', 'hendon')] });
    const { places, records } = buildPointsFile([closed, resting], [], ctx);
    expect(records).toEqual([
      { url: '/directory/gone/', title: 'Gone', type: 'organisation', places: [], reach: 'Closed', status: 'closed' },
      { url: '/directory/rest/', title: 'Resting', type: 'organisation', places: [0], status: 'inactive' },
    ]);
    expect(places).toHaveLength(1);
  });

  it('places crowdfund projects that give coordinates', () => {
    const project = (id: string, location: Record<string, unknown>) => ({
      id,
      data: parsed<CrowdfundProject>('crowdfund', { title: `Project ${id}`, summary: 'S', proposer_name: 'A group', location: { name: 'Green', ward: 'hendon', ...location }, target: 10, raised: 0, backers: 0, status: 'idea' }),
    });
    const { places, records } = buildPointsFile([], [project('a', { lat: 51.6, lng: -0.2 }), project('b', {})], ctx);
    expect(places).toEqual([{ lat: 51.6, lng: -0.2, name: 'Green' }]);
    expect(records).toEqual([
      { url: '/crowdfund/a/', title: 'Project a', type: 'crowdfund', places: [0] },
      { url: '/crowdfund/b/', title: 'Project b', type: 'crowdfund', places: [], reach: 'Green' },
    ]);
  });
});
