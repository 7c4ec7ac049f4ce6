/**
 * /data/meetings.ics: every meeting of every board as one calendar to subscribe
 * to (built by src/lib/ical.ts). Each board has its own at /data/boards/<id>.ics.
 */
import type { APIRoute } from 'astro';
import { siteContent } from '../../data/content';
import { meetingsCalendar } from '../../lib/ical';
import { buildDate } from '../../lib/meetings';
import { loadSettings } from '../../lib/settings';
import { urls } from '../../lib/urls';

export const GET: APIRoute = async () => {
  const { meetings, boards } = await siteContent();
  const { site } = loadSettings();
  const body = meetingsCalendar(meetings, boards, site, {
    name: `${site.site_name}: meetings`,
    description: `Meetings of the boards, panels and forums published by ${site.site_name}.`,
    stamp: buildDate(),
    path: urls.meetingsCalendar(),
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
