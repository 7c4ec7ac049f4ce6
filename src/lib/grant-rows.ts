/**
 * Turns grant entries into the rows of the awards table (see grants-table.ts):
 * names and labels resolved from the funds, the directory and the taxonomy, so
 * the browser can filter and export without looking anything up.
 */
import type { Taxonomy } from '../schemas/settings';
import { byAwardDateDesc, counts, GRANT_STATUS_LABELS, recipientOf, type FundItem, type GrantItem, type Item } from './funding';
import { BOROUGH_WIDE, NOT_LISTED, type GrantRow } from './grants-table';
import { recipientUrl } from './recipients';
import { labeller } from './taxonomy';
import { urls } from './urls';

export type RecipientOrg = Item<{ name: string; type: string; charity_number?: string; company_number?: string }>;

export interface RowSources {
  funds: readonly FundItem[];
  organisations: readonly RecipientOrg[];
  taxonomy: Taxonomy;
  idPrefix: string;
  /** The area's name, for the borough-wide label ("Borough-wide (all of Barnet)"). */
  areaName: string;
}

export const boroughWideLabel = (areaName: string) => `Borough-wide (all of ${areaName})`;
export const NOT_LISTED_LABEL = 'Not listed in the directory';
export const NO_THEME_LABEL = 'No theme given';

/** One row per award, newest first. */
export function grantRows(grants: readonly GrantItem[], sources: RowSources): GrantRow[] {
  const label = labeller(sources.taxonomy);
  const orgsById = new Map(sources.organisations.map((o) => [o.id, o]));
  const fundsById = new Map(sources.funds.map((f) => [f.id, f]));
  return [...grants].sort(byAwardDateDesc).map((grant) => {
    const g = grant.data;
    const recipient = recipientOf(g, sources.organisations, sources.idPrefix);
    const org = recipient.organisation ? orgsById.get(recipient.organisation) : undefined;
    const fund = fundsById.get(g.fund);
    const round = fund?.data.rounds.find((r) => r.id === g.round);
    const wards = g.beneficiary_wards === BOROUGH_WIDE ? [BOROUGH_WIDE] : g.beneficiary_wards;
    return {
      id: g.grant_id,
      url: urls.grant(g.grant_id),
      title: g.title,
      recipient: recipient.name,
      recipient_org_id: recipient.orgId,
      recipient_url: recipientUrl(recipient),
      recipient_type: org ? org.data.type : NOT_LISTED,
      recipient_type_label: org ? label('organisation_types', org.data.type) : NOT_LISTED_LABEL,
      fund: g.fund,
      fund_name: fund?.data.name ?? g.fund,
      round: round ? `${g.fund}:${round.id}` : undefined,
      round_name: round?.name,
      year: g.award_date.slice(0, 4),
      award_date: g.award_date,
      amount_awarded: g.amount_awarded,
      amount_requested: g.amount_requested,
      status: g.status,
      status_label: GRANT_STATUS_LABELS[g.status],
      wards,
      ward_labels: wards.map((w) => (w === BOROUGH_WIDE ? boroughWideLabel(sources.areaName) : label('wards', w))),
      themes: g.themes,
      theme_labels: g.themes.map((t) => label('themes', t)),
      counted: counts(grant),
    };
  });
}
