/**
 * Grant entries as 360Giving data (https://standard.threesixtygiving.org): the
 * package behind /data/grants.json and the rows of /data/grants.csv. Pure: it
 * takes the content and settings and returns plain objects.
 *
 * Identifiers:
 * - grants keep their own 360G-<prefix>-<ref> id (grant_id, never changed);
 * - recipients: GB-CHC-<charity number>, else GB-COH-<8-character company
 *   number, leading zeros kept>, else a 360G- id (see org-id.ts);
 * - funder: the council's org-id from settings, unless the fund says another
 *   organisation makes its awards (funder_org_id, funder_name).
 *
 * Beneficiary locations: a ward is given by name only, because the site holds
 * no official (ONS) code for wards and a wrong code is worse than none; a
 * borough-wide award is given as the local authority with its ONS code.
 *
 * Withdrawn awards are left out: no money moved, and anyone adding up a
 * 360Giving file counts every grant in it. They stay listed on the site.
 */
import type { Fund } from '../schemas/fund';
import type { Grant } from '../schemas/grant';
import type { Site, Taxonomy } from '../schemas/settings';
import type { Column } from './csv';
import { counts, recipientOf, type FundItem, type GrantItem, type Item } from './funding';
import { paymentSummary } from './money';
import { urls } from './urls';

export const OGL_V3 = 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/';
/** The 360Giving schema version this mapper writes. */
export const SCHEMA_VERSION = '1.4';

export interface Organization360 {
  id: string;
  name: string;
  charityNumber?: string;
  companyNumber?: string;
  url?: string;
}

export interface Location360 {
  name: string;
  countryCode: 'GB';
  geoCode?: string;
  geoCodeType?: string;
}

export interface Grant360 {
  id: string;
  title: string;
  description: string;
  currency: 'GBP';
  amountAwarded: number;
  amountAppliedFor?: number;
  amountDisbursed: number;
  awardDate: string;
  url: string;
  dataSource: string;
  plannedDates?: { startDate?: string; endDate?: string }[];
  recipientOrganization: [Organization360];
  fundingOrganization: [Organization360];
  grantProgramme: { code: string; title: string; url: string }[];
  beneficiaryLocation: Location360[];
  classifications?: { vocabulary: string; code: string; title: string }[];
  disbursementTransaction?: { id: string; transactionDate: string; currency: 'GBP'; value: number; description?: string }[];
}

export interface Package360 {
  version: string;
  title: string;
  description: string;
  identifier: string;
  issued: string;
  modified?: string;
  publisher: { identifier: string; name: string; website: string };
  license: string;
  downloadURL: string;
  accessURL: string;
  grants: Grant360[];
}

type Org = { name: string; charity_number?: string; company_number?: string; website?: string };

export interface MapperContext {
  site: Pick<Site, 'site_name' | 'site_url' | 'area_name' | 'council_name' | 'funder_org_id' | 'funder_name' | 'id_prefix' | 'local_authority_code' | 'demo'>;
  taxonomy: Pick<Taxonomy, 'wards' | 'themes'>;
  funds: readonly FundItem[];
  organisations: readonly Item<Org>[];
}

/** ONS entity codes of local authorities and their 360Giving geoCodeType (codelist geoCodeType.csv). */
const AUTHORITY_CODE_TYPES: Record<string, string> = { E06: 'UA', E07: 'NMD', E08: 'MD', E09: 'LONB', W06: 'UA', S12: 'CA' };

const absolute = (site: MapperContext['site'], path: string) => new URL(path, site.site_url).href;

/** The organisation making a fund's awards: named on the fund, else the council. */
export function funderOf(fund: Fund | undefined, site: MapperContext['site']): Organization360 {
  if (fund?.funder_org_id && fund.funder_name) return { id: fund.funder_org_id, name: fund.funder_name };
  return { id: site.funder_org_id, name: site.funder_name };
}

export function recipientOrganization(grant: Grant, ctx: MapperContext): Organization360 {
  const r = recipientOf(grant, ctx.organisations, ctx.site.id_prefix);
  const org = r.organisation ? ctx.organisations.find((o) => o.id === r.organisation)?.data : undefined;
  // A number is only reported when it is the one the org-id is built from or the directory holds it.
  const charityNumber = org?.charity_number ?? r.orgId.match(/^GB-CHC-(\d+)$/)?.[1];
  const companyNumber = org?.company_number ?? r.orgId.match(/^GB-COH-([A-Z0-9]{8})$/)?.[1];
  return {
    id: r.orgId,
    name: r.name,
    ...(charityNumber ? { charityNumber } : {}),
    ...(companyNumber ? { companyNumber } : {}),
    ...(org?.website ? { url: org.website } : {}),
  };
}

export function beneficiaryLocations(grant: Grant, ctx: MapperContext): Location360[] {
  if (grant.beneficiary_wards === 'borough-wide') {
    const code = ctx.site.local_authority_code;
    const type = AUTHORITY_CODE_TYPES[code.slice(0, 3)];
    return [{ name: ctx.site.area_name, countryCode: 'GB', geoCode: code, ...(type ? { geoCodeType: type } : {}) }];
  }
  return grant.beneficiary_wards.map((id) => ({ name: ctx.taxonomy.wards.find((w) => w.id === id)?.label ?? id, countryCode: 'GB' as const }));
}

function grantProgramme(grant: Grant, ctx: MapperContext): Grant360['grantProgramme'] {
  const fund = ctx.funds.find((f) => f.id === grant.fund);
  if (!fund) return [];
  const round = fund.data.rounds.find((r) => r.id === grant.round);
  return [
    round
      ? { code: `${fund.id}/${round.id}`, title: `${fund.data.name}: ${round.name}`, url: absolute(ctx.site, urls.round(fund.id, round.id)) }
      : { code: fund.id, title: fund.data.name, url: absolute(ctx.site, urls.fund(fund.id)) },
  ];
}

/** One award as a 360Giving grant. */
export function toGrant360(item: GrantItem, ctx: MapperContext): Grant360 {
  const g = item.data;
  const fund = ctx.funds.find((f) => f.id === g.fund);
  const page = absolute(ctx.site, urls.grant(g.grant_id));
  const planned = g.planned_start || g.planned_end ? [{ ...(g.planned_start ? { startDate: g.planned_start } : {}), ...(g.planned_end ? { endDate: g.planned_end } : {}) }] : undefined;
  const themes = g.themes.map((id) => ({ vocabulary: absolute(ctx.site, '/directory/themes/'), code: id, title: ctx.taxonomy.themes.find((t) => t.id === id)?.label ?? id }));
  const payments = g.payments.map((p, i) => ({
    id: `${g.grant_id}-payment-${i + 1}`,
    transactionDate: p.date,
    currency: 'GBP' as const,
    value: p.amount,
    ...(p.note ? { description: p.note } : {}),
  }));
  return {
    id: g.grant_id,
    title: g.title,
    // Say so in the data itself when an amount is illustrative, so a copy never passes for published figures.
    description: g.demo ? `${g.summary} (Demonstration data: the amount is illustrative, not published.)` : g.summary,
    currency: 'GBP',
    amountAwarded: g.amount_awarded,
    ...(g.amount_requested !== undefined ? { amountAppliedFor: g.amount_requested } : {}),
    amountDisbursed: paymentSummary(g).paid,
    awardDate: g.award_date,
    url: page,
    dataSource: page,
    ...(planned ? { plannedDates: planned } : {}),
    recipientOrganization: [recipientOrganization(g, ctx)],
    fundingOrganization: [funderOf(fund?.data, ctx.site)],
    grantProgramme: grantProgramme(g, ctx),
    beneficiaryLocation: beneficiaryLocations(g, ctx),
    ...(themes.length ? { classifications: themes } : {}),
    ...(payments.length ? { disbursementTransaction: payments } : {}),
  };
}

/** The awards published as 360Giving data: all but withdrawn ones, oldest first by award date then id. */
export function publishedGrants(grants: readonly GrantItem[]): GrantItem[] {
  return grants
    .filter(counts)
    .sort((a, b) => a.data.award_date.localeCompare(b.data.award_date) || a.data.grant_id.localeCompare(b.data.grant_id));
}

/** The whole /data/grants.json package. */
export function grantsPackage(grants: readonly GrantItem[], ctx: MapperContext, dates: { issued: string; modified?: string }): Package360 {
  const { site } = ctx;
  return {
    version: SCHEMA_VERSION,
    title: `Grants and other funding awards published by ${site.site_name}`,
    description:
      `Funding decisions in ${site.area_name}: grants, crowdfund pledges, Community Infrastructure Levy and Section 106 allocations, ` +
      `published by ${site.council_name}. Withdrawn awards are not included.` +
      (site.demo ? ' Demonstration data: many amounts and dates are illustrative; each such grant says so in its description.' : ''),
    identifier: `${site.id_prefix}-grants`,
    issued: dates.issued,
    ...(dates.modified ? { modified: dates.modified } : {}),
    publisher: { identifier: site.funder_org_id, name: site.council_name, website: site.site_url },
    license: OGL_V3,
    downloadURL: absolute(site, urls.dataFile('grants.json')),
    accessURL: absolute(site, urls.data()),
    grants: publishedGrants(grants).map((g) => toGrant360(g, ctx)),
  };
}

/**
 * The columns of /data/grants.csv, titled as 360Giving's spreadsheet format
 * titles them, so the file converts back to the JSON with 360Giving's own
 * tools. A grant for several wards fills numbered location columns
 * ("Beneficiary Location:0:Name", "…:1:Name", …); when no grant has more than
 * one location the plain titles are used.
 */
export function grantCsvColumns(grants: readonly Grant360[]): Column<Grant360>[] {
  const first = <T>(list: readonly T[] | undefined) => list?.[0];
  const columns: Column<Grant360>[] = [
    { title: 'Identifier', value: (g) => g.id },
    { title: 'Title', value: (g) => g.title },
    { title: 'Description', value: (g) => g.description },
    { title: 'Currency', value: (g) => g.currency },
    { title: 'Amount Applied For', value: (g) => g.amountAppliedFor },
    { title: 'Amount Awarded', value: (g) => g.amountAwarded },
    { title: 'Amount Disbursed', value: (g) => g.amountDisbursed },
    { title: 'Award Date', value: (g) => g.awardDate },
    { title: 'URL', value: (g) => g.url },
    { title: 'Planned Dates:Start Date', value: (g) => first(g.plannedDates)?.startDate },
    { title: 'Planned Dates:End Date', value: (g) => first(g.plannedDates)?.endDate },
    { title: 'Recipient Org:Identifier', value: (g) => g.recipientOrganization[0].id },
    { title: 'Recipient Org:Name', value: (g) => g.recipientOrganization[0].name },
    { title: 'Recipient Org:Charity Number', value: (g) => g.recipientOrganization[0].charityNumber },
    { title: 'Recipient Org:Company Number', value: (g) => g.recipientOrganization[0].companyNumber },
    { title: 'Recipient Org:Web Address', value: (g) => g.recipientOrganization[0].url },
    { title: 'Funding Org:Identifier', value: (g) => g.fundingOrganization[0].id },
    { title: 'Funding Org:Name', value: (g) => g.fundingOrganization[0].name },
    { title: 'Grant Programme:Code', value: (g) => first(g.grantProgramme)?.code },
    { title: 'Grant Programme:Title', value: (g) => first(g.grantProgramme)?.title },
    { title: 'Grant Programme:URL', value: (g) => first(g.grantProgramme)?.url },
  ];
  const most = Math.max(1, ...grants.map((g) => g.beneficiaryLocation.length));
  for (let i = 0; i < most; i++) {
    const prefix = most === 1 ? 'Beneficiary Location' : `Beneficiary Location:${i}`;
    columns.push(
      { title: `${prefix}:Name`, value: (g) => g.beneficiaryLocation[i]?.name },
      { title: `${prefix}:Country Code`, value: (g) => g.beneficiaryLocation[i]?.countryCode },
      { title: `${prefix}:Geographic Code`, value: (g) => g.beneficiaryLocation[i]?.geoCode },
      { title: `${prefix}:Geographic Code Type`, value: (g) => g.beneficiaryLocation[i]?.geoCodeType },
    );
  }
  columns.push({ title: 'Data Source', value: (g) => g.dataSource });
  return columns;
}
