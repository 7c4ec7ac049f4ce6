/**
 * /data/crowdfund.json and .csv: the crowd's money and the council's in
 * separate fields, and a pledge to a failed campaign marked not paid.
 */
import { describe, expect, it } from 'vitest';
import { CROWDFUND_CSV_COLUMNS, crowdfundFile, crowdfundRecord, type CrowdfundContext } from '../../src/lib/crowdfund-data';
import { toCsv } from '../../src/lib/csv';
import { OGL_V3 } from '../../src/lib/threesixtygiving';
import { grant, organisations, project } from './money-test-data';

const ctx: CrowdfundContext = {
  site: { site_name: 'Test', site_url: 'https://open.example.org', area_name: 'Barnet', council_name: 'London Borough of Barnet', id_prefix: 'BNE', demo: false, crowdfund: { max_council_pledge: 5000, platform_name: 'Spacehive' } },
  taxonomy: { wards: [{ id: 'hendon', label: 'Hendon', constituency: 'hendon' }] },
  organisations,
  grants: [grant({ crowdfund_project: 'mural', grant_id: '360G-BNE-CFB-01', status: 'withdrawn' })],
};

describe('a crowdfund record', () => {
  it('shows a pledge to a campaign that missed its target as not paid, with nothing paid', () => {
    const r = crowdfundRecord(project('mural', { status: 'unsuccessful', raised: 4870, target: 12000, council_pledge: 2000, council_pledge_status: 'pledged' }), ctx);
    expect(r).toMatchObject({ council_pledge: 2000, council_pledge_status: 'not-paid', council_paid: 0, raised: 4870, percent_raised: 40, grant_ids: ['360G-BNE-CFB-01'] });
  });

  it('counts a paid pledge as council money paid, apart from the crowd’s money', () => {
    const r = crowdfundRecord(project('farm', { status: 'delivered', raised: 27350, target: 25000, council_pledge: 5000, council_pledge_status: 'paid', proposer: 'org-a', proposer_name: undefined }), ctx);
    expect(r).toMatchObject({ raised: 27350, council_paid: 5000, proposer_name: 'Org A', proposer_org_id: 'GB-CHC-1123456', proposer_url: 'https://open.example.org/directory/org-a/' });
  });

  it('names the ward and links to the project page', () => {
    const r = crowdfundRecord(project('x'), ctx);
    expect(r).toMatchObject({ ward: 'hendon', ward_name: 'Hendon', url: 'https://open.example.org/crowdfund/x/' });
  });
});

describe('the crowdfund files', () => {
  const file = crowdfundFile([project('b'), project('a')], ctx, { issued: '2026-11-24' });

  it('carries the licence and lists the projects in a stable order', () => {
    expect(file.license).toBe(OGL_V3);
    expect(file.projects.map((p) => p.id)).toEqual(['a', 'b']);
  });

  it('writes the same projects as a spreadsheet, one row each', () => {
    const lines = toCsv(file.projects, CROWDFUND_CSV_COLUMNS, { bom: false }).trim().split('\r\n');
    expect(lines[0]).toContain('Raised from the crowd (GBP)');
    expect(lines[0]).toContain('Council pledge status');
    expect(lines).toHaveLength(3);
  });
});
