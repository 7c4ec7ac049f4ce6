import { describe, expect, it } from 'vitest';
import { programmeFigures, successByYear } from '../../src/lib/crowdfund';
import { figureRows } from '../../src/lib/crowdfund-figures';
import { project } from './money-builders';

describe('the projects behind each crowdfund figure', () => {
  const projects = [
    project('grow', { status: 'delivered', raised: 28000, council_pledge: 5000, council_pledge_status: 'paid', campaign_end: '2019-05-01' }),
    project('stitches', { status: 'funded', raised: 15000, council_pledge: 4000, council_pledge_status: 'paid', campaign_end: '2019-09-01' }),
    project('failed', { status: 'unsuccessful', raised: 3000, council_pledge: 2500, council_pledge_status: 'pledged', campaign_end: '2020-02-01' }),
    project('live', { status: 'live', raised: 1200, council_pledge: 1000, council_pledge_status: 'pledged', campaign_end: '2020-12-01' }),
    project('asked', { status: 'idea', council_pledge: 3000, council_pledge_status: 'requested' }),
  ];
  const pages = figureRows(projects);
  const rowsOf = (slug: string) => pages.find((p) => p.slug === slug)?.projects.map((p) => p.id);
  const f = programmeFigures(projects);

  it('lists for each council money figure exactly the projects that add up to it', () => {
    expect(rowsOf('pledged')).toEqual(['grow', 'stitches', 'failed', 'live']);
    expect(rowsOf('paid')).toEqual(['grow', 'stitches']);
    expect(rowsOf('not-paid')).toEqual(['failed']);
    // Each list, added up on its own, gives the figure it stands behind.
    expect(programmeFigures(pages.find((p) => p.slug === 'pledged')!.projects).pledged).toBe(f.pledged);
    expect(programmeFigures(pages.find((p) => p.slug === 'paid')!.projects).paid).toBe(f.paid);
    expect(programmeFigures(pages.find((p) => p.slug === 'paid')!.projects).crowdPerCouncilPound).toBe(f.crowdPerCouncilPound);
    expect(programmeFigures(pages.find((p) => p.slug === 'not-paid')!.projects).notPaid).toBe(f.notPaid);
  });

  it('lists each year’s finished campaigns and those that reached their target; a campaign still live is in neither', () => {
    expect(rowsOf('finished-2019')).toEqual(['grow', 'stitches']);
    expect(rowsOf('reached-target-2019')).toEqual(['grow', 'stitches']);
    expect(rowsOf('finished-2020')).toEqual(['failed']);
    for (const y of successByYear(projects)) {
      expect(rowsOf(`finished-${y.year}`)).toHaveLength(y.finished);
      expect(rowsOf(`reached-target-${y.year}`)?.length ?? 0).toBe(y.succeeded);
    }
  });

  it('makes no page for a figure with no rows', () => {
    expect(rowsOf('reached-target-2020')).toBeUndefined();
    expect(figureRows([projects[4]!]).map((p) => p.slug)).toEqual([]);
  });
});
