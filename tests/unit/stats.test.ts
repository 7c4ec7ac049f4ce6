/** The home page's headline figures, computed from content. */
import { describe, expect, it } from 'vitest';
import { headlineFigures } from '../../src/lib/stats';
import { org, service, venue } from './directory-entries';

const taxonomy = { wards: [{ id: 'hendon', label: 'Hendon', constituency: 'hendon' }, { id: 'mill-hill', label: 'Mill Hill', constituency: 'hendon' }, { id: 'edgware', label: 'Edgware', constituency: 'hendon' }] };

describe('headline figures', () => {
  const content = {
    organisations: [
      org('a', 'A', { locations: [venue('v', 'hendon')], services: [service('s1'), service('s2', { area_served: ['mill-hill'] })] }),
      org('b', 'B', { services: [service('s3')] }),
    ],
    grants: [
      { data: { amount_awarded: 12000.5, status: 'awarded' as const } },
      { data: { amount_awarded: 0.1, status: 'completed' as const } },
      { data: { amount_awarded: 0.2, status: 'clawed-back' as const } },
      { data: { amount_awarded: 5000, status: 'withdrawn' as const } },
    ],
    crowdfund: [{ data: { status: 'live' as const } }, { data: { status: 'idea' as const } }],
    meetings: [{ data: { status: 'held' as const } }, { data: { status: 'scheduled' as const } }, { data: { status: 'cancelled' as const } }],
  };
  const figures = headlineFigures(content, taxonomy);

  it('counts organisations and all their services', () => {
    expect(figures).toMatchObject({ organisations: 2, services: 3 });
  });
  it('counts wards with a venue or a service naming them, out of all wards', () => {
    expect(figures).toMatchObject({ wardsCovered: 2, wardsTotal: 3 });
  });
  it('adds up awards exactly to the penny, leaving out withdrawn ones', () => {
    expect(figures).toMatchObject({ grantsAwarded: 12000.8, awards: 3 });
  });
  it('counts crowdfund projects and only the meetings actually held', () => {
    expect(figures).toMatchObject({ crowdfundProjects: 2, meetingsHeld: 1 });
  });
});
