/** The map points file: one point per venue, services grouped, joined to search results by page. */
import { describe, expect, it } from 'vitest';
import { crowdfundPoints, mapPoints, organisationPoints, pointsForUrls } from '../../src/lib/geo';
import type { CrowdfundProject } from '../../src/schemas/crowdfund';
import { parsed } from '../fixtures/schema-check';
import { org, service, venue } from './directory-entries';

const hub = org('hub', 'Food Hub', {
  locations: [venue('hall', 'mill-hill', { lat: 51.6123456, lng: -0.2123456 }), venue('stall', 'hendon', { location_precision: 'approximate' })],
  services: [
    service('bank', { locations: ['hall'] }),
    service('pantry', { locations: ['hall', 'stall'] }),
    service('old', { locations: ['hall'], status: 'closed' }),
    service('phone', { delivery: ['phone'] }),
  ],
});

describe('organisation points', () => {
  it('makes one point per venue with the services that run there grouped on it', () => {
    const [hall, stall] = organisationPoints([hub]);
    expect(hall).toEqual({
      id: 'hub/hall', name: 'Food Hub', type: 'organisation', lat: 51.61235, lng: -0.21235, url: '/directory/hub/', venue: 'hall venue',
      services: [
        { id: 'bank', name: 'bank service', url: '/directory/hub/#service-bank' },
        { id: 'pantry', name: 'pantry service', url: '/directory/hub/#service-pantry' },
      ],
    });
    expect(stall).toMatchObject({ id: 'hub/stall', approximate: true, services: [{ id: 'pantry' }] });
  });

  it('leaves closed organisations off the map and marks inactive ones', () => {
    const closed = org('gone', 'Gone', { status: 'closed', locations: [venue('v', 'hendon')] });
    const resting = org('rest', 'Resting', { status: 'inactive', locations: [venue('v', 'hendon')] });
    expect(organisationPoints([closed, resting])).toEqual([expect.objectContaining({ id: 'rest/v', status: 'inactive' })]);
  });
});

describe('crowdfund points', () => {
  const project = (id: string, location: Record<string, unknown>) => ({
    id,
    data: parsed<CrowdfundProject>('crowdfund', { title: `Project ${id}`, summary: 'S', proposer_name: 'A group', location: { name: 'Green', ward: 'hendon', ...location }, target: 10, raised: 0, backers: 0, status: 'idea' }),
  });
  it('maps projects that give coordinates and skips those that do not', () => {
    expect(crowdfundPoints([project('a', { lat: 51.6, lng: -0.2 }), project('b', {})])).toEqual([
      { id: 'crowdfund/a', name: 'Project a', type: 'crowdfund', lat: 51.6, lng: -0.2, url: '/crowdfund/a/', venue: 'Green' },
    ]);
  });
  it('sorts all points by name', () => {
    expect(mapPoints([hub], [project('a', { lat: 51.6, lng: -0.2 })]).map((p) => p.id)).toEqual(['hub/hall', 'hub/stall', 'crowdfund/a']);
  });
});

describe('joining points to search results', () => {
  it('keeps the points whose page is a result, ignoring #fragments', () => {
    const points = organisationPoints([hub, org('other', 'Other', { locations: [venue('v', 'hendon')] })]);
    expect(pointsForUrls(points, ['/directory/hub/#service-bank', '/funding/']).map((p) => p.id)).toEqual(['hub/hall', 'hub/stall']);
    expect(pointsForUrls(points, [])).toEqual([]);
  });
});
