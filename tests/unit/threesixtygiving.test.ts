/**
 * The 360Giving mapper: the fields 360Giving requires on every grant, and the
 * identifier rules (grant ids, recipient org-ids with leading zeros kept, the
 * funder), asserted on the output. The official schema check is in
 * threesixtygiving-schema.test.ts; this file does not copy the schema.
 */
import { describe, expect, it } from 'vitest';
import type { Fund } from '../../src/schemas/fund';
import type { Grant } from '../../src/schemas/grant';
import type { FundItem, GrantItem } from '../../src/lib/funding';
import { toCsv } from '../../src/lib/csv';
import { grantCsvColumns, grantsPackage, OGL_V3, toGrant360, type MapperContext } from '../../src/lib/threesixtygiving';

const site: MapperContext['site'] = {
  site_name: 'Test Site',
  site_url: 'https://open.example.org',
  area_name: 'Barnet',
  council_name: 'London Borough of Barnet',
  funder_org_id: 'GB-LAE-BNE',
  funder_name: 'London Borough of Barnet',
  id_prefix: 'BNE',
  local_authority_code: 'E09000003',
  demo: false,
};
const taxonomy: MapperContext['taxonomy'] = {
  wards: [
    { id: 'hendon', label: 'Hendon', constituency: 'hendon' },
    { id: 'burnt-oak', label: 'Burnt Oak', constituency: 'hendon' },
  ],
  themes: [{ id: 'food', label: 'Food', synonyms: [], sensitive: false }],
};

function fund(id: string, over: Partial<Fund> = {}): FundItem {
  return { id, data: { name: `Fund ${id}`, summary: 's', type: 'grant-programme', funders: ['Council'], themes: [], rounds: [], demo: false, ...over } as Fund };
}

const organisations = [
  { id: 'charity', data: { name: 'A Charity', charity_number: '1123456', company_number: '01234567', website: 'https://charity.example.org' } },
  { id: 'company', data: { name: 'A Company', company_number: '00012345' } },
  { id: 'group', data: { name: 'A Group' } },
];

const funds = [
  fund('cif', { rounds: [{ id: 'round-1', name: 'Round 1', status: 'complete', priorities: [] }] }),
  fund('crf', { type: 'response-fund', funder_name: 'Barnet Together', funder_org_id: '360G-BNE-ORG-barnet-together' }),
];
const ctx: MapperContext = { site, taxonomy, funds, organisations };

let n = 0;
function grant(over: Partial<Grant> = {}): GrantItem {
  n += 1;
  const data: Grant = {
    grant_id: `360G-BNE-T-${String(n).padStart(2, '0')}`,
    title: `Award ${n}`,
    summary: `What award ${n} is for`,
    fund: 'cif',
    round: 'round-1',
    recipient: 'charity',
    amount_awarded: 1000,
    award_date: '2021-03-24',
    themes: ['food'],
    beneficiary_wards: ['hendon'],
    status: 'awarded',
    payments: [],
    demo: false,
    ...over,
  };
  return { id: data.grant_id.toLowerCase(), data };
}

describe('every grant has the fields 360Giving requires', () => {
  it('id, title, description, currency, amount awarded, award date, recipient and funder', () => {
    const g = toGrant360(grant({ amount_awarded: 12000.5 }), ctx);
    expect(g).toMatchObject({ title: expect.any(String), description: expect.any(String), currency: 'GBP', amountAwarded: 12000.5, awardDate: '2021-03-24' });
    expect(g.id).toMatch(/^360G-BNE-/);
    expect(g.recipientOrganization).toHaveLength(1);
    expect(g.recipientOrganization[0]).toMatchObject({ id: expect.any(String), name: 'A Charity' });
    expect(g.fundingOrganization).toEqual([{ id: 'GB-LAE-BNE', name: 'London Borough of Barnet' }]);
  });

  it('keeps the grant id the editor gave, unchanged', () => {
    expect(toGrant360(grant({ grant_id: '360G-BNE-CIF-R1-07' }), ctx).id).toBe('360G-BNE-CIF-R1-07');
  });

  it('gives what was applied for, what has been paid (the payments added up) and each payment', () => {
    const g = toGrant360(grant({ amount_requested: 1500, amount_awarded: 1000, payments: [{ date: '2021-04-01', amount: 400.1 }, { date: '2021-09-01', amount: 199.9, note: 'Second' }] }), ctx);
    expect(g.amountAppliedFor).toBe(1500);
    expect(g.amountDisbursed).toBe(600);
    expect(g.disbursementTransaction).toEqual([
      { id: `${g.id}-payment-1`, transactionDate: '2021-04-01', currency: 'GBP', value: 400.1 },
      { id: `${g.id}-payment-2`, transactionDate: '2021-09-01', currency: 'GBP', value: 199.9, description: 'Second' },
    ]);
  });

  it('gives planned dates, the programme (fund and round) and links back to the grant page', () => {
    const g = toGrant360(grant({ grant_id: '360G-BNE-X-1', planned_start: '2021-05-01', planned_end: '2022-04-30' }), ctx);
    expect(g.plannedDates).toEqual([{ startDate: '2021-05-01', endDate: '2022-04-30' }]);
    expect(g.grantProgramme).toEqual([{ code: 'cif/round-1', title: 'Fund cif: Round 1', url: 'https://open.example.org/funding/funds/cif/#round-round-1' }]);
    expect(g.url).toBe('https://open.example.org/funding/grants/360G-BNE-X-1/');
    expect(g.dataSource).toBe(g.url);
  });

  it('says in the description when the amount is illustrative', () => {
    expect(toGrant360(grant({ demo: true }), ctx).description).toMatch(/Demonstration data/);
    expect(toGrant360(grant({ demo: false }), ctx).description).not.toMatch(/Demonstration/);
  });
});

describe('recipient identifiers', () => {
  it('uses GB-CHC- and the charity number first, and reports both numbers', () => {
    expect(toGrant360(grant({ recipient: 'charity' }), ctx).recipientOrganization[0]).toEqual({
      id: 'GB-CHC-1123456',
      name: 'A Charity',
      charityNumber: '1123456',
      companyNumber: '01234567',
      url: 'https://charity.example.org',
    });
  });

  it('uses GB-COH- and all 8 characters of the company number, leading zeros kept', () => {
    const org = toGrant360(grant({ recipient: 'company' }), ctx).recipientOrganization[0];
    expect(org.id).toBe('GB-COH-00012345');
    expect(org.companyNumber).toBe('00012345');
  });

  it('mints a 360G- id for an organisation with neither number', () => {
    expect(toGrant360(grant({ recipient: 'group' }), ctx).recipientOrganization[0].id).toBe('360G-BNE-ORG-group');
  });

  it('uses the org-id given for a recipient not in the directory, and takes its charity number from it', () => {
    const org = toGrant360(grant({ recipient: undefined, recipient_name: 'Unlisted Trust', recipient_org_id: 'GB-CHC-1099999' }), ctx).recipientOrganization[0];
    expect(org).toEqual({ id: 'GB-CHC-1099999', name: 'Unlisted Trust', charityNumber: '1099999' });
  });

  it('mints an id from the name when none is given, never leaving it empty', () => {
    const org = toGrant360(grant({ recipient: undefined, recipient_name: "St Mary's Lunch Club" }), ctx).recipientOrganization[0];
    expect(org.id).toBe('360G-BNE-ORG-st-marys-lunch-club');
  });

  it('joins a recipient entered by org-id to its directory entry', () => {
    const org = toGrant360(grant({ recipient: undefined, recipient_name: 'Charity (old name)', recipient_org_id: 'GB-CHC-1123456' }), ctx).recipientOrganization[0];
    expect(org.name).toBe('A Charity');
  });
});

describe('the funder', () => {
  it('is the council from settings unless the fund names another organisation', () => {
    expect(toGrant360(grant({ fund: 'cif' }), ctx).fundingOrganization[0].id).toBe('GB-LAE-BNE');
    expect(toGrant360(grant({ fund: 'crf', round: undefined }), ctx).fundingOrganization).toEqual([{ id: '360G-BNE-ORG-barnet-together', name: 'Barnet Together' }]);
  });
});

describe('beneficiary locations', () => {
  it('names each ward, with no made-up code', () => {
    expect(toGrant360(grant({ beneficiary_wards: ['hendon', 'burnt-oak'] }), ctx).beneficiaryLocation).toEqual([
      { name: 'Hendon', countryCode: 'GB' },
      { name: 'Burnt Oak', countryCode: 'GB' },
    ]);
  });

  it('gives a borough-wide award as the local authority with its ONS code and code type', () => {
    expect(toGrant360(grant({ beneficiary_wards: 'borough-wide' }), ctx).beneficiaryLocation).toEqual([
      { name: 'Barnet', countryCode: 'GB', geoCode: 'E09000003', geoCodeType: 'LONB' },
    ]);
  });

  it('leaves the code type out for an authority code it does not recognise', () => {
    const other = { ...ctx, site: { ...site, local_authority_code: 'N09000003' } };
    expect(toGrant360(grant({ beneficiary_wards: 'borough-wide' }), other).beneficiaryLocation[0]).toEqual({ name: 'Barnet', countryCode: 'GB', geoCode: 'N09000003' });
  });
});

describe('the package', () => {
  const grants = [grant({ award_date: '2022-01-01' }), grant({ status: 'withdrawn' }), grant({ award_date: '2020-01-01' })];
  const pkg = grantsPackage(grants, ctx, { issued: '2026-11-24', modified: '2026-11-20T10:15:00+00:00' });

  it('names the council as publisher, the Open Government Licence v3 and where it is', () => {
    expect(pkg.publisher).toEqual({ identifier: 'GB-LAE-BNE', name: 'London Borough of Barnet', website: 'https://open.example.org' });
    expect(pkg.license).toBe(OGL_V3);
    expect(pkg.downloadURL).toBe('https://open.example.org/data/grants.json');
    expect(pkg).toMatchObject({ issued: '2026-11-24', modified: '2026-11-20T10:15:00+00:00', version: '1.4' });
  });

  it('leaves withdrawn awards out and lists the rest oldest first', () => {
    expect(pkg.grants.map((g) => g.awardDate)).toEqual(['2020-01-01', '2022-01-01']);
  });

  it('has a unique id on every grant', () => {
    expect(new Set(pkg.grants.map((g) => g.id)).size).toBe(pkg.grants.length);
  });
});

describe('the CSV with 360Giving column titles', () => {
  const rows = [toGrant360(grant({ beneficiary_wards: ['hendon', 'burnt-oak'] }), ctx), toGrant360(grant({ beneficiary_wards: 'borough-wide' }), ctx)];

  it('uses the spreadsheet titles, numbering location columns when a grant has several', () => {
    const titles = grantCsvColumns(rows).map((c) => c.title);
    for (const t of ['Identifier', 'Title', 'Description', 'Currency', 'Amount Awarded', 'Award Date', 'Recipient Org:Identifier', 'Recipient Org:Name', 'Funding Org:Identifier', 'Funding Org:Name', 'Grant Programme:Title'])
      expect(titles).toContain(t);
    expect(titles).toContain('Beneficiary Location:0:Name');
    expect(titles).toContain('Beneficiary Location:1:Name');
    expect(titles).not.toContain('Beneficiary Location:Name');
  });

  it('uses the plain location titles when no grant has more than one location', () => {
    const titles = grantCsvColumns([rows[1]!]).map((c) => c.title);
    expect(titles).toContain('Beneficiary Location:Name');
    expect(titles).toContain('Beneficiary Location:Geographic Code');
  });

  it('writes one row per grant, with the same figures as the JSON', () => {
    const csv = toCsv(rows, grantCsvColumns(rows), { bom: false });
    const lines = csv.trim().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain(rows[0]!.id);
    expect(lines[2]).toContain('E09000003');
  });
});
