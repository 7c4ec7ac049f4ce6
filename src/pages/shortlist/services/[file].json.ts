/**
 * /shortlist/services/<n>.json: the services of one shortlist data file, in
 * the few words the shortlist page shows, keyed by service id. Which file a
 * service is in comes from its id (src/lib/shortlist.ts), so the page fetches
 * only the files its services are in; it does so only when the shortlist has
 * something in it, so a shared link (/shortlist/?s=a,b) rebuilds on any device.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteContent } from '../../../data/content';
import { shortlistRecords } from '../../../lib/directory';
import { loadSettings } from '../../../lib/settings';
import { splitIntoFiles } from '../../../lib/shortlist';

export const getStaticPaths: GetStaticPaths = async () => {
  const { organisations } = await siteContent();
  const { site, taxonomy } = loadSettings();
  return splitIntoFiles(Object.values(shortlistRecords(organisations, taxonomy, site.area_name))).map((services, file) => ({ params: { file: String(file) }, props: { services } }));
};

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props.services), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
