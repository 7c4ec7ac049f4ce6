/**
 * /data/directory.csv: every service with the organisation that runs it, one
 * row each, in the same order as the Open Referral UK lists.
 */
import type { APIRoute } from 'astro';
import { siteContent } from '../../data/content';
import { directoryCsv } from '../../lib/directory-csv';
import { directoryServices } from '../../lib/open-referral';
import { loadSettings } from '../../lib/settings';

export const GET: APIRoute = async () => {
  const { organisations } = await siteContent();
  const { site, taxonomy } = loadSettings();
  const csv = directoryCsv(directoryServices(organisations), {
    siteUrl: site.site_url,
    idPrefix: site.id_prefix,
    localAuthorityCode: site.local_authority_code,
    taxonomy,
  });
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
