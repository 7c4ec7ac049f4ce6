/**
 * Nothing lost: the content manager in real Chromium against decap-server in its
 * Git mode (the review workflow), on a temporary copy of the repository.
 *
 * 1. An organisation created through the form is saved as a draft, published,
 *    and lands in content/organisations/ with the right front matter.
 * 2. Changing one field of an existing grant, or of an organisation with places
 *    and services, changes that one line in Git, in the draft and once published:
 *    nothing else is reordered, reformatted or dropped.
 * 3. The form refuses to save with a required field left empty or a malformed
 *    postcode, says why, and writes nothing.
 * 4. An image uploaded with its text description lands in public/uploads/.
 * 5. Back, Forward or a changed address opens the entry the address names (Decap
 *    alone kept the first entry's form, and Save wrote that entry: admin/cms.ts).
 * Then one rebuild of the copy: the new organisation's page exists and search
 * finds it, and the uploaded image shows on its project's page with its description.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import matter from 'gray-matter';
import jsYaml from 'js-yaml';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSchemas } from '../../src/schemas';
import { loadSettings } from '../../src/lib/settings';
import { launchBrowser } from '../support/browser';
import { distDir, repoRoot } from '../support/paths';
import { startStaticServer, type StaticServer } from '../support/static-server';
import { makeTempRepo, pointCmsAt, signIn, startCmsSite, startDecapServer, type CmsSite, type DecapServer, type TempRepo } from './cms-backend';

const NEW_ORG = { name: 'Hillside Seed Swap Club', slug: 'hillside-seed-swap-club', summary: 'Swaps seeds and seedlings between neighbours every spring, with advice for new growers.' };
const GRANT = '360g-bne-cif-r1-01';
const ORG = 'barnet-food-hub';
const PROJECT = 'whetstone-wildflower-meadow';
const IMAGE_ALT = 'Volunteers planting wildflower plugs along the edge of the meadow';
// A real 2×2 PNG, so the browser can decode it on the built page.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==', 'base64');

let repo: TempRepo;
let decap: DecapServer;
let site: CmsSite;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const problems: string[] = [];
/** While a test makes the CMS refuse a save, Decap's rejected save promise surfaces as an uncaught "undefined". */
let refusing = false;

beforeAll(async () => {
  repo = makeTempRepo();
  decap = await startDecapServer(repo.dir, 'git');
  site = await startCmsSite(distDir(), decap.port);
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  await pointCmsAt(context, site.origin);
  page = await context.newPage();
  page.on('pageerror', (error) => {
    if (!(refusing && error.message === 'undefined')) problems.push(error.stack || error.message);
  });
  // Decap asks "Are you sure you want to publish this entry?" with window.confirm.
  page.on('dialog', (dialog) => dialog.accept());
  await signIn(page, site.origin);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await decap?.stop();
  repo?.remove();
});

// ------------------------------------------------------------------ helpers

const field = (name: string) => page.locator(`[id^="${name}-field-"]`).first();

/** A fresh load of the CMS at an entry (still signed in), as an editor following a link would. */
async function openEntry(collection: string, slug: string) {
  await page.goto('about:blank');
  await page.goto(`${site.origin}/admin/#/collections/${collection}/${slug === 'new' ? 'new' : `entries/${slug}`}`);
  await page.getByRole('button', { name: 'Save' }).waitFor();
}

/** Types into a relation (react-select) field and picks the option with that label. */
async function choose(name: string, label: string) {
  await field(name).click();
  await field(name).pressSequentially(label.slice(0, 12));
  await page.getByRole('option', { name: label, exact: true }).click();
}

async function save() {
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByText('Entry saved').waitFor();
}

/** Review, then publish: status Ready, then "Publish now". */
async function publish() {
  await page.getByText(/^Status: /).click();
  await page.getByRole('menuitem', { name: 'Ready' }).click();
  await page.getByText('Entry status updated').waitFor();
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Publish now' }).click();
  await page.getByText('Entry published').waitFor();
}

const onMain = (path: string) => repo.git('show', `main:${path}`);

/** The files and the changed lines between two commits (no context, no headers). */
function changedLines(from: string, to: string) {
  const files = repo.git('diff', '--name-only', from, to).split('\n').filter(Boolean);
  const lines = repo
    .git('diff', '--unified=0', from, to)
    .split('\n')
    .filter((line) => /^[-+](?![-+]{2} )/.test(line));
  return { files, lines };
}
const branches = () => repo.git('branch', '--list', '--format=%(refname:short)').split('\n').filter(Boolean).sort();

/** Front matter and body as the site reads them (js-yaml, like Astro). */
function readEntry(text: string) {
  const { data, content } = matter(text, { engines: { yaml: (s: string) => jsYaml.load(s) as object } });
  return { data, body: content };
}

// ------------------------------------------------------------------ the tests

describe('editing through the CMS, on a copy of the repository', () => {
  test('1. an organisation created in the form is a draft until published, then a Markdown file with the right front matter', async () => {
    await openEntry('organisations', 'new');
    await field('name').fill(NEW_ORG.name);
    await field('summary').fill(NEW_ORG.summary);
    await choose('type', 'Community or residents group');
    await choose('themes', 'Environment, parks and growing');
    await save();

    // Saved as a draft for review: on its own branch, not on main.
    const file = `content/organisations/${NEW_ORG.slug}.md`;
    expect(branches()).toEqual([`cms/organisations/${NEW_ORG.slug}`, 'main']);
    expect(() => onMain(file)).toThrow();

    await publish();
    expect(branches()).toEqual(['main']);
    const { data, body } = readEntry(onMain(file));
    const today = new Date().toLocaleDateString('en-CA'); // YYYY-MM-DD in the browser's (and this machine's) time zone
    expect(data).toEqual({
      name: NEW_ORG.name,
      summary: NEW_ORG.summary,
      type: 'community-group',
      themes: ['environment'],
      partnership_member: false,
      offers: [],
      status: 'active',
      last_reviewed: new Date(`${today}T00:00:00Z`),
      demo: false,
      locations: [],
      services: [],
    });
    expect(body).toBe('');
    // And the build accepts it as it is.
    const { site: settings, taxonomy } = loadSettings(join(repo.dir, 'content'));
    expect(buildSchemas(settings, taxonomy).organisations.safeParse(data).success).toBe(true);
  });

  /** Changes one text field of an entry, saves, publishes; the diff must be that one line, on the draft and then on main. */
  async function changeOneLine(collection: string, id: string, name: string, value: string) {
    const file = `content/${collection}/${id}.md`;
    const start = repo.git('rev-parse', 'main').trim();
    const before = (readEntry(onMain(file)).data as Record<string, string>)[name];
    const expected = { files: [file], lines: [`-${name}: ${before}`, `+${name}: ${value}`] };
    await openEntry(collection, id);
    await field(name).fill(value);
    await save();
    // The draft holds only the change…
    expect(changedLines(start, `cms/${collection}/${id}`)).toEqual(expected);
    // …and so does main once it is published.
    await publish();
    expect(branches()).toEqual(['main']);
    expect(changedLines(start, 'main')).toEqual(expected);
  }

  test('2. changing one field of a grant changes that one line in Git, nothing else', async () => {
    await changeOneLine('grants', GRANT, 'title', 'Online forum for unpaid family carers');
  });

  test('2b. so does changing one field of an organisation with places and services (lists of many fields)', async () => {
    const data = readEntry(onMain(`content/organisations/${ORG}.md`)).data as { locations: object[]; services: object[] };
    // Decap shuffled the fields of list items with more than eight fields (admin/form-order.ts): make sure there are some.
    expect(Object.keys(data.locations[0]).length).toBeGreaterThan(8);
    expect(Object.keys(data.services[0]).length).toBeGreaterThan(8);
    await changeOneLine('organisations', ORG, 'name', 'Barnet Food Hub (East Barnet)');
  });

  test('3. the form refuses an empty required field and a malformed postcode, says why, and writes nothing', async () => {
    const before = { branches: branches(), head: repo.git('rev-parse', 'main') };
    refusing = true;

    await openEntry('organisations', 'new');
    await field('summary').fill('A group with no name.');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByText("Oops, you've missed a required field. Please complete before saving.").isVisible()).toBe(true);
    await expect.poll(() => page.getByText('Name is required.').isVisible()).toBe(true);

    await openEntry('organisations', 'age-uk-barnet');
    // Open the collapsed place: the first button of its item (Decap's chevron has no name).
    await page.getByText('Golders Green lunch club venue, NW11 8EE').locator('xpath=..').getByRole('button').first().click();
    await field('postcode').fill('NW11');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(() => page.getByText(/Postcode didn't match the pattern: must be a full UK postcode in capital letters/).first().isVisible())
      .toBe(true);

    refusing = false;
    expect(branches()).toEqual(before.branches);
    expect(repo.git('rev-parse', 'main')).toBe(before.head);
    expect(repo.git('status', '--porcelain')).toBe('');
  });

  test('4. an image uploaded with its text description lands in public/uploads/', async () => {
    await openEntry('crowdfund', PROJECT);
    await page.getByRole('button', { name: 'Add image' }).click();
    await page.getByRole('button', { name: 'Choose an image' }).last().click();
    // The media library's "Upload" is a label for this file input.
    await page.locator('input[type=file][accept="image/*"]').setInputFiles({ name: 'meadow-planting.png', mimeType: 'image/png', buffer: PNG });
    await page.getByRole('button', { name: 'Choose selected' }).click();
    await field('alt').last().fill(IMAGE_ALT);
    await save();
    await publish();

    // Committed to main with the entry, and checked out in the working copy the site is built from.
    expect(repo.git('ls-tree', '-r', '--name-only', 'main', 'public/uploads/').split('\n')).toContain('public/uploads/meadow-planting.png');
    expect(readFileSync(join(repo.dir, 'public/uploads/meadow-planting.png'))).toEqual(PNG);
    const { data } = readEntry(onMain(`content/crowdfund/${PROJECT}.md`));
    expect(data.images).toContainEqual({ src: '/uploads/meadow-planting.png', alt: IMAGE_ALT });
  });

  test('5. moving between entries by the address (Back, Forward) shows the entry the address names, so Save cannot write the wrong one', async () => {
    const name = (id: string) => (readEntry(onMain(`content/organisations/${id}.md`)).data as { name: string }).name;
    await openEntry('organisations', 'age-uk-barnet');
    expect(await field('name').inputValue()).toBe(name('age-uk-barnet'));
    // A change of address within the CMS (no new page load), as a link or a typed address makes.
    await page.evaluate(() => (window.location.hash = '#/collections/organisations/entries/barnet-food-hub'));
    await expect.poll(() => field('name').inputValue(), { timeout: 20_000 }).toBe(name('barnet-food-hub'));
    await page.goBack();
    await expect.poll(() => field('name').inputValue(), { timeout: 20_000 }).toBe(name('age-uk-barnet'));
    // Nothing was changed, so there is nothing to save.
    expect(await page.getByRole('button', { name: 'Save' }).isDisabled()).toBe(true);
  });
});

describe('after one rebuild of the copy', () => {
  let out: string;
  let built: StaticServer;

  beforeAll(() => {
    // Inside the project (parallel builds need their own folder there, see the README).
    out = mkdtempSync(join(resolve(repoRoot, 'node_modules/.cache'), 'cms-editing-dist-'));
    execFileSync('npm', ['run', 'build'], {
      cwd: repoRoot,
      env: { ...process.env, CONTENT_DIR: join(repo.dir, 'content'), PUBLIC_DIR: join(repo.dir, 'public'), OUT_DIR: out, ASTRO_CACHE_DIR: `${out}-cache` },
      stdio: 'pipe',
    });
  }, 600_000);

  afterAll(async () => {
    await built?.close();
    rmSync(out, { recursive: true, force: true });
    rmSync(`${out}-cache`, { recursive: true, force: true });
  });

  test('the new organisation has its page, and search finds it', async () => {
    built = await startStaticServer(out);
    const response = await page.goto(`${built.origin}/directory/${NEW_ORG.slug}/`);
    expect(response?.status()).toBe(200);
    await expect.poll(() => page.getByRole('heading', { level: 1, name: NEW_ORG.name }).isVisible()).toBe(true);

    // Pagefind's own browser API, as the site's search uses it (a string, so nothing rewrites the import).
    const found = (await page.evaluate(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      const search = await pagefind.search('seed swap');
      return Promise.all(search.results.slice(0, 5).map(async (r) => (await r.data()).url));
    })()`)) as string[];
    expect(found.map((url) => url.replace(/#.*/, ''))).toContain(`/directory/${NEW_ORG.slug}/`);
  });

  test('the uploaded image shows on the project page with its text description', async () => {
    await page.goto(`${built.origin}/crowdfund/${PROJECT}/`);
    const image = page.getByRole('img', { name: IMAGE_ALT });
    await image.scrollIntoViewIfNeeded();
    expect(await image.getAttribute('src')).toBe('/uploads/meadow-planting.png');
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(2);
  });

  test('nothing went wrong in the page along the way', () => {
    expect(problems).toEqual([]);
    // The built copy really is the copy: the real content folder was never touched.
    expect(existsSync(resolve(repoRoot, 'content/organisations', `${NEW_ORG.slug}.md`))).toBe(false);
  });
});
