import { describe, expect, it } from 'vitest';
import type { Fund, Round } from '../../src/schemas/fund';
import {
  awardsOutsideRounds,
  funnel,
  grantsByYear,
  grantsForDecision,
  recipientOf,
  roundSummary,
  totalOf,
  totalsByFund,
  type FundItem,
  type GrantItem,
} from '../../src/lib/funding';
import { grantBuilder } from './money-builders';

const grant = grantBuilder({ round: 'round-1' });

const round1: Round = {
  id: 'round-1',
  name: 'Round 1',
  status: 'complete',
  priorities: ['Unpaid carers'],
  applications_received: 37,
  applications_assessed: 14,
  applications_funded: 7,
  total_awarded: 126000,
};

function fund(id: string, name: string, rounds: Round[] = []): FundItem {
  return { id, data: { name, summary: 's', type: 'grant-programme', funders: ['Council'], themes: [], rounds, demo: false } as Fund };
}

// Seven awards that add up to £126,000, like the Community Innovation Fund's first round.
const cifAmounts = [20000, 18500, 19750.5, 15000, 22000, 12749.5, 18000];
const cifRound1 = cifAmounts.map((amount, i) => grant({ amount_awarded: amount, meeting: 'panel', decision: 'cif-r1-awards', grant_id: `360G-BNE-CIF-R1-0${i + 1}` }));

describe('round summary', () => {
  it('adds the round’s awards to £126,000 and agrees with the published total', () => {
    const s = roundSummary('cif', round1, cifRound1);
    expect(s.count).toBe(7);
    expect(s.amount).toBe(126000);
    expect(s.publishedTotal).toBe(126000);
    expect(s.agreesWithPublished).toBe(true);
  });

  it('shows the funnel 37 → 14 → 7 from the round’s published counts', () => {
    expect(funnel(round1).map((s) => s.count)).toEqual([37, 14, 7]);
    expect(funnel(round1).map((s) => s.label)).toEqual(['Applications received', 'Assessed by the panel', 'Funded']);
  });

  it('leaves out funnel stages the round does not give', () => {
    expect(funnel({ ...round1, applications_assessed: undefined }).map((s) => s.count)).toEqual([37, 7]);
  });

  it('says when the awards entered do not add up to the published total', () => {
    const s = roundSummary('cif', round1, cifRound1.slice(1));
    expect(s.amount).toBe(106000);
    expect(s.agreesWithPublished).toBe(false);
  });

  it('lists a withdrawn award but does not count it', () => {
    const withdrawn = grant({ amount_awarded: 5000, status: 'withdrawn' });
    const s = roundSummary('cif', round1, [...cifRound1, withdrawn]);
    expect(s.grants).toHaveLength(8);
    expect(s.count).toBe(7);
    expect(s.amount).toBe(126000);
  });

  it('adds up what the awards asked for only when every counted award says', () => {
    const asked = cifRound1.map((g) => ({ ...g, data: { ...g.data, amount_requested: g.data.amount_awarded + 500.5 } }));
    expect(roundSummary('cif', round1, asked).requested).toBe(126000 + 7 * 500.5);
    expect(roundSummary('cif', round1, [...asked.slice(1), cifRound1[0]]).requested).toBeUndefined();
  });

  it('only takes awards of that fund and round', () => {
    const other = [grant({ fund: 'other' }), grant({ round: 'round-2' })];
    expect(roundSummary('cif', round1, [...cifRound1, ...other]).count).toBe(7);
  });
});

describe('totals', () => {
  const grants = [
    grant({ fund: 'cif', amount_awarded: 1000, award_date: '2021-06-01' }),
    grant({ fund: 'cif', amount_awarded: 2500.5, award_date: '2022-03-01' }),
    grant({ fund: 's106', amount_awarded: 40000, award_date: '2022-09-01', round: undefined }),
    grant({ fund: 's106', amount_awarded: 999, award_date: '2022-10-01', status: 'withdrawn', round: undefined }),
  ];
  const funds = [fund('cif', 'Community Innovation Fund', [round1]), fund('crowd', 'Crowdfund'), fund('s106', 'Section 106')];

  it('totals every counted award', () => {
    expect(totalOf(grants)).toEqual({ count: 3, amount: 43500.5 });
  });

  it('totals by fund in the funds’ order and leaves out funds with no awards', () => {
    expect(totalsByFund(funds, grants).map((r) => [r.fund.id, r.count, r.amount])).toEqual([
      ['cif', 2, 3500.5],
      ['s106', 1, 40000],
    ]);
  });

  it('totals by year awarded, newest year first, and the years add up to the grand total', () => {
    const years = grantsByYear(grants);
    expect(years.map((y) => [y.year, y.count, y.amount])).toEqual([
      ['2022', 2, 42500.5],
      ['2021', 1, 1000],
    ]);
    expect(years.reduce((s, y) => s + y.amount, 0)).toBe(totalOf(grants).amount);
    expect(years[0].grants.map((g) => g.data.award_date)).toEqual(['2022-10-01', '2022-09-01', '2022-03-01']);
  });

  it('finds a fund’s awards that belong to no round', () => {
    expect(awardsOutsideRounds(funds[2], grants)).toHaveLength(2);
    expect(awardsOutsideRounds(funds[0], grants)).toHaveLength(0);
  });
});

describe('decisions and recipients', () => {
  it('derives the grants a decision made from the grants that point at it', () => {
    const other = grant({ meeting: 'panel', decision: 'something-else' });
    const made = grantsForDecision([...cifRound1, other], 'panel', 'cif-r1-awards');
    expect(made).toHaveLength(7);
    expect(made.reduce((s, g) => s + g.data.amount_awarded, 0)).toBe(126000);
  });

  const orgs = [{ id: 'org-a', data: { name: 'Org A', charity_number: '1123456' } }];

  it('names a listed recipient from the directory, with its charity org-id', () => {
    expect(recipientOf(grant().data, orgs, 'BNE')).toEqual({ name: 'Org A', orgId: 'GB-CHC-1123456', organisation: 'org-a' });
  });

  it('uses the name and org-id given for a recipient not in the directory', () => {
    const g = grant({ recipient: undefined, recipient_name: 'Unlisted Trust', recipient_org_id: 'GB-COH-01234567' }).data;
    expect(recipientOf(g, orgs, 'BNE')).toEqual({ name: 'Unlisted Trust', orgId: 'GB-COH-01234567' });
  });
});
