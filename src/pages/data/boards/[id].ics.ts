/** /data/boards/<id>.ics: one board's meetings as a calendar to subscribe to. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteContent } from '../../../data/content';
import { meetingsCalendar } from '../../../lib/ical';
import { buildDate, type BoardItem } from '../../../lib/meetings';
import { loadSettings } from '../../../lib/settings';
import { urls } from '../../../lib/urls';

export const getStaticPaths = (async () => {
  const { boards } = await siteContent();
  return boards.map((board) => ({ params: { id: board.id }, props: { board } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ board: BoardItem }> = async ({ props: { board } }) => {
  const { meetings, boards } = await siteContent();
  const { site } = loadSettings();
  const body = meetingsCalendar(
    meetings.filter((m) => m.data.board === board.id),
    boards,
    site,
    {
      name: `${board.data.name}: meetings`,
      description: `Meetings of the ${board.data.name}, published by ${site.site_name}.`,
      stamp: buildDate(),
      path: urls.boardCalendar(board.id),
    },
  );
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
