/**
 * Money spent in one ward: the awards that name the ward among those they
 * benefit, by fund, and the crowdfund projects located there.
 *
 * Two rules, both said on the page:
 * - An award for several wards is counted in full in each ward it names: the
 *   split between wards is not known, and inventing one would be worse. Ward
 *   totals therefore overlap and must not be added together.
 * - A borough-wide award benefits every ward but is not counted in any ward's
 *   total; the ward page gives their number and total separately.
 */
import { byAwardDateDesc, totalOf, type FundItem, type GrantItem, type Total } from './funding';
import type { Project } from './crowdfund';

export interface WardFundRow extends Total {
  fund: FundItem;
  /** Every award from this fund naming the ward, newest first (withdrawn ones listed, not counted). */
  grants: GrantItem[];
}

export interface WardMoney {
  byFund: WardFundRow[];
  /** All awards naming the ward, counted. */
  total: Total;
  /** Awards for the whole borough: shown apart, never in the ward's total. */
  boroughWide: Total & { grants: GrantItem[] };
  /** Crowdfund projects located in the ward. */
  projects: Project[];
}

/** How many other wards an award names besides this one (0 for a single-ward award). */
export function otherWards(grant: GrantItem, wardId: string): number {
  const wards = grant.data.beneficiary_wards;
  return wards === 'borough-wide' ? 0 : wards.filter((w) => w !== wardId).length;
}

export function wardMoney(wardId: string, content: { grants: readonly GrantItem[]; funds: readonly FundItem[]; crowdfund: readonly Project[] }): WardMoney {
  const inWard = content.grants.filter((g) => g.data.beneficiary_wards !== 'borough-wide' && g.data.beneficiary_wards.includes(wardId));
  const byFund = content.funds
    .map((fund) => {
      const grants = inWard.filter((g) => g.data.fund === fund.id).sort(byAwardDateDesc);
      return { fund, grants, ...totalOf(grants) };
    })
    .filter((row) => row.grants.length > 0);
  const boroughWide = content.grants.filter((g) => g.data.beneficiary_wards === 'borough-wide').sort(byAwardDateDesc);
  return {
    byFund,
    total: totalOf(inWard),
    boroughWide: { grants: boroughWide, ...totalOf(boroughWide) },
    projects: content.crowdfund.filter((p) => p.data.location.ward === wardId),
  };
}
