/** /data/crowdfund.json: every crowdfund project, the crowd's money and the council's pledge kept apart. */
import type { APIRoute } from 'astro';
import { crowdfundFile } from '../../lib/crowdfund-data';
import { openDataInput } from './_open-data';

export const GET: APIRoute = async () => {
  const { content, site, taxonomy, dates } = await openDataInput('crowdfund.json');
  const file = crowdfundFile(content.crowdfund, { site, taxonomy, organisations: content.organisations, grants: content.grants }, dates);
  return new Response(JSON.stringify(file, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
