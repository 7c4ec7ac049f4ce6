/** Small funds, organisations, taxonomy and awards for the awards-table, breakdown and chart tests. */
import type { Fund } from '../../src/schemas/fund';
import type { Taxonomy } from '../../src/schemas/settings';
import type { FundItem, GrantItem } from '../../src/lib/funding';
import { grantRows, type RecipientOrg } from '../../src/lib/grant-rows';
import { grantBuilder } from './money-builders';

export const taxonomy: Taxonomy = {
  constituencies: [{ id: 'hendon-c', label: 'Hendon' }],
  wards: [
    { id: 'hendon', label: 'Hendon', constituency: 'hendon-c' },
    { id: 'burnt-oak', label: 'Burnt Oak', constituency: 'hendon-c' },
    { id: 'edgware', label: 'Edgware', constituency: 'hendon-c' },
  ],
  themes: [
    { id: 'food', label: 'Food', synonyms: [], sensitive: false },
    { id: 'carers', label: 'Carers', synonyms: [], sensitive: false },
  ],
  faith_traditions: [],
  languages: [],
  accessibility_features: [],
  organisation_types: [
    { id: 'charity', label: 'Registered charity' },
    { id: 'cic', label: 'Community interest company' },
  ],
};

export const funds: FundItem[] = [
  { id: 'cif', data: { name: 'Community Innovation Fund', summary: 's', type: 'grant-programme', funders: ['Council'], themes: [], rounds: [{ id: 'round-1', name: 'Round 1', status: 'complete', priorities: [] }], demo: false } as Fund },
  { id: 'cil', data: { name: 'CIL neighbourhood', summary: 's', type: 'cil-neighbourhood', funders: ['Council'], themes: [], rounds: [], demo: false } as Fund },
  { id: 'unused', data: { name: 'A fund with no awards', summary: 's', type: 'grant-programme', funders: ['Council'], themes: [], rounds: [], demo: false } as Fund },
];

export const organisations: RecipientOrg[] = [
  { id: 'food-bank', data: { name: 'Burnt Oak Food Bank', type: 'charity', charity_number: '1123456' } },
  { id: 'arts-cic', data: { name: 'Arts CIC', type: 'cic' } },
];

export const grant = grantBuilder({ round: 'round-1', recipient: 'food-bank' });

export const sources = { funds, organisations, taxonomy, idPrefix: 'BNE', areaName: 'Barnet' };

/** Five awards: two wards shared, one borough-wide, one withdrawn, one to a recipient not listed. */
export function sampleGrants(): GrantItem[] {
  return [
    grant({ grant_id: '360G-BNE-A', title: 'Pantry', amount_awarded: 10000, beneficiary_wards: ['hendon', 'burnt-oak'], themes: ['food'], award_date: '2021-03-24' }),
    grant({ grant_id: '360G-BNE-B', title: 'Carers café', amount_awarded: 2500.5, beneficiary_wards: ['burnt-oak'], themes: ['carers', 'food'], recipient: 'arts-cic', award_date: '2022-01-10' }),
    grant({ grant_id: '360G-BNE-C', title: 'Borough helpline', amount_awarded: 7000, beneficiary_wards: 'borough-wide', award_date: '2022-05-01', fund: 'cil', round: undefined }),
    grant({ grant_id: '360G-BNE-D', title: 'Withdrawn club', amount_awarded: 4000, beneficiary_wards: ['hendon'], status: 'withdrawn', award_date: '2022-07-01' }),
    grant({ grant_id: '360G-BNE-E', title: 'Allotment tools', amount_awarded: 800, beneficiary_wards: ['edgware'], recipient: undefined, recipient_name: 'Edgware Allotment Holders', award_date: '2021-09-09', fund: 'cil', round: undefined }),
  ];
}

export const sampleRows = () => grantRows(sampleGrants(), sources);
