/** /api/oruk/services/<uuid>.json: one fully nested service (the standard's /services/{id}). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { orukService, type OrukService } from '../../../../lib/open-referral';
import { json, orukSource } from '../_context';

export const getStaticPaths = (async () => {
  const { services, ctx } = await orukSource();
  return services.map(({ org, service }) => {
    const nested = orukService(org, service, ctx);
    return { params: { id: nested.id }, props: { service: nested } };
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ service: OrukService }> = ({ props }) => json(props.service);
