/**
 * /data/points.json: the compact map file (places and the records found at
 * them; shapes in src/lib/geo.ts) that /explore/ draws and joins search
 * results to. Built from content by src/lib/points.ts.
 */
import type { APIRoute } from 'astro';
import { siteContent } from '../../data/content';
import { buildPointsFile } from '../../lib/points';
import { loadSettings } from '../../lib/settings';

export const GET: APIRoute = async () => {
  const { organisations, crowdfund } = await siteContent();
  const { site, taxonomy } = loadSettings();
  return new Response(JSON.stringify(buildPointsFile(organisations, crowdfund, { taxonomy, areaName: site.area_name })), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
