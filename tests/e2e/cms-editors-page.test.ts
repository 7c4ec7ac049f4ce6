/**
 * What editors need to find work and take it: /editors/ lists the demo set's
 * stale entries, organisations no one can contact, grants with no deciding
 * meeting and old draft minutes, each
 * linked straight to its edit screen in the CMS, and stays out of search and
 * navigation; every entry's page offers "Suggest an edit" naming the page; the
 * editing guide shows the content check's real message.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { folderCollections } from '../../admin/tools/decap-style';
import { monthsBetween, reviewFreshness } from '../../src/lib/freshness';
import { buildSchemas } from '../../src/schemas';
import { loadSettings } from '../../src/lib/settings';
import { readCollection } from '../../src/lib/validate/read-content';
import { contentDir, distDir } from '../support/paths';

const built = (path: string): HTMLElement => parse(readFileSync(resolve(distDir(), `.${path}index.html`), 'utf8'));
const { site, taxonomy } = loadSettings(contentDir());
const schemas = buildSchemas(site, taxonomy);
const entries = <N extends 'organisations' | 'grants' | 'meetings' | 'crowdfund' | 'funds' | 'boards' | 'pages' | 'covenant'>(collection: N) =>
  readCollection(contentDir(), collection).entries.map((e) => ({ id: e.id, data: schemas[collection].parse(e.data) as ReturnType<(typeof schemas)[N]['parse']> }));

describe('/editors/: what needs attention', () => {
  const page = built('/editors/');
  const main = page.querySelector('main')!;
  // The page says which day it was worked out on; judge ages against the same day.
  const today = main.querySelector('[data-build-date]')!.getAttribute('data-build-date')!;
  const listed = (section: string) =>
    main.querySelectorAll(`section[aria-labelledby="${section}"] li[data-entry]`).map((li) => ({
      collection: li.getAttribute('data-collection'),
      id: li.getAttribute('data-entry'),
      edit: li.querySelector('a')!.getAttribute('href'),
    }));

  it('is kept out of search engines, the site search and the navigation', () => {
    expect(page.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    expect(page.querySelector('[data-pagefind-body]')).toBeNull();
    for (const other of ['/', '/directory/', '/funding/']) expect(built(other).querySelector('a[href="/editors/"]'), other).toBeNull();
  });

  it("lists every organisation not checked for longer than the settings allow, oldest first, with its CMS edit link", () => {
    const overdue = entries('organisations')
      .filter((o) => o.data.status !== 'closed' && reviewFreshness(o.data.last_reviewed, today, site.review).level !== 'current')
      .sort((a, b) => a.data.last_reviewed.localeCompare(b.data.last_reviewed));
    // The demo set includes stale entries, so this is never vacuous.
    expect(overdue.some((o) => reviewFreshness(o.data.last_reviewed, today, site.review).level === 'stale')).toBe(true);
    const shown = listed('overdue').filter((i) => i.collection === 'organisations');
    expect(shown.map((i) => i.id)).toEqual(overdue.map((o) => o.id));
    for (const i of shown) expect(i.edit).toBe(`/admin/#/collections/organisations/entries/${i.id}`);
  });

  it('lists every grant with no deciding meeting, and every draft minutes over a month old', () => {
    const noMeeting = entries('grants').filter((g) => !g.data.meeting).map((g) => g.id).sort();
    expect(listed('grants-without-meeting').map((i) => i.id).sort()).toEqual(noMeeting);
    const drafts = entries('meetings').filter((m) => m.data.minutes_status === 'draft' && monthsBetween(m.data.date, today) >= 1).map((m) => m.id).sort();
    expect(listed('draft-minutes').map((i) => i.id).sort()).toEqual(drafts);
  });

  it('lists every organisation residents have no way to contact, saying what is missing', () => {
    const none = entries('organisations')
      .filter((o) => o.data.status !== 'closed' && !o.data.website && !o.data.email && !o.data.phone)
      .map((o) => o.id)
      .sort();
    // The demo set has such entries, so this is never vacuous.
    expect(none.length).toBeGreaterThan(0);
    const shown = main
      .querySelectorAll('section[aria-labelledby="missing"] li[data-entry]')
      .filter((li) => li.getAttribute('data-collection') === 'organisations' && li.text.includes('no way to contact it: add a website, email or phone number'))
      .map((li) => li.getAttribute('data-entry'))
      .sort();
    expect(shown).toEqual(none);
  });

  it('lists every organisation that has no places, so is not on the map', () => {
    const none = entries('organisations').filter((o) => o.data.status !== 'closed' && o.data.locations.length === 0).map((o) => o.id).sort();
    expect(listed('not-on-map').map((i) => i.id).sort()).toEqual(none);
  });

  it('links every item to the edit screen of an entry that exists in a collection the CMS has', () => {
    const collections = folderCollections();
    const all = main.querySelectorAll('li[data-entry]');
    expect(all.length).toBeGreaterThan(0);
    for (const li of all) {
      const collection = li.getAttribute('data-collection')!;
      const id = li.getAttribute('data-entry')!;
      expect(collections.has(collection), collection).toBe(true);
      expect(readCollection(contentDir(), collection).entries.some((e) => e.id === id), `${collection}/${id}`).toBe(true);
      expect(li.querySelector('a')!.getAttribute('href')).toBe(`/admin/#/collections/${collection}/entries/${id}`);
    }
  });
});

describe('"Suggest an edit" on every entry page', () => {
  const pages = [
    ...entries('organisations').map((e) => ({ path: `/directory/${e.id}/`, title: e.data.name })),
    ...entries('grants').map((e) => ({ path: `/funding/grants/${e.data.grant_id}/`, title: e.data.title })),
    ...entries('crowdfund').map((e) => ({ path: `/crowdfund/${e.id}/`, title: e.data.title })),
    ...entries('funds').map((e) => ({ path: `/funding/funds/${e.id}/`, title: e.data.name })),
    ...entries('boards').map((e) => ({ path: `/boards/${e.id}/`, title: e.data.name })),
    ...entries('pages').map((e) => ({ path: `/${e.id}/`, title: e.data.title })),
    ...entries('meetings').map((e) => ({ path: `/meetings/${e.id}/`, title: undefined })),
    ...entries('covenant').map((e) => ({ path: '/covenant/', title: e.data.title })),
  ];

  it.for(pages)('$path has the link, naming the page', ({ path, title }) => {
    const links = built(path).querySelectorAll('main a[data-suggest-edit]');
    expect(links.map((a) => a.text)).toEqual(['Suggest an edit to this page']);
    const href = links[0].getAttribute('href')!;
    const page = new URL(path, site.site_url).href;
    if (site.contact.report_problem_url) {
      const url = new URL(href);
      expect(url.searchParams.get('page')).toBe(page);
      if (title) expect(url.searchParams.get('title')).toBe(title);
    } else {
      const mail = new URL(href);
      expect(mail.protocol).toBe('mailto:');
      expect(decodeURIComponent(mail.pathname)).toBe(site.contact.report_problem_email);
      const subject = mail.searchParams.get('subject')!;
      expect(subject).toMatch(/^Suggested edit: /);
      if (title) expect(subject).toBe(`Suggested edit: ${title}`);
      expect(mail.searchParams.get('body')).toContain(page);
    }
  });
});

describe('the editing guide', () => {
  const main = built('/help/editing/').querySelector('main')!;

  it('shows a real line from the content check for a mistyped postcode', () => {
    const line = main.querySelectorAll('samp').map((s) => s.text).find((t) => t.includes('locations[1].postcode'));
    expect(line).toMatch(/^organisations\/[a-z0-9-]+\.md: locations\[1\]\.postcode: must be a full UK postcode .+; you wrote "[A-Z0-9 ]+"$/);
  });

  it('lists every status choice as the CMS form offers it', () => {
    const config = folderCollections();
    const grantStatus = config.get('grants')!.find((f) => f.name === 'status') as unknown as { options: { label: string }[] };
    const items = main.querySelectorAll('li').map((li) => li.text.trim());
    for (const option of grantStatus.options) expect(items).toContain(option.label);
  });
});
