/**
 * What Pagefind indexes, read from the built pages (no browser): every content
 * page (an organisation, fund, award, crowdfund project, meeting, board, the
 * covenant and the information pages) marks its main content for the index once,
 * and listings (including the crowdfund projects behind one figure), the admin
 * and the data pages mark nothing. Pagefind indexes only
 * marked pages once any page is marked, so a listing never shows up in search as
 * a second copy of the entries it lists.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { figureRows } from '../../src/lib/crowdfund-figures';
import { urls } from '../../src/lib/urls';
import { builtContent } from '../support/built-content';
import { contentDir, distDir } from '../support/paths';

const dist = distDir();
const content = builtContent();

/** How many times the page at a site path marks content for the search index. */
function marks(path: string): number {
  const file = join(dist, decodeURIComponent(path), 'index.html');
  expect(existsSync(file), `${path} was built`).toBe(true);
  return (readFileSync(file, 'utf8').match(/\sdata-pagefind-body[\s=>]/g) ?? []).length;
}

const contentPages = [
  ...content.organisations.map((o) => urls.organisation(o.id)),
  ...content.funds.map((f) => urls.fund(f.id)),
  ...content.grants.map((g) => urls.grant(g.data.grant_id)),
  ...content.crowdfund.map((c) => urls.crowdfund(c.id)),
  ...content.meetings.map((m) => urls.meeting(m.id)),
  ...content.boards.map((b) => urls.board(b.id)),
  ...readdirSync(join(contentDir(), 'pages')).filter((f) => f.endsWith('.md')).map((f) => urls.page(f.slice(0, -'.md'.length))),
  urls.covenant(),
];

const listings = [
  urls.home(), '/directory/', urls.funding(), urls.grants(), urls.crowdfundProjects(), urls.meetings(), urls.boards(),
  urls.decisions(), urls.actions(), '/wards/', '/explore/', urls.data(), '/admin/',
  // The rows behind one figure (like /funding/grants/<dim>/<value>/): each project is indexed on its own page.
  ...figureRows(content.crowdfund).map((rows) => urls.crowdfundFigure(rows.slug)),
];

describe('the search index covers content pages, not listings', () => {
  test.for(contentPages)('%s is indexed once', (path) => {
    expect(marks(path)).toBe(1);
  });

  test.for(listings)('%s is not indexed', (path) => {
    expect(marks(path)).toBe(0);
  });

  test('the index was built and holds at least every content page', () => {
    const entry = JSON.parse(readFileSync(join(dist, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    const pages = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
    expect(pages).toBeGreaterThanOrEqual(contentPages.length);
  });
});
