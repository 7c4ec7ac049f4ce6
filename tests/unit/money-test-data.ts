/** Small hand-made grants, funds and projects for the money tests (not a test file itself). */
import type { CrowdfundProject } from '../../src/schemas/crowdfund';
import type { Fund } from '../../src/schemas/fund';
import type { Grant } from '../../src/schemas/grant';
import type { Project } from '../../src/lib/crowdfund';
import type { FundItem, GrantItem } from '../../src/lib/funding';

let n = 0;
export function grant(over: Partial<Grant> = {}): GrantItem {
  n += 1;
  const data: Grant = {
    grant_id: `360G-BNE-T-${String(n).padStart(3, '0')}`,
    title: `Award ${n}`,
    summary: 's',
    fund: 'cif',
    recipient: 'org-a',
    amount_awarded: 1000,
    award_date: '2021-03-24',
    themes: [],
    beneficiary_wards: 'borough-wide',
    status: 'awarded',
    payments: [],
    demo: false,
    ...over,
  };
  return { id: data.grant_id.toLowerCase(), data };
}

export function fund(id: string, type: Fund['type'] = 'grant-programme'): FundItem {
  return { id, data: { name: `Fund ${id}`, summary: 's', type, funders: ['Council'], themes: [], rounds: [], demo: false } as Fund };
}

export function project(id: string, over: Partial<CrowdfundProject> = {}): Project {
  return {
    id,
    data: {
      title: `Project ${id}`,
      summary: 's',
      proposer_name: 'A group',
      location: { name: 'Somewhere', ward: 'hendon' },
      themes: [],
      target: 10000,
      raised: 0,
      backers: 0,
      council_pledge: 0,
      council_pledge_status: 'none',
      status: 'live',
      images: [],
      updates: [],
      demo: false,
      ...over,
    },
  };
}

export const organisations = [
  { id: 'org-a', data: { name: 'Org A', charity_number: '1123456' } },
  { id: 'org-b', data: { name: 'Org B' } },
];
