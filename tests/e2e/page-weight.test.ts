/**
 * Page weight budgets over the built site (DIST_DIR), template by template, for a
 * resident on a cheap phone and a slow connection:
 *  - a page whose template has no island ships no JavaScript at all (JSON-LD and
 *    JSON data are not code); an island is a component with a client:* directive
 *    or a script of its own, found by reading src/;
 *  - /explore/ ships under 150 KB of compressed JavaScript, Leaflet and the search
 *    loader included, following every import of its module scripts;
 *  - no page of any template downloads over 300 KB before images (HTML, CSS, JS
 *    and fonts, gzip-compressed as a static host sends them).
 * Every page is checked (not a sample); each template's heaviest page is the one reported.
 * A failure lists what the page ships, largest first.
 */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { discoverPages } from '../support/built-pages';
import { describeAssets, islandsByTemplate, kb, pageWeight, type PageWeight } from '../support/page-assets';
import { distDir, repoRoot } from '../support/paths';

const EXPLORE_JS_BUDGET = 150 * 1024;
const TEMPLATE_BUDGET = 300 * 1024;

const dist = distDir();
const pages = discoverPages(dist);
const islands = islandsByTemplate(join(repoRoot, 'src'));

// Every page weighed once; grouped by the template (route pattern) that built it.
const byTemplate = new Map<string, PageWeight[]>();
for (const page of pages) {
  const weight = pageWeight(dist, page.file, page.url);
  byTemplate.set(page.route, [...(byTemplate.get(page.route) ?? []), weight]);
}
const templates = [...byTemplate.keys()].sort();
const heaviest = (route: string) => byTemplate.get(route)!.reduce((a, b) => (b.total > a.total ? b : a));
const withoutIslands = templates.filter((route) => !(islands.get(route)?.length));

describe(`page weight (${pages.length} pages, ${templates.length} templates)`, () => {
  test('the build has pages to weigh, and /explore/ among them', () => {
    expect(pages.length).toBeGreaterThan(0);
    expect(byTemplate.has('/explore/')).toBe(true);
  });

  test.for(withoutIslands)('%s has no island, so ships no JavaScript', (route) => {
    const shipping = byTemplate
      .get(route)!
      .filter((w) => w.scripts.length > 0 || w.eventHandlers.length > 0)
      .map((w) => `${w.url}: ${[...w.scripts.map((s) => (s.kind === 'inline' ? `inline script "${s.preview}"` : `${s.kind} ${s.file}`)), ...w.eventHandlers].join(', ')}`);
    expect(shipping, `pages of ${route} that ship JavaScript though the template renders no island`).toEqual([]);
  });

  test('/explore/ ships under 150 KB of compressed JavaScript, Leaflet and the search loader included', () => {
    const explore = heaviest('/explore/');
    const js = explore.assets.filter((a) => a.kind === 'js');
    expect(js.length, 'the explore page loads its search and map scripts').toBeGreaterThan(0);
    expect(explore.js, `JavaScript on /explore/ (${kb(explore.js)}):\n${describeAssets({ ...explore, assets: js })}`).toBeLessThan(EXPLORE_JS_BUDGET);
  });

  test.for(templates)('%s: no page over 300 KB before images', (route) => {
    const page = heaviest(route);
    expect(page.total, `${page.url} downloads ${kb(page.total)} before images:\n${describeAssets(page)}`).toBeLessThan(TEMPLATE_BUDGET);
  });
});
