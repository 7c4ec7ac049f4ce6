/**
 * /data/meetings.json: every meeting as an Open Civic Data event, with grant ids,
 * declarations and actions under "extras" (src/lib/open-civic-data.ts).
 */
import type { APIRoute } from 'astro';
import { siteContent } from '../../data/content';
import { buildDate } from '../../lib/meetings';
import { ocdEvents } from '../../lib/open-civic-data';
import { loadSettings } from '../../lib/settings';

export const GET: APIRoute = async () => {
  const { meetings, boards, grants, organisations } = await siteContent();
  const { site } = loadSettings();
  const nameOf = (id?: string, given?: string) => organisations.find((o) => o.id === id)?.data.name ?? given ?? id ?? '';
  const document = ocdEvents(meetings, boards, grants, site, nameOf, buildDate());
  return new Response(JSON.stringify(document, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
