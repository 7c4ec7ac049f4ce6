/**
 * Builders for the money tests (not a test file itself): a grant or a
 * crowdfund project with every required field filled, so a test names only
 * what it is about. Each test file picks its own defaults for grants.
 */
import type { CrowdfundProject } from '../../src/schemas/crowdfund';
import type { Grant } from '../../src/schemas/grant';
import type { Project } from '../../src/lib/crowdfund';
import type { GrantItem } from '../../src/lib/funding';

/** A grant builder: numbered ids and titles, these defaults, then the test's own fields. */
export function grantBuilder(defaults: Partial<Grant> = {}): (over?: Partial<Grant>) => GrantItem {
  let n = 0;
  return (over = {}) => {
    n += 1;
    const data: Grant = {
      grant_id: `360G-BNE-T-${String(n).padStart(3, '0')}`,
      title: `Award ${n}`,
      summary: 'Test award',
      fund: 'cif',
      recipient: 'org-a',
      amount_awarded: 1000,
      award_date: '2021-06-10',
      themes: [],
      beneficiary_wards: 'borough-wide',
      status: 'awarded',
      payments: [],
      demo: false,
      ...defaults,
      ...over,
    };
    return { id: data.grant_id.toLowerCase(), data };
  };
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
