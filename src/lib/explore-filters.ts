/**
 * The filter groups /explore/ offers: every group, with only the options that
 * some result carries, worked out from the same facets the pages and service
 * records give Pagefind, so an option can never be a dead end by design.
 */
import type { CrowdfundProject } from '../schemas/crowdfund';
import type { Organisation } from '../schemas/organisation';
import { organisationSearchFacets, optionsInUse, pageSearchFacets, serviceSearchFacets, type ContentType, type SearchContext, type SearchFacets } from './search-meta';

interface Content {
  organisations: { id: string; data: Organisation }[];
  grants: { data: { themes: string[]; beneficiary_wards: string[] | 'borough-wide' } }[];
  crowdfund: { data: CrowdfundProject }[];
  funds: { data: { themes: string[] } }[];
  meetings: unknown[];
  boards: unknown[];
  covenant: unknown[];
  pages: unknown[];
}

export function exploreFilterGroups(content: Content, ctx: SearchContext) {
  const typeOnly = (type: ContentType, list: unknown[]) => (list.length ? [pageSearchFacets({ type }, ctx)] : []);
  const facets: SearchFacets[] = [
    ...content.organisations.map((o) => organisationSearchFacets(o.data, ctx)),
    ...content.organisations
      .filter((o) => o.data.status !== 'closed')
      .flatMap((o) => o.data.services.filter((s) => s.status !== 'closed').map((s) => serviceSearchFacets(o.data, s, ctx))),
    ...content.grants.map((g) => pageSearchFacets({ type: 'grant', themes: g.data.themes, wards: g.data.beneficiary_wards }, ctx)),
    ...content.crowdfund.map((p) => pageSearchFacets({ type: 'crowdfund', themes: p.data.themes, wards: [p.data.location.ward] }, ctx)),
    ...content.funds.map((f) => pageSearchFacets({ type: 'fund', themes: f.data.themes }, ctx)),
    ...typeOnly('recipient', content.grants),
    ...typeOnly('meeting', content.meetings),
    ...typeOnly('board', content.boards),
    ...typeOnly('covenant', content.covenant),
    ...typeOnly('page', content.pages),
  ];
  return optionsInUse(ctx.taxonomy, facets);
}
