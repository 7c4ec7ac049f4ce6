/**
 * /data/grants.json: every award (withdrawn ones left out) as a 360Giving data
 * package, made by src/lib/threesixtygiving.ts. Checked against the official
 * package schema by the tests.
 */
import type { APIRoute } from 'astro';
import { grantsPackage } from '../../lib/threesixtygiving';
import { openDataInput } from './_open-data';

export const GET: APIRoute = async () => {
  const { content, site, taxonomy, dates } = await openDataInput('grants.json');
  const pkg = grantsPackage(content.grants, { site, taxonomy, funds: content.funds, organisations: content.organisations }, dates);
  return new Response(JSON.stringify(pkg, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
