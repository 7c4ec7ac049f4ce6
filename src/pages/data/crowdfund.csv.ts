/** /data/crowdfund.csv: the projects of /data/crowdfund.json, one row each. */
import type { APIRoute } from 'astro';
import { toCsv } from '../../lib/csv';
import { CROWDFUND_CSV_COLUMNS, crowdfundFile } from '../../lib/crowdfund-data';
import { openDataInput } from './_open-data';

export const GET: APIRoute = async () => {
  const { content, site, taxonomy, dates } = await openDataInput('crowdfund.csv');
  const { projects } = crowdfundFile(content.crowdfund, { site, taxonomy, organisations: content.organisations, grants: content.grants }, dates);
  return new Response(toCsv(projects, CROWDFUND_CSV_COLUMNS), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
