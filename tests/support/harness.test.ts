/**
 * The harness's own logic, tested in the unit project: if these were wrong, the browser and
 * dist checks could pass a broken site.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { discoverPages, loadRoutes, matchRoute, MISSING_PATH, selectPages, type BuiltPage } from './built-pages';
import { LinkChecker, referencesInCss, referencesInHtml, servedPath } from './internal-links';
import { isLoopback } from './network';
import { startStaticServer } from './static-server';
import { scratchFolder, writeFiles } from './scratch-files';

const scratch = scratchFolder('harness');


const page = (body: string) => `<!doctype html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`;

describe('route patterns from src/pages', () => {
  const pagesDir = writeFiles(join(scratch, 'pages'), {
    'index.astro': '',
    '404.astro': '',
    'directory/index.astro': '',
    'directory/[slug].astro': '',
    'directory/map.astro': '',
    'funding/grants/[id]/index.astro': '',
    'docs/[...path].astro': '',
    'data/grants.json.ts': '',
    '_partials/Card.astro': '',
  });
  const routes = loadRoutes(pagesDir);

  test('reads pages, skips endpoints and underscored files', () => {
    expect(routes.map((route) => route.pattern).sort()).toEqual([
      '/',
      '/404',
      '/directory/',
      '/directory/[slug]/',
      '/directory/map/',
      '/docs/[...path]/',
      '/funding/grants/[id]/',
    ]);
  });

  test('a static segment wins over a parameter, as in Astro', () => {
    expect(matchRoute(routes, '/directory/map/')).toBe('/directory/map/');
    expect(matchRoute(routes, '/directory/barnet-together/')).toBe('/directory/[slug]/');
    expect(matchRoute(routes, '/directory/')).toBe('/directory/');
    expect(matchRoute(routes, '/funding/grants/360G-BNE-1/')).toBe('/funding/grants/[id]/');
  });

  test('rest parameters match any depth; a page no route explains is its own template', () => {
    expect(matchRoute(routes, '/docs/a/b/c/')).toBe('/docs/[...path]/');
    expect(matchRoute(routes, '/made-by-an-integration/')).toBe('/made-by-an-integration/');
  });
});

describe('pages discovered in a build', () => {
  test('every index.html and the 404 page, not the CMS', () => {
    const dist = writeFiles(join(scratch, 'discover'), {
      'index.html': '',
      '404.html': '',
      'about/index.html': '',
      'admin/index.html': '',
      'pagefind/fragment.html': '',
    });
    const pages = discoverPages(dist);
    expect(pages.map((p) => [p.url, p.expectedStatus])).toEqual([
      [MISSING_PATH, 404],
      ['/about/', 200],
      ['/', 200],
    ]);
  });
});

describe('sampling past the page limit', () => {
  const pages: BuiltPage[] = [
    { url: '/', file: 'index.html', route: '/', expectedStatus: 200 },
    ...Array.from({ length: 40 }, (_, i): BuiltPage => ({
      url: `/directory/org-${String(i).padStart(2, '0')}/`,
      file: '',
      route: '/directory/[slug]/',
      expectedStatus: 200,
    })),
    ...Array.from({ length: 20 }, (_, i): BuiltPage => ({
      url: `/meetings/m-${String(i).padStart(2, '0')}/`,
      file: '',
      route: '/meetings/[slug]/',
      expectedStatus: 200,
    })),
  ];

  test('keeps every page at or under the limit', () => {
    expect(selectPages(pages, 61)).toMatchObject({ sampled: false, total: 61 });
    expect(selectPages(pages, 61).pages).toHaveLength(61);
  });

  test('past the limit: exactly the limit, every template included, the same choice every run', () => {
    const first = selectPages(pages, 10);
    expect(first.sampled).toBe(true);
    expect(first.pages).toHaveLength(10);
    expect(new Set(first.pages.map((p) => p.route))).toEqual(new Set(['/', '/directory/[slug]/', '/meetings/[slug]/']));
    expect(selectPages([...pages].reverse(), 10).pages).toEqual(first.pages);
  });
});

describe('internal link checking', () => {
  const origin = 'https://open.example.org';
  const dist = writeFiles(join(scratch, 'links'), {
    'index.html': page('<main id="main"><a href="/about/#team">Team</a></main>'),
    'about/index.html': page('<h2 id="team">Team</h2><a name="old-anchor"></a>'),
    'logo.png': 'png',
    '404.html': page('<main id="main"></main>'),
  });
  const checker = new LinkChecker(dist, origin);
  const check = (value: string, from = '/') => checker.problem({ from: 'x', where: '<a href>', value }, undefined, from);

  test('resolves pages, assets, ids and absolute links to our own origin', () => {
    expect(check('/about/')).toBeUndefined();
    expect(check('/about')).toBeUndefined();
    expect(check('/about/#team')).toBeUndefined();
    expect(check('/about/#old-anchor')).toBeUndefined();
    expect(check('#main')).toBeUndefined();
    expect(check('#top')).toBeUndefined();
    expect(check('logo.png')).toBeUndefined();
    expect(check(`${origin}/about/`)).toBeUndefined();
    expect(check('mailto:someone@example.org')).toBeUndefined();
    expect(check('https://elsewhere.example.com/nothing')).toBeUndefined();
  });

  test('reports missing pages, missing assets, missing ids and script URLs', () => {
    expect(check('/funding/')).toBe('no file in the build for /funding/');
    expect(check('/logo.svg')).toBe('no file in the build for /logo.svg');
    expect(check('/about/#board')).toBe('no element with id="board" on /about/');
    expect(check(`${origin}/gone/`)).toBe('no file in the build for /gone/');
    expect(check('javascript:alert(1)')).toMatch(/javascript: URL/);
  });

  test('relative links on the 404 page are checked from a missing path, where they break', () => {
    expect(check('logo.png', servedPath('404.html'))).toMatch(/no file in the build/);
    expect(check('/logo.png', servedPath('404.html'))).toBeUndefined();
    const onNotFoundPage = (value: string) =>
      checker.problem({ from: '404.html', where: '<a href>', value }, undefined, servedPath('404.html'));
    expect(onNotFoundPage('#main')).toBeUndefined();
    expect(onNotFoundPage('#nowhere')).toMatch(/no element with id="nowhere"/);
  });

  test('finds URLs in every URL attribute, srcset candidates and CSS url()', () => {
    const { references } = referencesInHtml(
      'p.html',
      page('<img src="/a.png" srcset="/a.png 1x, /b.png 2x" alt=""><link rel="stylesheet" href="/s.css"><form action="/explore/"></form>'),
    );
    expect(references.map((r) => r.value).sort()).toEqual(['/a.png', '/a.png', '/b.png', '/explore/', '/s.css']);
    expect(referencesInCss('s.css', '@font-face{src:url(/f.woff2) format("woff2")} a{background:url("i.svg")}').map((r) => r.value)).toEqual([
      '/f.woff2',
      'i.svg',
    ]);
  });
});

describe('the static server', () => {
  const dist = writeFiles(join(scratch, 'serve'), {
    'index.html': page('home'),
    'about/index.html': page('about'),
    '404.html': page('not found page'),
  });
  let server: Awaited<ReturnType<typeof startStaticServer>>;
  beforeAll(async () => {
    server = await startStaticServer(dist);
  });
  afterAll(() => server.close());

  test('serves /path/ from path/index.html on a loopback port', async () => {
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const response = await fetch(`${server.origin}/about/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('about');
  });

  test('answers a missing path with the 404 page and status 404', async () => {
    const response = await fetch(`${server.origin}/no/such/page/`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('not found page');
  });
});

test('only loopback and local schemes count as on-machine', () => {
  expect(isLoopback('http://127.0.0.1:1234/x')).toBe(true);
  expect(isLoopback('http://localhost/x')).toBe(true);
  expect(isLoopback('data:image/png;base64,AA')).toBe(true);
  expect(isLoopback('https://tile.openstreetmap.org/1/1/1.png')).toBe(false);
  expect(isLoopback('http://10.0.0.1/')).toBe(false);
});
