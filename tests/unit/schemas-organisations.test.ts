/** The organisation schema: the directory entry with its locations and services. */
import { describe, expect, it } from 'vitest';
import { fixtureEntry, parsed, problems } from '../fixtures/schema-check';

const good = () => fixtureEntry('organisations', 'greenfield-pantry');

describe('organisation schema', () => {
  it('accepts a complete entry with locations and services', () => {
    const org = parsed('organisations', good());
    expect(org.name).toBe('Greenfield Community Pantry');
    expect(org.locations[0].postcode).toBe('N3 1AB');
    expect(org.services[0].locations).toEqual(['church-hall']);
  });

  it('accepts a minimal entry and fills in the defaults', () => {
    const org = parsed('organisations', { name: 'A', summary: 'B', type: 'charity', themes: ['food'], status: 'closed', last_reviewed: '2026-01-01' });
    expect(org).toMatchObject({ partnership_member: false, demo: false, locations: [], services: [], alternate_names: [] });
  });

  it('requires last_reviewed, at least one theme and a known type', () => {
    const org = good();
    delete org.last_reviewed;
    org.themes = [];
    org.type = 'club';
    expect(problems('organisations', org)).toEqual([
      expect.stringMatching(/^type: "club" is not a known organisation type; allowed: charity, cio, /),
      'themes: must list at least one theme',
      'last_reviewed: is required but missing; must be a date written YYYY-MM-DD, e.g. 2021-03-24',
    ]);
  });

  it('keeps the summary short enough for lists', () => {
    expect(problems('organisations', { ...good(), summary: 'x'.repeat(201) })).toEqual([`summary: must be at most 200 characters; you wrote "${'x'.repeat(57)}..."`]);
  });

  it('refuses an unknown status and an unknown faith tradition', () => {
    expect(problems('organisations', { ...good(), status: 'open', faith_tradition: 'pastafarian' })).toEqual([
      expect.stringMatching(/^faith_tradition: "pastafarian" is not a known faith tradition; allowed: bahai, /),
      'status: must be one of: active, inactive, closed; you wrote "open"',
    ]);
  });

  it('refuses a venue outside the area unless it is marked outside_area, and then needs no ward', () => {
    const org = good();
    // Watford: inside the borough's latitudes, west of its longitudes.
    org.locations[1].outside_area = false;
    expect(problems('organisations', org)).toEqual([
      'locations[2].lng: -0.3903 is outside Barnet (allowed -0.306 to -0.128); if the venue really is outside, tick "outside the area" (outside_area: true)',
      'locations[2].ward: is required for a venue inside the area',
    ]);
    org.locations[1].outside_area = true;
    expect(problems('organisations', org)).toEqual([]);
  });

  it('refuses a service that runs at a location the organisation does not have', () => {
    const org = good();
    org.services[0].locations = ['church-hall', 'town-hall'];
    expect(problems('organisations', org)).toEqual(['services[1].locations[2]: "town-hall" is not one of this organisation\'s locations (church-hall, watford-store)']);
  });

  it('refuses two locations with one id', () => {
    const org = good();
    org.locations[1].id = 'church-hall';
    org.services[0].locations = ['church-hall'];
    expect(problems('organisations', org)).toEqual(['locations[2].id: "church-hall" is used by two locations; each needs its own id']);
  });

  it('refuses a session that closes before it opens, and an age range upside down', () => {
    const org = good();
    org.locations[0].opening_hours[0].closes = '09:00';
    org.services[0].max_age = 16;
    expect(problems('organisations', org)).toEqual([
      'locations[1].opening_hours[1].closes: must be after opens (10:00); you wrote "09:00"',
      'services[1].max_age: must not be below min_age (18); you wrote 16',
    ]);
  });

  it('reports a malformed opening time once, without also comparing it with the closing time', () => {
    const org = good();
    org.locations[0].opening_hours[0].opens = '9am';
    expect(problems('organisations', org)).toEqual(['locations[1].opening_hours[1].opens: must be a time written HH:MM on the 24-hour clock, e.g. 18:30; you wrote "9am"']);
  });

  it('refuses a service without a theme, a way of delivery or a way in', () => {
    const org = good();
    Object.assign(org.services[0], { themes: [], delivery: [], access: [], area_served: 'everywhere' });
    expect(problems('organisations', org)).toEqual([
      'services[1].themes: must list at least one theme',
      'services[1].delivery: must list at least one way the service is delivered',
      'services[1].area_served: must be "borough-wide" or a list of wards; you wrote "everywhere"',
      'services[1].access: must say how people get access',
    ]);
  });

  it('refuses a logo without alt text and one not uploaded through the CMS', () => {
    expect(problems('organisations', { ...good(), logo: { src: 'https://example.org/logo.png' } })).toEqual([
      'logo.src: must be an image uploaded through the CMS: a path starting /uploads/ and ending .png, .jpg, .gif, .webp, .svg or .avif; you wrote "https://example.org/logo.png"',
      'logo.alt: is required but missing',
    ]);
  });

  it('refuses malformed contact details and registration numbers', () => {
    const org = { ...good(), website: 'javascript:alert(1)', email: 'hello', phone: '123', charity_number: '12', company_number: '1234567' };
    expect(problems('organisations', org).map((p) => p.split(':')[0])).toEqual(['charity_number', 'company_number', 'website', 'email', 'phone']);
  });
});
