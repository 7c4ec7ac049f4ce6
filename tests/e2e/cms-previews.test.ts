/**
 * The CMS previews, in real Chromium against decap-server (file mode) on a copy of
 * the content: organisations, grants, crowdfund projects, meetings and the covenant
 * are previewed with the site's own React components (one component, two places),
 * so the facts in the preview are exactly the facts on the published page (read
 * with JavaScript off: on the site those components are static HTML); the
 * preview says when the site would refuse the entry; and nothing logs an error.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import jsYaml from 'js-yaml';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser } from '../support/browser';
import { distDir } from '../support/paths';
import { makeTempRepo, pointCmsAt, signIn, startCmsSite, startDecapServer, type CmsSite, type DecapServer, type TempRepo } from './cms-backend';

let repo: TempRepo;
let decap: DecapServer;
let site: CmsSite;
let browser: Browser;
let context: BrowserContext;
/** The published pages are read with JavaScript off: the shared views are static HTML there. */
let noScript: BrowserContext;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  repo = makeTempRepo();
  decap = await startDecapServer(repo.dir, 'fs');
  site = await startCmsSite(distDir(), decap.port);
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  await pointCmsAt(context, site.origin);
  noScript = await browser.newContext({ javaScriptEnabled: false });
  page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => errors.push(error.stack || error.message));
  await signIn(page, site.origin);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await decap?.stop();
  repo?.remove();
});

/** An entry's front matter, as in the copy the CMS edits. */
function frontMatter(collection: string, id: string): Record<string, unknown> {
  const text = readFileSync(join(repo.dir, 'content', collection, `${id}.md`), 'utf8');
  return matter(text, { engines: { yaml: (s: string) => jsYaml.load(s) as object } }).data;
}

/** The first and last entries of a collection (by file name) that pass `keep`. */
function sample(collection: string, keep: (data: Record<string, unknown>) => boolean = () => true): string[] {
  const ids = readdirSync(join(repo.dir, 'content', collection))
    .filter((name) => name.endsWith('.md'))
    .map((name) => name.slice(0, -3))
    .sort()
    .filter((id) => keep(frontMatter(collection, id)));
  return [...new Set([ids[0], ids.at(-1)!])];
}

/** Each shared view's text and links, in order: what a reader gets from it. */
async function views(root: ReturnType<Page['locator']> | ReturnType<ReturnType<Page['frameLocator']>['locator']>): Promise<{ view: string; text: string; links: string[] }[]> {
  return root.locator('[data-view]').evaluateAll((elements) =>
    elements.map((el) => ({
      view: el.getAttribute('data-view')!,
      text: (el.textContent ?? '').replace(/\s+/g, ''),
      links: [...el.querySelectorAll('a')].map((a) => a.getAttribute('href')!),
    })),
  );
}

/** Opens an entry in the CMS (a fresh load, as from a link) and waits for its preview. */
async function preview(collection: string, id: string) {
  await page.goto('about:blank');
  await page.goto(`${site.origin}/admin/#/collections/${collection}/entries/${id}`);
  const frame = page.frameLocator('iframe').first();
  await frame.locator('h1, .preview-problems').first().waitFor();
  return frame;
}

const cases: { collection: string; page: (id: string) => string; keep?: (data: Record<string, unknown>) => boolean; view: string }[] = [
  { collection: 'organisations', page: (id) => `/directory/${id}/`, keep: (d) => Array.isArray(d.services) && d.services.length > 0, view: 'facts' },
  { collection: 'grants', page: (id) => `/funding/grants/${id.toUpperCase()}/`, view: 'grant-facts' },
  { collection: 'crowdfund', page: (id) => `/crowdfund/${id}/`, view: 'pledge' },
  { collection: 'meetings', page: (id) => `/meetings/${id}/`, keep: (d) => Array.isArray(d.agenda) && d.agenda.length > 0, view: 'agenda' },
  { collection: 'covenant', page: () => '/covenant/', view: 'commitments' },
];

describe('CMS previews use the site’s own components', () => {
  for (const c of cases)
    test(`${c.collection}: the preview shows exactly what the published page shows, with no errors`, async () => {
      for (const id of sample(c.collection, c.keep)) {
        const before = errors.length;
        const frame = await preview(c.collection, id);
        expect(await frame.locator('.preview-problems').count(), `${c.collection}/${id} should pass the site's checks`).toBe(0);
        const inPreview = await views(frame.locator('body'));
        expect(inPreview.map((v) => v.view), `${c.collection}/${id}`).toContain(c.view);

        const published = await noScript.newPage();
        await published.goto(`${site.origin}${c.page(id)}`);
        const onSite = await views(published.locator('main'));
        await published.close();
        expect(inPreview, `${c.collection}/${id}: preview and page`).toEqual(onSite);
        expect(errors.slice(before), `${c.collection}/${id}`).toEqual([]);
      }
    });

  test('the preview says why the site would not publish an entry, in the words the build uses', async () => {
    const [id] = sample('grants');
    const frame = await preview('grants', id);
    await page.locator('[id^="amount_awarded-field-"]').first().fill('');
    const problems = frame.locator('.preview-problems');
    await expect.poll(() => problems.isVisible()).toBe(true);
    expect(await problems.locator('h2').textContent()).toBe('The site will not publish this yet');
    expect(await problems.locator('li').allTextContents()).toEqual([
      expect.stringMatching(/^amount_awarded: .*must be an amount in pounds written as a number, e\.g\. 12500 or 99\.50 \(no £ sign or commas\)/),
    ]);
    // Nothing half-formed is shown as if it were the page.
    expect(await frame.locator('[data-view]').count()).toBe(0);
  });

  test('no preview logged an error', () => {
    expect(errors).toEqual([]);
  });
});
