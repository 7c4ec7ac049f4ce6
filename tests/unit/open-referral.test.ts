/**
 * The directory as Open Referral UK JSON: each service checked against the
 * profile's official compiled schema (read from ../shared/standards, never
 * copied in), and the fields a consumer relies on asserted one by one.
 */
import { describe, expect, it } from 'vitest';
import {
  ORUK_API_DETAILS, directoryServices, orukOrganisationId, orukPagePath, orukService, orukServiceId, orukServicePath, orukServiceSummary,
  orukContext, orukStatus, orukUuid, paginate,
} from '../../src/lib/open-referral';
import { fixtureSettings } from '../fixtures/schema-check';
import { orukErrors } from '../support/open-referral-schema';
import { org, service, venue } from './directory-entries';

const { site, taxonomy } = fixtureSettings;
const ctx = orukContext(site, taxonomy, (id) => (id === 'lunch-org' ? '2026-10-02T09:15:00+01:00' : undefined));
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const lunchOrg = org('lunch-org', 'Lunch Club Trust', {
  charity_number: '1123456',
  email: 'hello@example.org',
  website: 'https://lunch.example.org',
  alert: 'Closed on bank holidays',
  last_reviewed: '2026-09-01',
  locations: [venue('hall', 'golders-green', { accessibility: ['step-free', 'hearing-loop'] })],
  services: [
    service('lunch-club', {
      name: 'Lunch club',
      themes: ['food', 'older-people'],
      min_age: 60,
      cost: 'low-cost',
      cost_notes: '£3 a meal',
      languages: ['en', 'he'],
      delivery: ['in-person'],
      area_served: ['golders-green', 'childs-hill'],
      locations: ['hall'],
      access: ['booking'],
      schedule: [
        { day: 'monday', opens: '12:00', closes: '14:00' },
        { day: 'monday', opens: '17:00', closes: '19:00', note: 'Supper' },
      ],
      schedule_notes: 'Closed in August.',
    }),
  ],
});
const phoneOrg = org('phone-org', 'Phone Line', {
  services: [service('phone-line', { delivery: ['phone'], access: ['self-referral'], status: 'paused' })],
});
const lunch = lunchOrg.data.services[0]!;
const phone = phoneOrg.data.services[0]!;

describe('a fully nested service', () => {
  const nested = orukService(lunchOrg, lunch, ctx);

  it('is valid against the profile\'s compiled service schema', () => {
    expect(orukErrors('service', nested)).toEqual([]);
    expect(orukErrors('service', orukService(phoneOrg, phone, ctx))).toEqual([]);
  });

  it('would be caught by that schema with a slug for an id or a status of ours', () => {
    expect(orukErrors('service', { ...nested, id: 'lunch-club' })).toEqual([expect.stringMatching(/^\/id: must match format "uuid"/)]);
    expect(orukErrors('service', { ...nested, status: 'paused' })).toEqual([expect.stringMatching(/^\/status: must be equal to one of the allowed values/)]);
  });

  it('keeps the same UUID from build to build, made from the service id', () => {
    expect(nested.id).toMatch(UUID);
    expect(nested.id).toBe(orukService(lunchOrg, lunch, ctx).id);
    expect(nested.id).toBe(orukServiceId(site.local_authority_code, 'lunch-club'));
    expect(nested.id).not.toBe(orukServiceId(site.local_authority_code, 'phone-line'));
    // Another area mints different UUIDs for the same service id.
    expect(orukServiceId('E09000001', 'lunch-club')).not.toBe(nested.id);
  });

  it('gives every object in it its own UUID', () => {
    const ids: string[] = [];
    JSON.stringify(nested, (key, value) => {
      if (key === 'id' && typeof value === 'string') ids.push(value);
      return value;
    });
    expect(ids.length).toBeGreaterThan(10);
    for (const id of ids) expect(id).toMatch(UUID);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('carries the facts a resident reads: name, ages, cost, alert, when it was checked and changed', () => {
    expect(nested).toMatchObject({
      name: 'Lunch club',
      organization_id: orukOrganisationId(site.local_authority_code, 'lunch-org'),
      status: 'active',
      minimum_age: 60,
      assured_date: '2026-09-01',
      alert: 'Closed on bank holidays',
      last_modified: '2026-10-02T09:15:00+01:00',
      email: 'hello@example.org',
      url: 'https://open.barnet.example.org/directory/lunch-org/#service-lunch-club',
    });
    expect(nested).not.toHaveProperty('maximum_age');
    expect(nested.cost_options).toEqual([expect.objectContaining({ option: 'Low cost', amount_description: '£3 a meal' })]);
    expect(nested.cost_options[0]).not.toHaveProperty('amount');
  });

  it('writes each weekly session as an iCal rule, two on one day included, and keeps free-text timing', () => {
    expect(nested.schedules.map((s) => [s.freq, s.byday, s.opens_at, s.closes_at])).toEqual([
      ['WEEKLY', 'MO', '12:00', '14:00'],
      ['WEEKLY', 'MO', '17:00', '19:00'],
      [undefined, undefined, undefined, undefined],
    ]);
    expect(nested.schedules[1]).toMatchObject({ description: 'Monday, 5pm to 7pm (Supper)', notes: 'Supper' });
    expect(nested.schedules[2]).toMatchObject({ description: 'Closed in August.' });
  });

  it('names the wards it serves, or the whole area with its ONS address', () => {
    expect(nested.service_areas.map((a) => a.name)).toEqual(['Golders Green', 'Childs Hill']);
    const wide = orukService(phoneOrg, phone, ctx).service_areas;
    expect(wide).toEqual([expect.objectContaining({ name: 'Barnet', uri: 'https://statistics.data.gov.uk/id/statistical-geography/E09000003' })]);
  });

  it('places it at its venue with the address, position and accessibility', () => {
    expect(nested.service_at_locations).toHaveLength(1);
    const { location } = nested.service_at_locations[0]!;
    expect(location).toMatchObject({ location_type: 'physical', name: 'hall venue', latitude: 51.6, longitude: -0.2 });
    expect(location.addresses[0]).toMatchObject({ address_1: '1 Example Road', postal_code: 'N3 1AB', city: 'Barnet', country: 'GB', address_type: 'physical' });
    expect(location.accessibility.map((a) => a.description)).toEqual(['Step-free access', 'Hearing loop']);
    expect(orukService(phoneOrg, phone, ctx).service_at_locations).toEqual([]);
  });

  it('lists languages, themes, delivery and access as terms', () => {
    expect(nested.languages.map((l) => [l.code, l.name])).toEqual([['en', 'English'], ['he', 'Hebrew']]);
    expect(nested.attributes.map((a) => `${a.taxonomy_term.taxonomy}:${a.taxonomy_term.term}`)).toEqual(['theme:food', 'theme:older-people', 'delivery:in-person', 'access:booking']);
    // One term, one UUID, wherever it is used.
    const food = (s: typeof nested) => s.attributes.find((a) => a.taxonomy_term.term === 'food')?.taxonomy_term_id;
    const otherOrg = org('o', 'O', { services: [service('x', { themes: ['food'] })] });
    const other = orukService(otherOrg, otherOrg.data.services[0]!, ctx);
    expect(food(nested)).toBe(orukUuid(site.local_authority_code, 'taxonomy-term', 'theme', 'food'));
    expect(other.attributes.some((a) => a.taxonomy_term_id === food(nested))).toBe(true);
  });

  it('identifies the organisation by its charity number on org-id.guide\'s list', () => {
    expect(nested.organization).toMatchObject({ name: 'Lunch Club Trust', website: 'https://lunch.example.org', uri: 'https://open.barnet.example.org/directory/lunch-org/' });
    expect(nested.organization.organization_identifiers).toEqual([expect.objectContaining({ identifier_scheme: 'GB-CHC', identifier: '1123456' })]);
  });
});

describe('status in the profile\'s words', () => {
  it('follows the service, and a closed or inactive organisation stops every service', () => {
    expect(orukStatus('active', 'active')).toBe('active');
    expect(orukStatus('active', 'paused')).toBe('temporarily closed');
    expect(orukStatus('active', 'closed')).toBe('defunct');
    expect(orukStatus('inactive', 'active')).toBe('inactive');
    expect(orukStatus('closed', 'paused')).toBe('defunct');
  });
});

describe('list pages', () => {
  it('carry each service\'s one-to-one fields, valid against the profile\'s service list schema', () => {
    const summary = orukServiceSummary(phoneOrg, phone, ctx);
    expect(orukErrors('service_list', summary)).toEqual([]);
    expect(summary).toMatchObject({ name: 'phone-line service', status: 'temporarily closed' });
    expect(summary).not.toHaveProperty('schedules');
    expect(summary).not.toHaveProperty('last_modified'); // not known: left out, not invented
  });

  it('have the standard\'s paging fields, worked out from the items', () => {
    const pages = paginate([1, 2, 3, 4, 5], 2);
    expect(pages.map(({ contents, ...paging }) => ({ ...paging, contents }))).toEqual([
      { total_items: 5, total_pages: 3, page_number: 1, size: 2, first_page: true, last_page: false, empty: false, contents: [1, 2] },
      { total_items: 5, total_pages: 3, page_number: 2, size: 2, first_page: false, last_page: false, empty: false, contents: [3, 4] },
      { total_items: 5, total_pages: 3, page_number: 3, size: 1, first_page: false, last_page: true, empty: false, contents: [5] },
    ]);
  });

  it('still publish page 1 of an empty directory, marked empty', () => {
    expect(paginate([], 50)).toEqual([{ total_items: 0, total_pages: 1, page_number: 1, size: 0, first_page: true, last_page: true, empty: true, contents: [] }]);
  });

  it('refuse a page size that is not a whole number of at least 1', () => {
    expect(() => paginate([1], 0)).toThrow(/at least 1/);
  });

  it('are files: page 1 at the list address, the rest numbered beside the service files', () => {
    expect([1, 2, 7].map(orukPagePath)).toEqual(['/api/oruk/services.json', '/api/oruk/services/page/2.json', '/api/oruk/services/page/7.json']);
    expect(orukServicePath('abc')).toBe('/api/oruk/services/abc.json');
  });

  it('list every service once, in a stable order (organisation id, then service id)', () => {
    const two = org('b-org', 'B', { services: [service('zz'), service('aa')] });
    expect(directoryServices([two, phoneOrg, lunchOrg]).map((s) => s.service.id)).toEqual(['aa', 'zz', 'lunch-club', 'phone-line']);
  });
});

describe('the API root', () => {
  it('declares the UK profile version the ORUK validator reads', () => {
    expect(ORUK_API_DETAILS.version).toBe('HSDS-UK-3.0');
    expect(ORUK_API_DETAILS.openapi_url).toMatch(/^https:\/\/.*openapi\.json$/);
  });
});
