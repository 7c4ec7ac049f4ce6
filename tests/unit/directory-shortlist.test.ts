/**
 * What the directory pages derive for the shortlist and the quick exit: which
 * organisations are on a sensitive theme, and each service in the words the
 * shortlist page prints.
 */
import { describe, expect, it } from 'vitest';
import { isSensitiveOrg, sensitiveThemeIds, shortlistRecords } from '../../src/lib/directory';
import { fixtureSettings } from '../fixtures/schema-check';
import { org, service, venue } from './directory-entries';

const { taxonomy } = fixtureSettings;

describe('sensitive themes', () => {
  const sensitive = sensitiveThemeIds({ themes: [{ id: 'food', label: 'Food', synonyms: [], sensitive: false }, { id: 'domestic-abuse', label: 'Domestic abuse', synonyms: [], sensitive: true }] });

  it('are the themes settings mark sensitive', () => {
    expect([...sensitive]).toEqual(['domestic-abuse']);
  });

  it('make an organisation sensitive through its own themes or any service\'s', () => {
    expect(isSensitiveOrg(org('a', 'A', { themes: ['domestic-abuse'] }).data, sensitive)).toBe(true);
    expect(isSensitiveOrg(org('b', 'B', { services: [service('s', { themes: ['food', 'domestic-abuse'] })] }).data, sensitive)).toBe(true);
    expect(isSensitiveOrg(org('c', 'C', { services: [service('t')] }).data, sensitive)).toBe(false);
  });
});

describe('shortlist records', () => {
  const hall = org('hall-org', 'Hall Trust', {
    phone: '020 7946 0000',
    website: 'https://hall.example.org',
    status: 'inactive',
    locations: [venue('hall', 'hendon', { name: 'Church Hall', postcode: 'nw41ab' })],
    services: [
      service('lunch', {
        name: 'Lunch', min_age: 60, cost: 'low-cost', cost_notes: '£3', eligibility: 'Older people',
        area_served: ['hendon'], locations: ['hall'], delivery: ['in-person', 'phone'], access: ['drop-in', 'booking'],
        schedule: [{ day: 'tuesday', opens: '17:00', closes: '19:00' }, { day: 'tuesday', opens: '09:00', closes: '12:00', note: 'term time' }],
        schedule_notes: 'Not on bank holidays.',
      }),
    ],
  });
  const records = shortlistRecords([hall, org('web', 'Web', { services: [service('chat', { delivery: ['online'] })] })], taxonomy, 'Barnet');

  it('has every service, keyed by its id, linking to it on its organisation\'s page', () => {
    expect(Object.keys(records)).toEqual(['lunch', 'chat']);
    expect(records.lunch).toMatchObject({ name: 'Lunch', url: '/directory/hall-org/#service-lunch', organisation: 'Hall Trust', organisationUrl: '/directory/hall-org/' });
  });

  it('says what decides whether it fits, in the words the pages use', () => {
    expect(records.lunch).toMatchObject({
      eligibility: 'Older people', ages: '60 and over', cost: 'Low cost: £3', delivery: 'In person, By phone',
      access: 'Drop in, no appointment needed; Book a place first',
    });
  });

  it('lists sessions by day in time order, then free-text timing', () => {
    expect(records.lunch!.when).toEqual(['Tuesday: 9am to midday (term time) and 5pm to 7pm', 'Not on bank holidays.']);
  });

  it('gives venues with their address, then the area served', () => {
    expect(records.lunch!.where).toEqual(['Church Hall, 1 Example Road, NW4 1AB', 'For people in Hendon']);
    expect(records.chat!.where).toEqual(['All of Barnet']);
  });

  it('warns when the organisation or service is not running normally', () => {
    expect(records.lunch!.status).toBe('Not running at the moment');
    expect(records.chat).not.toHaveProperty('status');
  });

  it('gives the organisation\'s public contact details', () => {
    expect(records.lunch!.contact).toEqual({ phone: '020 7946 0000', website: 'https://hall.example.org' });
    expect(records.chat!.contact).toEqual({});
  });
});
