/**
 * Editor text never runs as script. The real content is copied and every field an
 * editor can type free text into (names, summaries, other names, service details,
 * agenda minutes, decisions, updates, covenant commitments, page bodies, the settings'
 * names and labels) gets the hostile inputs of tests/fixtures/hostile/payloads.ts;
 * the site is built from it once (its own CONTENT_DIR and OUT_DIR) and then:
 *
 * - every built HTML page, read with an HTML parser, has no executable markup from it;
 * - the data files (JSON, CSV, iCalendar, RSS) still parse as what they claim to be,
 *   and a feed reader showing an RSS description as HTML would run nothing;
 * - in Chromium, pages from every template (and the search and the map) fire no dialog
 *   with no Content-Security-Policy to fall back on, and cause no violation with it.
 *
 * Fields with a format rule (web addresses, links) refuse such text outright: the first
 * part checks that the validator turns away javascript:, data: and vbscript: in every one.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { parse as parseHtml } from 'node-html-parser';
import type { Browser, Page } from 'playwright-core';
import type { z } from 'astro/zod';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSchemas, COLLECTIONS } from '../../src/schemas';
import { siteSchema } from '../../src/schemas/settings';
import { fieldName } from '../../src/lib/validate/issues';
import { readCollection } from '../../src/lib/validate/read-content';
import { readSettings } from '../../src/lib/settings';
import { validateContent } from '../../src/lib/validate';
import { executableMarkup } from '../fixtures/hostile/executable-markup';
import { makeHostileContent, type Placement } from '../fixtures/hostile/hostile-content';
import { MARKERS, PAYLOADS } from '../fixtures/hostile/payloads';
import { launchBrowser, openPage, settle } from '../support/browser';
import { discoverPages, listHtmlFiles, selectPages } from '../support/built-pages';
import { repoRoot } from '../support/paths';
import { startStaticServer, type StaticServer } from '../support/static-server';

const SOURCE = resolve(repoRoot, 'content');
const WORK = resolve(repoRoot, 'node_modules/.cache/hostile-input');
const CONTENT = join(WORK, 'content');
const DIST = join(WORK, 'dist');
/** Pages loaded in the browser past one of each template. */
const BROWSER_SAMPLE = 36;

describe('the validator refuses script in every link field', () => {
  const SCRIPT_URLS = ['javascript:alert(1)', 'JavaScript:alert(1)', ' javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', 'https://ok.example/"><script>alert(1)</script>'];
  const looksLikeLink = (value: string) => /^(https?:\/\/|mailto:|tel:|\/(?!\/))/.test(value);

  /** Every string in a value that is a link today, with its path. */
  function links(value: unknown, path: Array<string | number> = []): Array<Array<string | number>> {
    if (typeof value === 'string') return looksLikeLink(value) ? [path] : [];
    if (Array.isArray(value)) return value.flatMap((item, i) => links(item, [...path, i]));
    if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => links(item, [...path, key]));
    return [];
  }
  const withValue = (data: unknown, path: Array<string | number>, text: string) => {
    const copy = structuredClone(data) as Record<string | number, unknown>;
    const parent = path.slice(0, -1).reduce<Record<string | number, unknown>>((node, key) => node[key] as Record<string | number, unknown>, copy);
    parent[path.at(-1)!] = text;
    return copy;
  };

  // The real content and the valid fixture between them use every kind of link field.
  const cases = [SOURCE, resolve(repoRoot, 'tests/fixtures/valid')].flatMap((root) => {
    const { settings } = readSettings(root);
    const schemas = buildSchemas(settings!.site, settings!.taxonomy);
    const site = JSON.parse(readFileSync(join(root, 'settings/site.json'), 'utf8'));
    return [
      ...links(site).map((path) => ({ file: 'settings/site.json', path, data: site, schema: siteSchema as z.ZodType })),
      ...COLLECTIONS.flatMap((collection) =>
        readCollection(root, collection).entries.flatMap((entry) => links(entry.data).map((path) => ({ file: entry.file, path, data: entry.data, schema: schemas[collection] as z.ZodType }))),
      ),
    ];
  });

  test('the content has link fields of every kind to try (web sites, documents, evidence, settings)', () => {
    const fields = new Set(cases.map((c) => `${c.file.split('/')[0]}:${fieldName(c.path).replace(/\[\d+\]/g, '[]')}`));
    const expected = [/^organisations:website$/, /^organisations:logo\.src$/, /^meetings:online_url$/, /^meetings:documents\[\]\.url$/, /^covenant:.*evidence\[\]\.url$/, /^settings:map\.tile_url$/, /^settings:geocoder\.postcode_url$/];
    for (const pattern of expected)
      expect([...fields].some((field) => pattern.test(field)), `${pattern} in ${[...fields].join(', ')}`).toBe(true);
  });

  test.for(SCRIPT_URLS)('%s is refused in every one of them', (url) => {
    const accepted = cases.filter(({ data, path, schema }) => schema.safeParse(withValue(data, path, url)).success).map((c) => `${c.file}: ${fieldName(c.path)}`);
    expect(accepted).toEqual([]);
  });
});

describe('a site built from hostile content', () => {
  let placements: Placement[] = [];
  let htmlFiles: string[] = [];

  beforeAll(async () => {
    rmSync(WORK, { recursive: true, force: true });
    placements = makeHostileContent(SOURCE, CONTENT);
    const env = { ...process.env, CONTENT_DIR: CONTENT, OUT_DIR: DIST, ASTRO_CACHE_DIR: join(WORK, 'astro-cache') };
    const output: string[] = [];
    const code = await new Promise<number | null>((done) => {
      const build = spawn('npm', ['run', 'build'], { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
      build.stdout.on('data', (chunk) => output.push(String(chunk)));
      build.stderr.on('data', (chunk) => output.push(String(chunk)));
      build.on('close', done);
    });
    if (code !== 0) throw new Error(`The hostile content did not build (exit ${code}):\n${output.join('').split('\n').slice(-40).join('\n')}`);
    htmlFiles = listHtmlFiles(DIST);
  }, 600_000);

  afterAll(() => rmSync(WORK, { recursive: true, force: true }));

  test(`every one of the ${PAYLOADS.length} payloads went into many fields, of every kind an editor writes`, () => {
    for (const marker of MARKERS) expect(placements.filter((p) => p.payloads.includes(marker)).length, marker).toBeGreaterThanOrEqual(10);
    const fields = new Set(placements.map((p) => `${p.file.split('/')[0]}:${p.field.replace(/\[\d+\]/g, '[]')}`));
    const expected = [
      'settings:site_name', 'settings:map.tile_attribution', 'settings:themes[].label', 'settings:wards[].label',
      'organisations:name', 'organisations:alternate_names[]', 'organisations:summary', 'organisations:services[].name',
      'organisations:services[].description', 'organisations:(body)', 'funds:name', 'grants:(body)', 'crowdfund:updates[].text',
      'meetings:agenda[].minutes', 'meetings:decisions[].text', 'meetings:actions[].text', 'boards:name', 'pages:(body)',
      'covenant:(body)',
    ];
    expect(expected.filter((field) => !fields.has(field))).toEqual([]);
    expect([...fields].some((field) => /^covenant:.*commitments/.test(field)), 'covenant commitments').toBe(true);
  });

  test('every payload reached the built pages, as text', () => {
    const pages = htmlFiles.map((file) => readFileSync(join(DIST, file), 'utf8'));
    expect(MARKERS.filter((marker) => !pages.some((html) => html.includes(marker)))).toEqual([]);
  });

  test('no built HTML page has executable markup (parsed with an HTML parser)', () => {
    const problems = htmlFiles.flatMap((file) => executableMarkup(readFileSync(join(DIST, file), 'utf8'), { markers: MARKERS }).map((problem) => `${file}: ${problem}`));
    expect(problems).toEqual([]);
  });

  test('JSON files still parse', () => {
    const files = listFiles('.json');
    expect(files.length).toBeGreaterThan(0);
    const broken = files.filter((file) => {
      try {
        JSON.parse(readFileSync(join(DIST, file), 'utf8'));
        return false;
      } catch {
        return true;
      }
    });
    expect(broken).toEqual([]);
  });

  test('CSV files parse with the same number of columns in every row', () => {
    for (const file of listFiles('.csv')) {
      const rows: string[][] = parseCsv(readFileSync(join(DIST, file), 'utf8'), { bom: true, relax_column_count: true });
      const widths = new Set(rows.map((row) => row.length));
      expect([...widths], file).toHaveLength(1);
    }
  });

  test('iCalendar files parse, and no text escaped its property onto a line of its own', () => {
    for (const file of listFiles('.ics')) {
      const text = readFileSync(join(DIST, file), 'utf8');
      const calendar = new ICAL.Component(ICAL.parse(text));
      const unfolded = text.replace(/\r?\n[ \t]/g, '').split(/\r?\n/).filter(Boolean);
      const stray = unfolded.filter((line) => !/^[A-Z][A-Z0-9-]*[;:]/.test(line));
      expect(stray, file).toEqual([]);
      expect(calendar.getAllSubcomponents('vevent').length, file).toBe(unfolded.filter((line) => line === 'BEGIN:VEVENT').length);
    }
  });

  test('RSS feeds are well-formed XML, and their descriptions are safe to show as HTML', () => {
    const feeds = listFiles('.xml');
    expect(feeds.length).toBeGreaterThan(0);
    // Feed readers render <description> as HTML (RSS 2.0): what they would render must be
    // harmless formatting at most, never an element that loads or runs anything.
    const FORMATTING = new Set(['p', 'br', 'a', 'strong', 'em', 'b', 'i', 'ul', 'ol', 'li', 'blockquote', 'code']);
    for (const file of feeds) {
      const xml = readFileSync(join(DIST, file), 'utf8');
      expect(XMLValidator.validate(xml), file).toBe(true);
      const channel = new XMLParser({ processEntities: true }).parse(xml).rss?.channel ?? {};
      const problems = [channel, ...[channel.item ?? []].flat()].flatMap((item: { description?: unknown }) => {
        const html = String(item.description ?? '');
        const tags = parseHtml(html).querySelectorAll('*').map((element) => element.tagName.toLowerCase());
        return [
          ...executableMarkup(`<body>${html}</body>`, { markers: MARKERS }),
          ...tags.filter((tag) => !FORMATTING.has(tag)).map((tag) => `<${tag}> in the description "${html.slice(0, 100)}"`),
        ];
      });
      expect(problems, file).toEqual([]);
    }
  });

  describe('in Chromium', () => {
    let browser: Browser;
    let bare: StaticServer;
    let withPolicy: StaticServer;
    let sample: string[] = [];
    let templates: string[] = [];

    beforeAll(async () => {
      // No headers: the markup alone must be safe, with no policy to fall back on.
      bare = await startStaticServer(DIST, { applyHeaders: false });
      withPolicy = await startStaticServer(DIST);
      browser = await launchBrowser();
      const all = discoverPages(DIST);
      templates = selectPages(all, 0).pages.map((page) => page.url);
      sample = [...selectPages(all, BROWSER_SAMPLE).pages.map((page) => page.url), '/explore/?q=xss', '/explore/'];
    });
    afterAll(async () => {
      await browser?.close();
      await bare?.close();
      await withPolicy?.close();
    });

    /** Records any dialog or overridden dialog call, and any CSP violation, from the first script on. */
    async function watch(page: Page): Promise<() => Promise<string[]>> {
      const fired: string[] = [];
      page.on('dialog', async (dialog) => {
        fired.push(`${dialog.type()}: ${dialog.message()}`);
        await dialog.dismiss();
      });
      await page.addInitScript(() => {
        const seen: string[] = [];
        (window as unknown as { __fired: string[] }).__fired = seen;
        for (const name of ['alert', 'confirm', 'prompt', 'print'] as const)
          (window as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => void seen.push(`${name}(${args.join(', ')})`);
        document.addEventListener('securitypolicyviolation', (event) => seen.push(`CSP ${event.effectiveDirective}: ${event.blockedURI || 'inline'} ${event.sample}`));
      });
      return async () => [...fired, ...(await page.evaluate(() => (window as unknown as { __fired: string[] }).__fired))];
    }

    /** Handlers and script URLs in the page as scripts left it (result lists, popups, tables drawn from JSON). */
    const liveProblems = (page: Page) =>
      page.evaluate(() => {
        const found: string[] = [];
        for (const element of document.querySelectorAll('*')) {
          for (const attribute of element.getAttributeNames()) {
            const value = element.getAttribute(attribute) ?? '';
            if (attribute.startsWith('on')) found.push(`${element.tagName} ${attribute}`);
            if (['href', 'src', 'action', 'formaction', 'xlink:href'].includes(attribute) && /^(javascript|vbscript):/i.test(value.replace(/[\u0000-\u0020]/g, '')))
              found.push(`${element.tagName} ${attribute}=${value.slice(0, 60)}`);
          }
        }
        for (const tag of ['iframe', 'object', 'embed', 'base']) if (document.querySelector(tag)) found.push(`<${tag}>`);
        return found;
      });

    /** Visits each URL (two at a time: most of a page's time is Chromium waiting) and collects what `check` reports. */
    async function visitAll(origin: string, urls: string[], check: (page: Page, url: string) => Promise<string[]>): Promise<string[]> {
      const found: string[] = [];
      const queue = [...urls];
      const worker = async () => {
        for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
          const { context, page } = await openPage(browser);
          try {
            const events = await watch(page);
            await page.goto(origin + url);
            await settle(page);
            const extra = await check(page, url);
            found.push(...[...(await events()), ...extra].map((problem) => `${url}: ${problem}`));
          } finally {
            await context.close();
          }
        }
      };
      await Promise.all([worker(), worker()]);
      return found;
    }

    test('control: the watch catches a payload that does run', async () => {
      const { context, page } = await openPage(browser);
      try {
        const events = await watch(page);
        await page.goto(`${bare.origin}/`);
        await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<img src="/no-such-image.png" onerror="alert(\'control\')">'));
        await expect.poll(events, { timeout: 5_000 }).toContain('alert(control)');
        expect(await liveProblems(page)).toEqual(['IMG onerror']);
      } finally {
        await context.close();
      }
    });

    test('pages from every template, the search and the map fire nothing with no policy in place', async () => {
      expect(sample.length).toBeGreaterThan(templates.length);
      const fired = await visitAll(bare.origin, sample, async (page) => {
        // Open a place on the map from the list, so a popup is drawn from the content too.
        const showOnMap = page.getByRole('button', { name: /show on map/i }).first();
        if (await showOnMap.isVisible().catch(() => false)) {
          await showOnMap.click();
          await page.locator('.leaflet-popup-content').first().waitFor({ timeout: 5_000 }).catch(() => undefined);
        }
        return liveProblems(page);
      });
      expect(fired).toEqual([]);
    }, 600_000);

    test('with the site policy in place, no page from any template causes a violation', async () => {
      expect(await visitAll(withPolicy.origin, [...templates, '/explore/?q=xss'], async () => [])).toEqual([]);
    }, 600_000);
  });

  function listFiles(extension: string): string[] {
    return readdirSync(DIST, { recursive: true, encoding: 'utf8' }).map((file) => file.split(sep).join('/')).filter((file) => file.endsWith(extension) && !file.startsWith('_astro/') && !file.startsWith('pagefind/'));
  }
});

