/**
 * What every Open Referral UK file is built from: the directory's services in
 * their published order, and the settings and Git dates the mapper needs.
 * (Underscored, so Astro does not make it a route.)
 */
import { siteContent } from '../../../data/content';
import { directoryServices, type OrukContext } from '../../../lib/open-referral';
import { loadSettings } from '../../../lib/settings';
import { lastChanged } from '../../../lib/git-history';

export async function orukSource() {
  const { organisations } = await siteContent();
  const { site, taxonomy } = loadSettings();
  const ctx: OrukContext = {
    siteUrl: site.site_url,
    areaName: site.area_name,
    councilName: site.council_name,
    localAuthorityCode: site.local_authority_code,
    idPrefix: site.id_prefix,
    taxonomy,
    // The organisation's file holds its services, so its last commit dates them all.
    lastModified: (orgId) => lastChanged('organisations', orgId),
  };
  return { services: directoryServices(organisations), ctx };
}

export function json(value: unknown): Response {
  return new Response(JSON.stringify(value), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
