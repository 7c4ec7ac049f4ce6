import { describe, expect, it } from 'vitest';
import {
  applyView,
  DEFAULT_VIEW,
  exportCsv,
  exportJson,
  queryFromView,
  totalOfRows,
  viewFromQuery,
  type GrantView,
} from '../../src/lib/grants-table';
import { grantRows } from '../../src/lib/grant-rows';
import { grant, sampleRows, sources } from './grant-fixtures';

const rows = sampleRows();
const ids = (view: Partial<GrantView>) => applyView(rows, { ...DEFAULT_VIEW, ...view }).map((r) => r.id);

describe('rows of the awards table', () => {
  it('names a listed recipient’s type from its directory entry and links to its page', () => {
    const row = rows.find((r) => r.id === '360G-BNE-B')!;
    expect(row).toMatchObject({ recipient: 'Arts CIC', recipient_type: 'cic', recipient_type_label: 'Community interest company', recipient_url: '/directory/arts-cic/' });
  });

  it('puts a recipient that is not in the directory under "not listed", with a minted org-id and its own page', () => {
    const row = rows.find((r) => r.id === '360G-BNE-E')!;
    expect(row.recipient_type).toBe('not-listed');
    expect(row.recipient_type_label).toBe('Not listed in the directory');
    expect(row.recipient_org_id).toBe('360G-BNE-ORG-edgware-allotment-holders');
    expect(row.recipient_url).toBe('/funding/recipients/360G-BNE-ORG-edgware-allotment-holders/');
  });

  it('labels a borough-wide award as such rather than listing every ward', () => {
    expect(rows.find((r) => r.id === '360G-BNE-C')).toMatchObject({ wards: ['borough-wide'], ward_labels: ['Borough-wide (all of Barnet)'] });
  });

  it('keys a round by fund and round, since round ids repeat from fund to fund', () => {
    expect(rows.find((r) => r.id === '360G-BNE-A')).toMatchObject({ round: 'cif:round-1', round_name: 'Round 1' });
  });

  it('marks a withdrawn award as listed but not counted', () => {
    expect(rows.find((r) => r.id === '360G-BNE-D')!.counted).toBe(false);
    expect(totalOfRows(rows)).toEqual({ listed: 5, count: 4, amount: 20300.5 });
  });
});

describe('filters', () => {
  it('a ward shows the awards that name it, not borough-wide ones', () => {
    expect(ids({ filters: { ward: 'burnt-oak' } })).toEqual(['360G-BNE-B', '360G-BNE-A']);
    expect(ids({ filters: { ward: 'borough-wide' } })).toEqual(['360G-BNE-C']);
  });

  it('a theme matches any of an award’s themes; "no-theme" finds awards that name none', () => {
    expect(ids({ filters: { theme: 'food' } })).toEqual(['360G-BNE-B', '360G-BNE-A']);
    expect(ids({ filters: { theme: 'no-theme' } })).toEqual(['360G-BNE-D', '360G-BNE-C', '360G-BNE-E']);
  });

  it('recipient matches part of the name, whatever the case', () => {
    expect(ids({ filters: { recipient: 'ALLOTMENT' } })).toEqual(['360G-BNE-E']);
  });

  it('an amount range includes both ends', () => {
    expect(ids({ filters: { min: '2500.5', max: '10000' } })).toEqual(['360G-BNE-D', '360G-BNE-C', '360G-BNE-B', '360G-BNE-A']);
    expect(ids({ filters: { min: '2500.51', max: '9999.99' } })).toEqual(['360G-BNE-D', '360G-BNE-C']);
  });

  it('filters combine: every one must match', () => {
    expect(ids({ filters: { fund: 'cif', year: '2022', status: 'withdrawn' } })).toEqual(['360G-BNE-D']);
    expect(ids({ filters: { round: 'cif:round-1', 'recipient-type': 'cic' } })).toEqual(['360G-BNE-B']);
  });
});

describe('sorting', () => {
  it('is newest first by default', () => {
    expect(ids({})).toEqual(['360G-BNE-D', '360G-BNE-C', '360G-BNE-B', '360G-BNE-E', '360G-BNE-A']);
  });

  it('sorts by amount either way', () => {
    expect(ids({ sort: 'amount', dir: 'desc' })).toEqual(['360G-BNE-A', '360G-BNE-C', '360G-BNE-D', '360G-BNE-B', '360G-BNE-E']);
    expect(ids({ sort: 'amount', dir: 'asc' })[0]).toBe('360G-BNE-E');
  });

  it('breaks ties newest first, so the order never changes between loads', () => {
    const same = grantRows([grant({ grant_id: '360G-BNE-X1', amount_awarded: 5, award_date: '2020-01-01' }), grant({ grant_id: '360G-BNE-X2', amount_awarded: 5, award_date: '2021-01-01' })], sources);
    expect(applyView(same, { ...DEFAULT_VIEW, sort: 'amount', dir: 'asc' }).map((r) => r.id)).toEqual(['360G-BNE-X2', '360G-BNE-X1']);
  });
});

describe('the view in the address', () => {
  it('round-trips filters and sort through the query string', () => {
    const view: GrantView = { filters: { ward: 'hendon', min: '100', recipient: 'food bank' }, sort: 'amount', dir: 'asc' };
    const query = queryFromView(view);
    expect(query).toBe('?ward=hendon&recipient=food+bank&min=100&sort=amount&dir=asc');
    expect(viewFromQuery(query)).toEqual(view);
  });

  it('the default view has a clean address', () => {
    expect(queryFromView(DEFAULT_VIEW)).toBe('');
    expect(viewFromQuery('')).toEqual(DEFAULT_VIEW);
  });

  it('ignores unknown keys, empty values, bad amounts and bad sort orders', () => {
    expect(viewFromQuery('?colour=red&ward=&min=lots&sort=shoe&dir=up&fund=cif')).toEqual({ filters: { fund: 'cif' }, sort: 'date', dir: 'desc' });
  });
});

describe('downloads of the rows shown', () => {
  const shown = applyView(rows, { ...DEFAULT_VIEW, filters: { ward: 'burnt-oak' } });

  it('CSV holds a heading row and exactly the rows given, with absolute links', () => {
    const lines = exportCsv(shown, 'https://example.org').replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^Identifier,Title,Recipient Org:Name,Recipient Org:Identifier,/);
    expect(lines[1]).toMatch(/^360G-BNE-B,Carers café,Arts CIC,/);
    expect(lines[1]).toContain(',2500.5,');
    expect(lines[2]).toContain('https://example.org/funding/grants/360G-BNE-A/');
  });

  it('CSV cells an editor typed cannot run as spreadsheet formulas', () => {
    const evil = grantRows([grant({ grant_id: '360G-BNE-Z', title: '=HYPERLINK("http://x","y")', recipient: undefined, recipient_name: '@SUM(A1)' })], sources);
    const csv = exportCsv(evil, 'https://example.org');
    expect(csv).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csv).toContain(`'@SUM(A1)`);
  });

  it('JSON holds the view’s address, the count and exactly the rows given', () => {
    const json = JSON.parse(exportJson(shown, 'https://example.org/funding/grants/?ward=burnt-oak'));
    expect(json.view).toBe('https://example.org/funding/grants/?ward=burnt-oak');
    expect(json.count).toBe(2);
    expect(json.grants.map((g: { id: string }) => g.id)).toEqual(['360G-BNE-B', '360G-BNE-A']);
    expect(json.grants[0].url).toBe('https://example.org/funding/grants/360G-BNE-B/');
  });
});
