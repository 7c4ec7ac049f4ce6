/** /api/oruk/services.json: page 1 of the services list, with the standard's paging fields. */
import type { APIRoute } from 'astro';
import { orukServiceSummary, paginate } from '../../../lib/open-referral';
import { json, orukSource } from './_context';

export const GET: APIRoute = async () => {
  const { services, ctx } = await orukSource();
  const [first] = paginate(services.map(({ org, service }) => orukServiceSummary(org, service, ctx)));
  return json(first);
};
