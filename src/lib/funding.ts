/**
 * Funding figures derived from the grant entries: totals by fund and year, each
 * round's funnel and awards, the grants each decision made, and who received
 * them. Pages show these numbers; none is typed in by hand.
 */
import type { Fund, Round } from '../schemas/fund';
import type { Grant } from '../schemas/grant';
import { sumBy } from './money';
import { orgId, orgIdForName } from './org-id';
import { countsAsAwarded } from './stats';

export interface Item<T> {
  id: string;
  data: T;
}
export type GrantItem = Item<Grant>;
export type FundItem = Item<Fund>;

/**
 * A withdrawn award never moved money, so it is listed but not counted: the
 * home page's figures and the content check use the same rule.
 */
export function counts(grant: GrantItem): boolean {
  return countsAsAwarded(grant.data);
}

export const GRANT_STATUS_LABELS: Record<Grant['status'], string> = {
  awarded: 'Awarded',
  'in-progress': 'In progress',
  completed: 'Completed',
  withdrawn: 'Withdrawn (not counted)',
  'clawed-back': 'Clawed back',
};

export const FUND_TYPE_LABELS: Record<Fund['type'], string> = {
  'grant-programme': 'Grant programme',
  crowdfund: 'Civic crowdfunding',
  'cil-neighbourhood': 'Community Infrastructure Levy (neighbourhood portion)',
  'section-106': 'Section 106 agreement money',
  'response-fund': 'Response fund',
  'social-value': 'Social value',
};

export const ROUND_STATUS_LABELS: Record<Round['status'], string> = { planned: 'Planned', open: 'Open for applications', assessing: 'Being assessed', complete: 'Complete' };

export interface Total {
  /** Awards that count towards the total. */
  count: number;
  amount: number;
}

/** Number and sum of the counted awards in a list. */
export function totalOf(grants: readonly GrantItem[]): Total {
  const counted = grants.filter(counts);
  return { count: counted.length, amount: sumBy(counted, (g) => g.data.amount_awarded) };
}

export const awardYear = (grant: GrantItem): string => grant.data.award_date.slice(0, 4);

/** Totals per fund, in the order the funds are given; funds with no awards are left out. */
export function totalsByFund(funds: readonly FundItem[], grants: readonly GrantItem[]) {
  return funds
    .map((fund) => ({ fund, ...totalOf(grants.filter((g) => g.data.fund === fund.id)) }))
    .filter((row) => row.count > 0);
}

/** Awards grouped by the calendar year they were made, newest year first. */
export function grantsByYear(grants: readonly GrantItem[]) {
  const years = [...new Set(grants.map(awardYear))].sort().reverse();
  return years.map((year) => {
    const rows = grants.filter((g) => awardYear(g) === year).sort(byAwardDateDesc);
    return { year, grants: rows, ...totalOf(rows) };
  });
}

/** Newest award first; ties by grant id so the order never changes between builds. */
export function byAwardDateDesc(a: GrantItem, b: GrantItem): number {
  return b.data.award_date.localeCompare(a.data.award_date) || a.data.grant_id.localeCompare(b.data.grant_id);
}

export interface FunnelStage {
  label: string;
  count: number;
}

/** Applications received → assessed → funded, as published, skipping stages not given. */
export function funnel(round: Round): FunnelStage[] {
  const stages: [string, number | undefined][] = [
    ['Applications received', round.applications_received],
    ['Assessed by the panel', round.applications_assessed],
    ['Funded', round.applications_funded],
  ];
  return stages.filter((s): s is [string, number] => s[1] !== undefined).map(([label, count]) => ({ label, count }));
}

export interface RoundSummary extends Total {
  round: Round;
  /** Every award entered for the round (withdrawn ones included, marked by status). */
  grants: GrantItem[];
  funnel: FunnelStage[];
  /** The published total, where given, beside the computed one. */
  publishedTotal?: number;
  /** False when a published total is given and the awards entered do not add up to it. */
  agreesWithPublished: boolean;
  /** What the counted awards asked for, added up, when every one of them says; else undefined. */
  requested?: number;
}

/** One round: its awards, computed total and the published figures beside it. */
export function roundSummary(fundId: string, round: Round, grants: readonly GrantItem[]): RoundSummary {
  const rows = grants.filter((g) => g.data.fund === fundId && g.data.round === round.id).sort(byAwardDateDesc);
  const total = totalOf(rows);
  const counted = rows.filter(counts);
  const published = round.total_awarded;
  const allSayRequested = counted.length > 0 && counted.every((g) => g.data.amount_requested !== undefined);
  return {
    round,
    grants: rows,
    funnel: funnel(round),
    ...total,
    publishedTotal: published,
    agreesWithPublished: published === undefined || Math.round(published * 100) === Math.round(total.amount * 100),
    requested: allSayRequested ? sumBy(counted, (g) => g.data.amount_requested ?? 0) : undefined,
  };
}

/** A fund's awards that belong to no round (or to a round no longer listed). */
export function awardsOutsideRounds(fund: FundItem, grants: readonly GrantItem[]): GrantItem[] {
  const roundIds = new Set(fund.data.rounds.map((r) => r.id));
  return grants.filter((g) => g.data.fund === fund.id && !(g.data.round && roundIds.has(g.data.round))).sort(byAwardDateDesc);
}

/** The grants a decision made: derived from each grant pointing at its meeting and decision. */
export function grantsForDecision(grants: readonly GrantItem[], meetingId: string, decisionId: string): GrantItem[] {
  return grants.filter((g) => g.data.meeting === meetingId && g.data.decision === decisionId).sort(byAwardDateDesc);
}

export interface Recipient {
  name: string;
  orgId: string;
  /** The directory organisation's id, when the recipient is listed. */
  organisation?: string;
}

type OrgLike = Item<{ name: string; charity_number?: string; company_number?: string }>;
interface OrganisationIndex { prefix: string; byId: Map<string, OrgLike>; byOrgId: Map<string, OrgLike> }
const indexes = new WeakMap<readonly OrgLike[], OrganisationIndex>();

/**
 * Organisations by id and by org-id, built once per list: every award page, table
 * row and organisation page looks recipients up, and a scan of the whole directory
 * per award made a 10,000-organisation build take hours (issue 7's benchmark).
 * The first entry wins, as Array.find did. The list is never mutated after loading.
 */
function organisationIndex(organisations: readonly OrgLike[], idPrefix: string): OrganisationIndex {
  const cached = indexes.get(organisations);
  if (cached && cached.prefix === idPrefix) return cached;
  const index: OrganisationIndex = { prefix: idPrefix, byId: new Map(), byOrgId: new Map() };
  for (const o of organisations) {
    if (!index.byId.has(o.id)) index.byId.set(o.id, o);
    const key = orgId(o.data, o.id, idPrefix);
    if (!index.byOrgId.has(key)) index.byOrgId.set(key, o);
  }
  indexes.set(organisations, index);
  return index;
}

/**
 * Who received an award: the directory entry when listed (chosen, or found by the
 * org-id given), else the name and org-id given, or an org-id minted from the name
 * so every recipient can be followed (and open data always has an identifier).
 */
export function recipientOf(
  grant: Grant,
  organisations: readonly OrgLike[],
  idPrefix: string,
): Recipient {
  const index = organisationIndex(organisations, idPrefix);
  const org = grant.recipient ? index.byId.get(grant.recipient) : grant.recipient_org_id ? index.byOrgId.get(grant.recipient_org_id) : undefined;
  if (org) return { name: org.data.name, orgId: orgId(org.data, org.id, idPrefix), organisation: org.id };
  const name = grant.recipient_name ?? grant.recipient ?? 'Unknown recipient';
  return { name, orgId: grant.recipient_org_id ?? orgIdForName(name, idPrefix) };
}
