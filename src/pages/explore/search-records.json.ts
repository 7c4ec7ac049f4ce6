/**
 * /explore/search-records.json: one Pagefind custom record per service, which
 * has no page of its own (it is a section of its organisation's page) but is a
 * search result of its own, with its own filters (cost, age, language, days).
 * scripts/search-index.ts adds these to the index after the build and then
 * deletes this file: it is a hand-over, not something the site serves.
 */
import type { APIRoute } from 'astro';
import { siteContent } from '../../data/content';
import { SEARCH_LANGUAGE, serviceSearchRecords } from '../../lib/search-meta';
import { loadSettings } from '../../lib/settings';

export const GET: APIRoute = async () => {
  const { organisations } = await siteContent();
  const { site, taxonomy } = loadSettings();
  const records = serviceSearchRecords(organisations, { taxonomy, areaName: site.area_name }, SEARCH_LANGUAGE);
  return new Response(JSON.stringify(records), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
