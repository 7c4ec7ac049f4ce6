/**
 * Following money to the organisations that received it: where each recipient's
 * page is, the recipients not listed in the directory (grouped by org-id, which
 * is how open data joins awards up), and everything one directory organisation
 * received, by stream. Every total is added up here from the entries.
 */
import { FUND_TYPES, type Fund } from '../schemas/fund';
import { PLEDGE_STATUS_LABELS, pledgeStatus, type Project } from './crowdfund';
import { byAwardDateDesc, counts, FUND_TYPE_LABELS, GRANT_STATUS_LABELS, recipientOf, type FundItem, type GrantItem, type Item, type Recipient } from './funding';
import { paymentSummary, sumBy } from './money';
import { urls } from './urls';

export type OrgItem = Item<{ name: string; charity_number?: string; company_number?: string }>;

/** A listed recipient's directory page; otherwise its page under /funding/recipients/. */
export function recipientUrl(recipient: Recipient): string {
  return recipient.organisation ? urls.organisation(recipient.organisation) : urls.recipient(recipient.orgId);
}

export interface AwardTotals {
  /** Awards that count (withdrawn ones are listed but not counted). */
  count: number;
  amount: number;
  /** Paid so far on the counted awards. */
  paid: number;
}

function totals(grants: readonly GrantItem[]): AwardTotals {
  const counted = grants.filter(counts);
  return { count: counted.length, amount: sumBy(counted, (g) => g.data.amount_awarded), paid: sumBy(counted, (g) => paymentSummary(g.data).paid) };
}

export interface RecipientTotals extends AwardTotals {
  recipient: Recipient;
  /** Other names the same org-id was entered under, if any (a typo, or a change of name). */
  otherNames: string[];
  /** Every award to it, newest first, withdrawn ones included. */
  grants: GrantItem[];
}

/**
 * Everyone who received an award, one per org-id (a directory entry's org-id is
 * its own), with their awards and totals, sorted by name.
 */
export function allRecipients(grants: readonly GrantItem[], organisations: readonly OrgItem[], idPrefix: string): RecipientTotals[] {
  const groups = new Map<string, { recipient: Recipient; names: string[]; grants: GrantItem[] }>();
  for (const grant of [...grants].sort(byAwardDateDesc)) {
    const r = recipientOf(grant.data, organisations, idPrefix);
    const group = groups.get(r.orgId) ?? { recipient: r, names: [], grants: [] };
    if (!group.names.includes(r.name)) group.names.push(r.name);
    group.grants.push(grant);
    groups.set(r.orgId, group);
  }
  return [...groups.values()]
    .map((g) => ({ recipient: g.recipient, otherNames: g.names.slice(1), grants: g.grants, ...totals(g.grants) }))
    .sort((a, b) => a.recipient.name.localeCompare(b.recipient.name, 'en-GB') || a.recipient.orgId.localeCompare(b.recipient.orgId));
}

/** Recipients not in the directory: each gets a page under /funding/recipients/. */
export function unlistedRecipients(grants: readonly GrantItem[], organisations: readonly OrgItem[], idPrefix: string): RecipientTotals[] {
  return allRecipients(grants, organisations, idPrefix).filter((r) => !r.recipient.organisation);
}

export type Stream = Fund['type'];

/** One line of money to an organisation: an award, or a crowdfund pledge not entered as an award. */
export interface ReceivedRow {
  kind: 'award' | 'pledge';
  /** The grant id, or the crowdfund project's id. */
  id: string;
  title: string;
  url: string;
  /** The fund's name (awards). */
  fundName?: string;
  fundUrl?: string;
  /** Award date, or the campaign's end for a pledge. */
  date?: string;
  status: string;
  amount: number;
  paid: number;
  /** False for a withdrawn award or a pledge that lapsed: listed, not added up. */
  counted: boolean;
}

export interface StreamTotals extends AwardTotals {
  stream: Stream;
  label: string;
  rows: ReceivedRow[];
}

export interface FundingReceived {
  streams: StreamTotals[];
  total: AwardTotals;
  /** Crowdfund campaigns the organisation ran: the crowd's money, kept apart from council money. */
  campaigns: Project[];
  raisedFromCrowd: number;
}

/** Pledge statuses that promise money (a request is not yet a pledge). */
const PROMISED = new Set(['pledged', 'paid']);

interface AwardIndex { organisations: readonly OrgItem[]; prefix: string; awards: Map<string, GrantItem[]>; crowdfundProjects: Set<string | undefined> }
const awardIndexes = new WeakMap<readonly GrantItem[], AwardIndex>();

/**
 * Awards grouped by the directory organisation that received them, and the crowdfund
 * projects an award was entered for: worked out once per build, not once per
 * organisation page (a scan of every award on every page is quadratic in the directory).
 */
function awardsByOrganisation(grants: readonly GrantItem[], organisations: readonly OrgItem[], idPrefix: string): AwardIndex {
  const cached = awardIndexes.get(grants);
  if (cached && cached.organisations === organisations && cached.prefix === idPrefix) return cached;
  const awards = new Map<string, GrantItem[]>();
  for (const g of grants) {
    const organisation = recipientOf(g.data, organisations, idPrefix).organisation;
    if (organisation) awards.set(organisation, [...(awards.get(organisation) ?? []), g]);
  }
  const index: AwardIndex = { organisations, prefix: idPrefix, awards, crowdfundProjects: new Set(grants.map((g) => g.data.crowdfund_project).filter(Boolean)) };
  awardIndexes.set(grants, index);
  return index;
}

/**
 * Everything a directory organisation received, grouped by stream (the fund's
 * type: grant programme, crowdfund pledge, CIL, Section 106, …). A council pledge
 * recorded as an award is counted once, as that award; a pledge with no award
 * entered is listed as a pledge so it is not missed.
 */
export function fundingReceived(
  organisationId: string,
  content: { grants: readonly GrantItem[]; funds: readonly FundItem[]; organisations: readonly OrgItem[]; crowdfund: readonly Project[] },
  idPrefix: string,
): FundingReceived {
  const funds = new Map(content.funds.map((f) => [f.id, f]));
  const byOrganisation = awardsByOrganisation(content.grants, content.organisations, idPrefix);
  const awards = [...(byOrganisation.awards.get(organisationId) ?? [])].sort(byAwardDateDesc);
  const rows: (ReceivedRow & { stream: Stream })[] = awards.map((g) => {
    const fund = funds.get(g.data.fund);
    return {
      kind: 'award',
      stream: fund?.data.type ?? 'grant-programme',
      id: g.data.grant_id,
      title: g.data.title,
      url: urls.grant(g.data.grant_id),
      fundName: fund?.data.name ?? g.data.fund,
      fundUrl: fund ? urls.fund(fund.id) : undefined,
      date: g.data.award_date,
      status: GRANT_STATUS_LABELS[g.data.status],
      amount: g.data.amount_awarded,
      paid: paymentSummary(g.data).paid,
      counted: counts(g),
    };
  });

  const campaigns = content.crowdfund.filter((p) => p.data.proposer === organisationId);
  const withAward = byOrganisation.crowdfundProjects;
  for (const p of campaigns) {
    const status = pledgeStatus(p.data);
    if (withAward.has(p.id) || status === 'none' || status === 'requested') continue;
    rows.push({
      kind: 'pledge',
      stream: 'crowdfund',
      id: p.id,
      title: `Council pledge to ${p.data.title}`,
      url: urls.crowdfund(p.id),
      date: p.data.campaign_end,
      status: PLEDGE_STATUS_LABELS[status],
      amount: p.data.council_pledge,
      paid: status === 'paid' ? p.data.council_pledge : 0,
      counted: PROMISED.has(status),
    });
  }

  const streams = FUND_TYPES.map((stream) => {
    const inStream = rows.filter((r) => r.stream === stream);
    return { stream, label: FUND_TYPE_LABELS[stream], rows: inStream.map(({ stream: _, ...row }) => row), ...rowTotals(inStream) };
  }).filter((s) => s.rows.length > 0);
  return { streams, total: rowTotals(rows), campaigns, raisedFromCrowd: sumBy(campaigns, (p) => p.data.raised) };
}

function rowTotals(rows: readonly ReceivedRow[]): AwardTotals {
  const counted = rows.filter((r) => r.counted);
  return { count: counted.length, amount: sumBy(counted, (r) => r.amount), paid: sumBy(counted, (r) => r.paid) };
}
