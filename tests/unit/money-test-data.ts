/** Small hand-made grants, funds and projects for the money tests (not a test file itself). */
import type { Fund } from '../../src/schemas/fund';
import type { FundItem } from '../../src/lib/funding';
import { grantBuilder, project } from './money-builders';

export const grant = grantBuilder({ summary: 's', award_date: '2021-03-24' });

export function fund(id: string, type: Fund['type'] = 'grant-programme'): FundItem {
  return { id, data: { name: `Fund ${id}`, summary: 's', type, funders: ['Council'], themes: [], rounds: [], demo: false } as Fund };
}

export { project };

export const organisations = [
  { id: 'org-a', data: { name: 'Org A', charity_number: '1123456' } },
  { id: 'org-b', data: { name: 'Org B' } },
];
