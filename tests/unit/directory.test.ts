/** How the directory is grouped for browsing: A–Z, by theme, by ward. */
import { describe, expect, it } from 'vitest';
import { groupByInitial, initialOf, orgCountByWard, orgThemes, orgWards, serviceCountsByTheme, themeDirectory, themesInUse, wardDirectory } from '../../src/lib/directory';
import { org, service, venue } from './directory-entries';

describe('A to Z', () => {
  it('files names under their first letter, ignoring accents and case', () => {
    expect(initialOf('Ábaco Help')).toBe('A');
    expect(initialOf('  zest club')).toBe('Z');
    expect(initialOf('1st Finchley Scouts')).toBe('#');
  });

  it('groups organisations by letter in order, names sorted within a letter', () => {
    const groups = groupByInitial([org('c', 'Barnet Carers'), org('a', 'age club'), org('b', 'Ábaco'), org('n', '24 Hour Line')]);
    expect(groups.map((g) => [g.letter, g.orgs.map((o) => o.data.name)])).toEqual([
      ['#', ['24 Hour Line']],
      ['A', ['Ábaco', 'age club']],
      ['B', ['Barnet Carers']],
    ]);
  });
});

describe('themes', () => {
  const hub = org('hub', 'Hub', { themes: ['food'], services: [service('advice', { themes: ['money-advice'] })] });
  const club = org('club', 'Club', { themes: ['older-people'] });

  it("counts a service's theme as the organisation's too", () => {
    expect(orgThemes(hub.data)).toEqual(['food', 'money-advice']);
    expect(themeDirectory([hub, club], 'money-advice').organisations.map((o) => o.id)).toEqual(['hub']);
  });

  it('lists the services tagged with a theme and who runs them', () => {
    const { services } = themeDirectory([hub, club], 'money-advice');
    expect(services.map((s) => [s.org.id, s.service.id])).toEqual([['hub', 'advice']]);
  });

  it('offers only themes somebody uses, in taxonomy order, with counts', () => {
    const themes = [{ id: 'older-people', label: 'Older' }, { id: 'housing', label: 'Housing' }, { id: 'food', label: 'Food' }];
    expect(themesInUse([hub, club], themes)).toEqual([
      { id: 'older-people', label: 'Older', organisations: 1 },
      { id: 'food', label: 'Food', organisations: 1 },
    ]);
  });
});

describe('wards', () => {
  const local = org('local', 'Local Hall', {
    locations: [venue('hall', 'mill-hill'), venue('annex', 'hendon')],
    services: [service('lunch', { area_served: ['mill-hill', 'edgware'], locations: ['hall'] })],
  });
  const everywhere = org('phone', 'Phone Line', { services: [service('line', { delivery: ['phone'] })] });

  it("puts an organisation in the wards of its venues and its services' areas, not 'borough-wide'", () => {
    expect(orgWards(local.data)).toEqual(['mill-hill', 'hendon', 'edgware']);
    expect(orgWards(everywhere.data)).toEqual([]);
  });

  it('lists venues in the ward, local services, and borough-wide services apart', () => {
    const edgware = wardDirectory([local, everywhere], 'edgware');
    expect(edgware.venues).toEqual([]);
    expect(edgware.localServices.map((s) => s.service.id)).toEqual(['lunch']);
    expect(edgware.boroughWideServices.map((s) => s.service.id)).toEqual(['line']);

    const hendon = wardDirectory([local, everywhere], 'hendon');
    expect(hendon.venues.map((v) => [v.org.id, v.locations.map((l) => l.id)])).toEqual([['local', ['annex']]]);
    expect(hendon.localServices).toEqual([]);
  });

  it('counts borough-wide services by theme for a ward page with too many to list, in taxonomy order', () => {
    const helpline = org('helpline', 'Helpline', {
      services: [service('a', { themes: ['money-advice', 'housing'] }), service('b', { themes: ['housing', 'housing'] }), service('c', { themes: ['food'] })],
    });
    const themes = [{ id: 'housing', label: 'Housing' }, { id: 'older-people', label: 'Older' }, { id: 'money-advice', label: 'Money' }, { id: 'food', label: 'Food' }];
    const entries = helpline.data.services.map((s) => ({ org: helpline, service: s }));
    expect(serviceCountsByTheme(entries, themes)).toEqual([
      { id: 'housing', label: 'Housing', services: 2 },
      { id: 'money-advice', label: 'Money', services: 1 },
      { id: 'food', label: 'Food', services: 1 },
    ]);
  });

  it('counts organisations per ward for the ward index', () => {
    const counts = orgCountByWard([local, everywhere, org('x', 'X', { locations: [venue('v', 'hendon')] })]);
    expect(Object.fromEntries(counts)).toEqual({ 'mill-hill': 1, hendon: 2, edgware: 1 });
  });
});
