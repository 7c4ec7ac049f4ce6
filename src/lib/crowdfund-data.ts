/**
 * Crowdfund projects as open data (/data/crowdfund.json and .csv). There is no
 * published standard for civic crowdfunding, so the fields are named plainly;
 * the crowd's money and the council's are separate fields, and the pledge
 * status is the one the site shows (a pledge to a campaign that missed its
 * target is "not-paid", whatever the entry last said).
 */
import type { Site, Taxonomy } from '../schemas/settings';
import type { Column } from './csv';
import { pledgeStatus, progress, PROJECT_STATUS_LABELS, type PledgeStatus, type Project, type ProjectStatus } from './crowdfund';
import type { GrantItem, Item } from './funding';
import { orgId } from './org-id';
import { OGL_V3 } from './threesixtygiving';
import { urls } from './urls';

export interface CrowdfundRecord {
  id: string;
  title: string;
  summary: string;
  url: string;
  status: ProjectStatus;
  status_label: string;
  proposer_name: string;
  /** The proposer's org-id, when it is in the directory. */
  proposer_org_id?: string;
  proposer_url?: string;
  location_name: string;
  postcode?: string;
  lat?: number;
  lng?: number;
  ward: string;
  ward_name: string;
  themes: string[];
  /** Pounds. */
  target: number;
  /** Raised from the crowd, in pounds (council money not included). */
  raised: number;
  backers: number;
  percent_raised: number;
  council_pledge: number;
  council_pledge_status: PledgeStatus;
  /** Council money actually paid to the project. */
  council_paid: number;
  campaign_start?: string;
  campaign_end?: string;
  platform_url?: string;
  /** 360Giving ids of the awards recording the council's pledge. */
  grant_ids: string[];
  demo: boolean;
}

export interface CrowdfundFile {
  title: string;
  description: string;
  publisher: { name: string; website: string };
  license: string;
  issued: string;
  modified?: string;
  projects: CrowdfundRecord[];
}

export interface CrowdfundContext {
  site: Pick<Site, 'site_name' | 'site_url' | 'area_name' | 'council_name' | 'id_prefix' | 'demo' | 'crowdfund'>;
  taxonomy: Pick<Taxonomy, 'wards'>;
  organisations: readonly Item<{ name: string; charity_number?: string; company_number?: string }>[];
  grants: readonly GrantItem[];
}

export function crowdfundRecord(project: Project, ctx: CrowdfundContext): CrowdfundRecord {
  const p = project.data;
  const org = p.proposer ? ctx.organisations.find((o) => o.id === p.proposer) : undefined;
  const status = pledgeStatus(p);
  const { lat, lng, postcode } = p.location;
  return {
    id: project.id,
    title: p.title,
    summary: p.summary,
    url: new URL(urls.crowdfund(project.id), ctx.site.site_url).href,
    status: p.status,
    status_label: PROJECT_STATUS_LABELS[p.status],
    proposer_name: org?.data.name ?? p.proposer_name ?? p.proposer ?? '',
    ...(org ? { proposer_org_id: orgId(org.data, org.id, ctx.site.id_prefix), proposer_url: new URL(urls.organisation(org.id), ctx.site.site_url).href } : {}),
    location_name: p.location.name,
    ...(postcode ? { postcode } : {}),
    ...(lat !== undefined && lng !== undefined ? { lat, lng } : {}),
    ward: p.location.ward,
    ward_name: ctx.taxonomy.wards.find((w) => w.id === p.location.ward)?.label ?? p.location.ward,
    themes: p.themes,
    target: p.target,
    raised: p.raised,
    backers: p.backers,
    percent_raised: progress(p).percent,
    council_pledge: p.council_pledge,
    council_pledge_status: status,
    council_paid: status === 'paid' ? p.council_pledge : 0,
    ...(p.campaign_start ? { campaign_start: p.campaign_start } : {}),
    ...(p.campaign_end ? { campaign_end: p.campaign_end } : {}),
    ...(p.platform_url ? { platform_url: p.platform_url } : {}),
    grant_ids: ctx.grants.filter((g) => g.data.crowdfund_project === project.id).map((g) => g.data.grant_id).sort(),
    demo: p.demo,
  };
}

export function crowdfundFile(projects: readonly Project[], ctx: CrowdfundContext, dates: { issued: string; modified?: string }): CrowdfundFile {
  const { site } = ctx;
  return {
    title: `Crowdfund projects in ${site.area_name}`,
    description:
      `Community projects raising money on ${site.crowdfund.platform_name}, the money raised from the crowd and the council's pledges, published by ${site.council_name}. ` +
      'Amounts are in pounds. raised is the crowd’s money only; council_pledge and council_paid are the council’s.' +
      (site.demo ? ' Demonstration data: projects marked demo have illustrative figures.' : ''),
    publisher: { name: site.council_name, website: site.site_url },
    license: OGL_V3,
    issued: dates.issued,
    ...(dates.modified ? { modified: dates.modified } : {}),
    projects: [...projects].sort((a, b) => a.id.localeCompare(b.id)).map((p) => crowdfundRecord(p, ctx)),
  };
}

/** The columns of /data/crowdfund.csv: the JSON record's fields, lists joined with "; ". */
export const CROWDFUND_CSV_COLUMNS: readonly Column<CrowdfundRecord>[] = [
  { title: 'Identifier', value: (r) => r.id },
  { title: 'Title', value: (r) => r.title },
  { title: 'Summary', value: (r) => r.summary },
  { title: 'Status', value: (r) => r.status_label },
  { title: 'Proposer', value: (r) => r.proposer_name },
  { title: 'Proposer org-id', value: (r) => r.proposer_org_id },
  { title: 'Location', value: (r) => r.location_name },
  { title: 'Postcode', value: (r) => r.postcode },
  { title: 'Latitude', value: (r) => r.lat },
  { title: 'Longitude', value: (r) => r.lng },
  { title: 'Ward', value: (r) => r.ward_name },
  { title: 'Themes', value: (r) => r.themes.join('; ') },
  { title: 'Target (GBP)', value: (r) => r.target },
  { title: 'Raised from the crowd (GBP)', value: (r) => r.raised },
  { title: 'Backers', value: (r) => r.backers },
  { title: 'Per cent of target raised', value: (r) => r.percent_raised },
  { title: 'Council pledge (GBP)', value: (r) => r.council_pledge },
  { title: 'Council pledge status', value: (r) => r.council_pledge_status },
  { title: 'Council money paid (GBP)', value: (r) => r.council_paid },
  { title: 'Campaign start', value: (r) => r.campaign_start },
  { title: 'Campaign end', value: (r) => r.campaign_end },
  { title: 'Campaign page', value: (r) => r.platform_url },
  { title: 'Related 360Giving grant ids', value: (r) => r.grant_ids.join('; ') },
  { title: 'Page on this site', value: (r) => r.url },
  { title: 'Demonstration data', value: (r) => r.demo },
];
