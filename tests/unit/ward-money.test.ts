/**
 * Money spent in a ward: awards naming the ward, by fund; an award for several
 * wards counted in full in each; borough-wide awards shown apart, never in the
 * ward's total; crowdfund projects located in the ward.
 */
import { describe, expect, it } from 'vitest';
import { otherWards, wardMoney } from '../../src/lib/ward-money';
import { fund, grant, project } from './money-test-data';

const funds = [fund('cif'), fund('cil', 'cil-neighbourhood')];
const grants = [
  grant({ fund: 'cif', beneficiary_wards: ['hendon'], amount_awarded: 1000 }),
  grant({ fund: 'cif', beneficiary_wards: ['hendon', 'burnt-oak', 'edgware'], amount_awarded: 3000 }),
  grant({ fund: 'cil', beneficiary_wards: ['hendon'], amount_awarded: 500.25 }),
  grant({ fund: 'cil', beneficiary_wards: ['hendon'], amount_awarded: 999, status: 'withdrawn' }),
  grant({ fund: 'cif', beneficiary_wards: ['burnt-oak'], amount_awarded: 7 }),
  grant({ fund: 'cif', beneficiary_wards: 'borough-wide', amount_awarded: 20000 }),
];
const crowdfund = [project('here', { location: { name: 'High Street', ward: 'hendon' } }), project('there', { location: { name: 'Elsewhere', ward: 'edgware' } })];

describe('money spent in a ward', () => {
  const money = wardMoney('hendon', { grants, funds, crowdfund });

  it('adds up the awards naming the ward, by fund, counting a several-ward award in full', () => {
    expect(money.byFund.map((r) => [r.fund.id, r.count, r.amount, r.grants.length])).toEqual([
      ['cif', 2, 4000, 2],
      ['cil', 1, 500.25, 2],
    ]);
    expect(money.total).toEqual({ count: 3, amount: 4500.25 });
  });

  it('keeps borough-wide awards apart and out of the ward total', () => {
    expect(money.boroughWide).toMatchObject({ count: 1, amount: 20000 });
    expect(money.byFund.flatMap((r) => r.grants).some((g) => g.data.beneficiary_wards === 'borough-wide')).toBe(false);
  });

  it('lists the crowdfund projects located in the ward', () => {
    expect(money.projects.map((p) => p.id)).toEqual(['here']);
  });

  it('says how many other wards share an award', () => {
    expect(otherWards(grants[1]!, 'hendon')).toBe(2);
    expect(otherWards(grants[0]!, 'hendon')).toBe(0);
  });

  it('is empty for a ward no award names', () => {
    const none = wardMoney('mill-hill', { grants, funds, crowdfund });
    expect(none.byFund).toEqual([]);
    expect(none.total).toEqual({ count: 0, amount: 0 });
    expect(none.boroughWide.amount).toBe(20000);
  });
});
