import { describe, expect, it } from 'vitest';
import { pledgeStatus, programmeFigures, progress, projectPoints, projectsByStatus, successByYear } from '../../src/lib/crowdfund';
import { project } from './money-builders';

describe('the council pledge', () => {
  it('shows a pledge on a campaign that missed its target as not paid, even if the entry still says pledged', () => {
    const failed = project('failed', { status: 'unsuccessful', raised: 4000, council_pledge: 5000, council_pledge_status: 'pledged' });
    expect(pledgeStatus(failed.data)).toBe('not-paid');
  });

  it('keeps the recorded status for a campaign that succeeded', () => {
    expect(pledgeStatus(project('ok', { status: 'funded', council_pledge: 5000, council_pledge_status: 'paid' }).data)).toBe('paid');
    expect(pledgeStatus(project('live', { council_pledge: 3000, council_pledge_status: 'pledged' }).data)).toBe('pledged');
  });

  it('keeps "none" when no pledge was made', () => {
    expect(pledgeStatus(project('x', { status: 'unsuccessful' }).data)).toBe('none');
  });
});

describe('progress towards the target', () => {
  it('gives the whole per cent raised and whether the target was reached', () => {
    expect(progress(project('p', { raised: 2599, target: 10000 }).data)).toEqual({ raised: 2599, target: 10000, percent: 25, reached: false });
    expect(progress(project('p', { raised: 12000, target: 10000 }).data)).toMatchObject({ percent: 120, reached: true });
  });
});

describe('programme figures', () => {
  const projects = [
    project('grow', { status: 'delivered', raised: 28000, backers: 210, council_pledge: 5000, council_pledge_status: 'paid', campaign_end: '2019-05-01' }),
    project('stitches', { status: 'funded', raised: 15000, backers: 120, council_pledge: 4000, council_pledge_status: 'paid', campaign_end: '2019-09-01' }),
    project('failed', { status: 'unsuccessful', raised: 3000, backers: 40, council_pledge: 2500, council_pledge_status: 'pledged', campaign_end: '2020-02-01' }),
    project('live', { status: 'live', raised: 1200, backers: 15, council_pledge: 1000, council_pledge_status: 'pledged' }),
    project('asked', { status: 'idea', council_pledge: 3000, council_pledge_status: 'requested' }),
  ];
  const f = programmeFigures(projects);

  it('counts the projects, the crowd’s money and its backers', () => {
    expect(f.projects).toBe(5);
    expect(f.raised).toBe(47200);
    expect(f.backers).toBe(385);
  });

  it('counts as pledged every pledge made (paid, waiting or lapsed) but not a mere request', () => {
    expect(f.pledged).toBe(5000 + 4000 + 2500 + 1000);
    expect(f.requested).toBe(3000);
  });

  it('counts as paid only pledges actually paid: the failed campaign’s pledge is not paid', () => {
    expect(f.paid).toBe(9000);
    expect(f.notPaid).toBe(2500);
  });

  it('works out crowd pounds per council pound on the projects the council paid', () => {
    expect(f.crowdPerCouncilPound).toBe(Math.round((43000 / 9000) * 100) / 100);
  });

  it('lists projects by status, ones people can back first, leaving out empty groups', () => {
    expect(projectsByStatus(projects).map((g) => g.status)).toEqual(['live', 'funded', 'delivered', 'idea', 'unsuccessful']);
    expect(projectsByStatus([projects[2]]).map((g) => g.status)).toEqual(['unsuccessful']);
  });

  it('works out how many finished campaigns succeeded each year', () => {
    expect(successByYear(projects)).toEqual([
      { year: '2020', finished: 1, succeeded: 0 },
      { year: '2019', finished: 2, succeeded: 2 },
    ]);
  });
});

describe('projects on a map', () => {
  it('maps the projects that give coordinates, each linking to its page, and leaves the rest to the lists', () => {
    const points = projectPoints([
      project('garden', { location: { name: 'Park corner', ward: 'hendon', lat: 51.6, lng: -0.2 } }),
      project('shed', { location: { name: 'Wood Street', ward: 'hendon' } }),
    ]);
    expect(points).toEqual([{ id: 'garden', name: 'Project garden', place: 'Park corner', lat: 51.6, lng: -0.2, url: '/crowdfund/garden/' }]);
  });
});
