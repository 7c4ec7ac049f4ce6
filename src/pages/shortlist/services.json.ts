/**
 * /shortlist/services.json: every service in the few words the shortlist page
 * shows, keyed by service id. The page fetches it only when the shortlist has
 * something in it, so a shared link (/shortlist/?s=a,b) rebuilds on any device.
 */
import type { APIRoute } from 'astro';
import { siteContent } from '../../data/content';
import { shortlistRecords } from '../../lib/directory';
import { loadSettings } from '../../lib/settings';

export const GET: APIRoute = async () => {
  const { organisations } = await siteContent();
  const { site, taxonomy } = loadSettings();
  return new Response(JSON.stringify(shortlistRecords(organisations, taxonomy, site.area_name)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
