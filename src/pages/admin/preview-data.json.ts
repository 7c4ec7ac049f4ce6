/**
 * What the CMS previews need besides the entry being edited: the area's settings
 * (so previews can check the entry with the same schemas as the build), the
 * taxonomy (labels for wards and themes), and the names of funds, rounds and
 * boards (so a grant's fund reads as on the site). Public content only; built to
 * /admin/preview-data.json, and live in `npm start`. Read by admin/previews/.
 */
import type { APIRoute } from 'astro';
import { siteContent } from '../../data/content';
import { loadSettings } from '../../lib/settings';

export const prerender = true;

export const GET: APIRoute = async () => {
  const { site, taxonomy } = loadSettings();
  const { funds, boards } = await siteContent();
  const body = {
    site,
    taxonomy,
    funds: funds.map((f) => ({ id: f.id, name: f.data.name, rounds: f.data.rounds.map((r) => ({ id: r.id, name: r.name })) })),
    boards: boards.map((b) => ({ id: b.id, name: b.data.name })),
  };
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
