/**
 * /data/points.json: the compact list of map points (venues with their
 * services grouped, and crowdfund projects) that /explore/ draws and joins to
 * search results by url. Built from content by src/lib/geo.ts.
 */
import type { APIRoute } from 'astro';
import { siteContent } from '../../data/content';
import { mapPoints } from '../../lib/geo';

export const GET: APIRoute = async () => {
  const { organisations, crowdfund } = await siteContent();
  return new Response(JSON.stringify(mapPoints(organisations, crowdfund)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
