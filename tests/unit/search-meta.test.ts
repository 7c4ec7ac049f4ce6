/** What pages and service records tell Pagefind: filter values, result type and place, synonyms. */
import { describe, expect, it } from 'vitest';
import {
  AGE_BANDS, ageBands, optionsInUse, organisationPlace, organisationSearchFacets, pageSearchFacets,
  serviceSearchFacets, serviceSearchRecord, themeWords, typeFromUrl, ANY_AGE, WHOLE_AREA,
} from '../../src/lib/search-meta';
import { fixtureSettings } from '../fixtures/schema-check';
import { org, service, venue } from './directory-entries';

const taxonomy = fixtureSettings.taxonomy;
const ctx = { taxonomy, areaName: 'Barnet' };
const allWards = taxonomy.wards.map((w) => w.id);
const allBands = AGE_BANDS.map((b) => b.id);

describe('age groups', () => {
  it('gives a service open to every age the one "any age" value, which the explore page adds to whatever age is chosen', () => {
    expect(ageBands(undefined, undefined)).toEqual([ANY_AGE]);
    expect(ageBands(0, 120)).toEqual([ANY_AGE]);
  });
  it('gives a service every group its age range touches', () => {
    expect(ageBands(60, undefined)).toEqual(['55-64', '65-plus']);
    expect(ageBands(undefined, 4)).toEqual(['0-4']);
    expect(ageBands(11, 18)).toEqual(['11-15', '16-17', '18-24']);
  });
});

describe('theme words', () => {
  it('are each theme label and the synonyms editors gave it in the taxonomy', () => {
    expect(themeWords(['money-advice'], taxonomy)).toEqual(['Money, debt and benefits advice', 'CAB', 'Citizens Advice', 'debt', 'benefits', 'cost of living']);
  });
});

describe('organisation facets', () => {
  it('filter by ids: type, themes (its own and its services\'), wards and their constituencies, venue accessibility', () => {
    const hub = org('hub', 'Hub', {
      themes: ['food'],
      locations: [venue('v', 'hendon', { accessibility: ['step-free'] })],
      services: [service('s', { themes: ['money-advice'], area_served: ['burnt-oak'] })],
    });
    const f = organisationSearchFacets(hub.data, ctx);
    expect(f.filters).toEqual({ type: ['organisation'], theme: ['food', 'money-advice'], ward: ['hendon', 'burnt-oak'], constituency: ['hendon'], access: ['step-free'] });
    expect(f.meta).toEqual({ type: 'Organisation', place: 'Hendon' });
    expect(f.synonyms).toContain('foodbank');
    expect(f.synonyms).toContain('CAB');
  });

  it('mark an organisation with a borough-wide service as open to the whole area, once rather than under every ward', () => {
    const f = organisationSearchFacets(org('b', 'B', { services: [service('s')] }).data, ctx);
    expect(f.filters.ward).toEqual([WHOLE_AREA]);
    expect(f.filters.constituency).toEqual([WHOLE_AREA]);
  });

  it('describe the place from venues, then the whole area, then named wards', () => {
    expect(organisationPlace(org('a', 'A', { locations: [venue('v', 'mill-hill'), venue('w', 'mill-hill')] }).data, ctx)).toBe('Mill Hill');
    expect(organisationPlace(org('b', 'B', { services: [service('s')] }).data, ctx)).toBe('Across Barnet');
    expect(organisationPlace(org('c', 'C', { services: [service('s', { area_served: ['edgware'] })] }).data, ctx)).toBe('Edgware');
    expect(organisationPlace(org('d', 'D').data, ctx)).toBe('No fixed venue');
  });
});

describe('service facets', () => {
  const hub = org('hub', 'Hub', {
    alternate_names: ['The Hub'],
    locations: [venue('hall', 'mill-hill', { accessibility: ['hearing-loop'], opening_hours: [{ day: 'tuesday', opens: '09:00', closes: '12:00' }] })],
    services: [
      service('club', { locations: ['hall'], area_served: ['hendon'], min_age: 60, cost: 'low-cost', languages: ['en', 'pl'], schedule: [{ day: 'friday', opens: '10:00', closes: '12:00' }, { day: 'monday', opens: '10:00', closes: '12:00' }] }),
      service('drop', { locations: ['hall'], themes: ['money-advice'] }),
      service('line', { delivery: ['phone', 'online'] }),
    ],
  });
  const [club, drop, line] = hub.data.services;

  it('carry everything that is true of the one service: cost, ages, languages, delivery, days, venue accessibility', () => {
    expect(serviceSearchFacets(hub.data, club, ctx).filters).toEqual({
      type: ['service'], theme: ['food'], ward: ['mill-hill', 'hendon'], constituency: ['hendon'],
      cost: ['low-cost'], age: ['55-64', '65-plus'], language: ['en', 'pl'], delivery: ['in-person'],
      access: ['hearing-loop'], day: ['monday', 'friday'],
    });
  });

  it('take the venue\'s opening days when a service gives no sessions, and the whole area when it is borough-wide', () => {
    const f = serviceSearchFacets(hub.data, drop, ctx).filters;
    expect(f.day).toEqual(['tuesday']);
    expect(f.ward).toEqual([WHOLE_AREA]);
    expect(f.age).toEqual([ANY_AGE]);
  });

  it('say where: the venue and its ward, or how a service with no venue reaches people', () => {
    expect(serviceSearchFacets(hub.data, club, ctx).meta.place).toBe('hall venue, Mill Hill');
    expect(serviceSearchFacets(hub.data, line, ctx).meta.place).toBe('Across Barnet, by phone and online');
    expect(serviceSearchFacets(hub.data, line, ctx).filters.day).toEqual([]);
  });

  it('become a search record of their own, linking to the service on its organisation\'s page', () => {
    const record = serviceSearchRecord('hub', hub.data, drop, ctx, 'en');
    expect(record.url).toBe('/directory/hub/#service-drop');
    expect(record.meta).toMatchObject({ title: 'drop service', type: 'Service', org: 'Hub', place: 'hall venue, Mill Hill' });
    // Found by the organisation's other names and by its theme's synonyms.
    expect(record.content).toContain('The Hub');
    expect(record.content).toContain('Citizens Advice');
    // Empty groups are left out rather than sent as empty lists.
    expect(serviceSearchRecord('hub', hub.data, line, ctx, 'en').filters).not.toHaveProperty('day');
  });
});

describe('other pages', () => {
  it('give a grant its themes, and the whole area when it benefits the whole borough', () => {
    const f = pageSearchFacets({ type: 'grant', themes: ['food'], wards: 'borough-wide' }, ctx);
    expect(f.filters).toMatchObject({ type: ['grant'], theme: ['food'], ward: [WHOLE_AREA], constituency: [WHOLE_AREA] });
    expect(f.meta).toEqual({ type: 'Funding decision', place: 'Across Barnet' });
  });
  it('give a meeting just its type', () => {
    expect(pageSearchFacets({ type: 'meeting' }, ctx)).toEqual({ filters: { type: ['meeting'] }, meta: { type: 'Meeting' }, synonyms: [] });
  });
});

describe('filter options', () => {
  it('offer only values something carries, in taxonomy order, and drop empty groups', () => {
    const groups = optionsInUse(taxonomy, [
      pageSearchFacets({ type: 'grant', themes: ['money-advice', 'food'] }, ctx),
      pageSearchFacets({ type: 'meeting' }, ctx),
    ]);
    expect(groups.map((g) => g.name)).toEqual(['type', 'theme']);
    expect(groups[0].options.map((o) => o.label)).toEqual(['Funding decision', 'Meeting']);
    expect(groups[1].options.map((o) => o.value)).toEqual(['food', 'money-advice']);
  });
  it('offer every ward and constituency when something is open to the whole area, and never the whole-area value itself', () => {
    const groups = optionsInUse(taxonomy, [
      pageSearchFacets({ type: 'grant', wards: ['hendon'] }, ctx),
      pageSearchFacets({ type: 'grant', wards: 'borough-wide' }, ctx),
    ]);
    expect(groups.find((g) => g.name === 'ward')!.options.map((o) => o.value)).toEqual(allWards);
    expect(groups.find((g) => g.name === 'constituency')!.options.map((o) => o.value)).toEqual(taxonomy.constituencies.map((c) => c.id));
    const open = org('a', 'A', { services: [service('s')] }).data;
    const anyAge = optionsInUse(taxonomy, [serviceSearchFacets(open, open.services[0]!, ctx)]);
    expect(anyAge.find((g) => g.name === 'age')!.options.map((o) => o.value)).toEqual(allBands);
    const onlyHendon = optionsInUse(taxonomy, [pageSearchFacets({ type: 'grant', wards: ['hendon'] }, ctx)]);
    expect(onlyHendon.find((g) => g.name === 'ward')!.options.map((o) => o.value)).toEqual(['hendon']);
  });
});

describe('result type from the url', () => {
  it.each([
    ['/directory/hub/', 'Organisation'],
    ['/directory/hub/#service-bank', 'Service'],
    ['/directory/themes/food/', 'Theme'],
    ['/funding/grants/360G-X/', 'Funding decision'],
    ['/funding/funds/cif/', 'Funding'],
    ['/crowdfund/grow/', 'Crowdfund project'],
    ['/meetings/pb-2021/', 'Meeting'],
    ['https://example.org/covenant/', 'Faith Covenant'],
    ['/about/', 'Information page'],
  ])('%s is %s', (url, type) => {
    expect(typeFromUrl(url)).toBe(type);
  });
});
