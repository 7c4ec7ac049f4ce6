/** /api/oruk/services/page/<n>.json: list pages 2 onwards (page 1 is /api/oruk/services.json). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { orukServiceSummary, paginate, type OrukPage, type OrukServiceSummary } from '../../../../../lib/open-referral';
import { json, orukSource } from '../../_context';

export const getStaticPaths = (async () => {
  const { services, ctx } = await orukSource();
  return paginate(services.map(({ org, service }) => orukServiceSummary(org, service, ctx)))
    .slice(1)
    .map((page) => ({ params: { n: String(page.page_number) }, props: { page } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ page: OrukPage<OrukServiceSummary> }> = ({ props }) => json(props.page);
