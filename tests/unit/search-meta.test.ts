/** What organisation pages tell Pagefind, and how a result's type is named. */
import { describe, expect, it } from 'vitest';
import { organisationPlace, organisationSearchFacets, typeFromUrl } from '../../src/lib/search-meta';
import { labeller } from '../../src/lib/taxonomy';
import { fixtureSettings } from '../fixtures/schema-check';
import { org, service, venue } from './directory-entries';

const label = labeller(fixtureSettings.taxonomy);

describe('organisation facets', () => {
  it('gives type, theme and ward labels for the filters', () => {
    const hub = org('hub', 'Hub', { themes: ['food'], locations: [venue('v', 'hendon')], services: [service('s', { themes: ['money-advice'], area_served: ['mill-hill'] })] });
    expect(organisationSearchFacets(hub.data, label, 'Barnet')).toEqual({
      type: 'Organisation',
      themes: [label('themes', 'food'), label('themes', 'money-advice')],
      wards: ['Hendon', 'Mill Hill'],
      place: 'Hendon',
    });
  });

  it('describes the place from venues, then the whole area, then named wards', () => {
    expect(organisationPlace(org('a', 'A', { locations: [venue('v', 'mill-hill'), venue('w', 'mill-hill')] }).data, label, 'Barnet')).toBe('Mill Hill');
    expect(organisationPlace(org('b', 'B', { services: [service('s')] }).data, label, 'Barnet')).toBe('Across Barnet');
    expect(organisationPlace(org('c', 'C', { services: [service('s', { area_served: ['edgware'] })] }).data, label, 'Barnet')).toBe('Edgware');
    expect(organisationPlace(org('d', 'D').data, label, 'Barnet')).toBe('No fixed venue');
  });
});

describe('result type from the url', () => {
  it.each([
    ['/directory/hub/', 'Organisation'],
    ['/directory/themes/food/', 'Theme'],
    ['/funding/grants/360G-X/', 'Funding decision'],
    ['/funding/funds/cif/', 'Funding'],
    ['/crowdfund/grow/', 'Crowdfund project'],
    ['/meetings/pb-2021/', 'Meeting'],
    ['https://example.org/covenant/', 'Faith Covenant'],
    ['/about/', 'Page'],
  ])('%s is %s', (url, type) => {
    expect(typeFromUrl(url)).toBe(type);
  });
});
