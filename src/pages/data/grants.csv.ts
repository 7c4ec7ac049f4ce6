/**
 * /data/grants.csv: the same grants as /data/grants.json, one row each, with
 * 360Giving's spreadsheet column titles.
 */
import type { APIRoute } from 'astro';
import { toCsv } from '../../lib/csv';
import { grantCsvColumns, grantsPackage } from '../../lib/threesixtygiving';
import { openDataInput } from './_open-data';

export const GET: APIRoute = async () => {
  const { content, site, taxonomy, dates } = await openDataInput('grants.csv');
  const { grants } = grantsPackage(content.grants, { site, taxonomy, funds: content.funds, organisations: content.organisations }, dates);
  return new Response(toCsv(grants, grantCsvColumns(grants)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
