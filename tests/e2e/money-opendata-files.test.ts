/**
 * The open data files as a reuser gets them from the built site: /data/grants.json
 * validates against the official 360Giving package schema; the CSV holds the same
 * grants under 360Giving's column titles; the crowdfund files keep the crowd's and
 * the council's money apart and show a failed campaign's pledge as not paid; and
 * /data/ lists every file with its licence, when it last changed and how to cite it.
 * Expected figures come from the content, never typed here.
 */
import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { openPage } from '../support/browser';
import { describeErrors, packageValidator } from '../support/threesixtygiving-schema';
import { builtContent } from '../support/built-content';
import { useBuiltSite } from '../support/built-site';
import { readHarnessSettings } from '../support/site-settings';

const built = useBuiltSite();
const content = builtContent();

async function fetchFile(path: string): Promise<{ type: string; text: string }> {
  const response = await fetch(`${built.server.origin}${path}`);
  expect(response.status, path).toBe(200);
  return { type: response.headers.get('content-type') ?? '', text: await response.text() };
}

interface Grant360 {
  id: string;
  amountAwarded: number;
  recipientOrganization: { id: string; name: string; companyNumber?: string }[];
  fundingOrganization: { id: string; name: string }[];
  beneficiaryLocation: { name: string; geoCode?: string }[];
}

describe('/data/grants.json', () => {
  test('validates against the official 360Giving package schema', async () => {
    const { text } = await fetchFile('/data/grants.json');
    const validate = packageValidator();
    expect(validate(JSON.parse(text)), describeErrors(validate.errors).join('\n')).toBe(true);
  });

  test('holds every award that was not withdrawn, once, with its amount', async () => {
    const pkg = JSON.parse((await fetchFile('/data/grants.json')).text) as { grants: Grant360[] };
    const expected = content.grants.filter((g) => g.data.status !== 'withdrawn');
    expect(pkg.grants.map((g) => g.id).sort()).toEqual(expected.map((g) => g.data.grant_id).sort());
    for (const g of expected) expect(pkg.grants.find((x) => x.id === g.data.grant_id)!.amountAwarded, g.data.grant_id).toBe(g.data.amount_awarded);
  });

  test('identifies recipients by charity or 8-character company number, else a 360G- id; and names the right funder', async () => {
    const pkg = JSON.parse((await fetchFile('/data/grants.json')).text) as { grants: Grant360[] };
    for (const g of pkg.grants) {
      const org = g.recipientOrganization[0]!;
      expect(org.id, g.id).toMatch(/^(GB-CHC-\d{6,7}|GB-COH-[A-Z0-9]{8}|360G-[A-Za-z0-9_-]+)$/);
      if (org.companyNumber) expect(org.companyNumber).toHaveLength(8);
      const fund = content.funds.find((f) => f.id === content.grants.find((x) => x.data.grant_id === g.id)!.data.fund)!;
      const funderId = fund.data.funder_org_id ?? 'GB-LAE-BNE';
      expect(g.fundingOrganization[0]!.id, `${g.id} (${fund.id})`).toBe(funderId);
    }
  });
});

describe('/data/grants.csv', () => {
  test('has the 360Giving column titles and the same grants and amounts as the JSON', async () => {
    const { type, text } = await fetchFile('/data/grants.csv');
    expect(type).toMatch(/^text\/csv/);
    const rows = parse(text, { bom: true, columns: true }) as Record<string, string>[];
    const titles = Object.keys(rows[0]!);
    for (const t of ['Identifier', 'Title', 'Description', 'Currency', 'Amount Awarded', 'Award Date', 'Recipient Org:Identifier', 'Recipient Org:Name', 'Funding Org:Identifier', 'Funding Org:Name', 'Grant Programme:Title'])
      expect(titles).toContain(t);
    expect(titles.some((t) => /^Beneficiary Location(:\d+)?:Name$/.test(t))).toBe(true);
    const pkg = JSON.parse((await fetchFile('/data/grants.json')).text) as { grants: Grant360[] };
    expect(rows.map((r) => r['Identifier'])).toEqual(pkg.grants.map((g) => g.id));
    rows.forEach((r, i) => {
      expect(Number(r['Amount Awarded'])).toBe(pkg.grants[i]!.amountAwarded);
      expect(r['Recipient Org:Identifier']).toBe(pkg.grants[i]!.recipientOrganization[0]!.id);
    });
  });

  test('has no cell a spreadsheet would run as a formula', async () => {
    const rows = parse((await fetchFile('/data/grants.csv')).text, { bom: true }) as string[][];
    for (const row of rows) for (const cell of row) expect(cell, cell).not.toMatch(/^[=+@\t\r]|^-(?!\d)/);
  });
});

describe('/data/crowdfund.json and .csv', () => {
  test("keep the crowd's money and the council's apart, and a failed campaign's pledge is not paid", async () => {
    const file = JSON.parse((await fetchFile('/data/crowdfund.json')).text) as { license: string; projects: Record<string, unknown>[] };
    expect(file.license).toMatch(/open-government-licence\/version\/3/);
    expect(file.projects).toHaveLength(content.crowdfund.length);
    const failed = content.crowdfund.filter((p) => p.data.status === 'unsuccessful' && p.data.council_pledge > 0);
    expect(failed.length, 'the demo content has a failed campaign with a pledge').toBeGreaterThan(0);
    for (const p of failed) {
      const record = file.projects.find((r) => r.id === p.id)!;
      expect(record).toMatchObject({ council_pledge: p.data.council_pledge, council_pledge_status: 'not-paid', council_paid: 0, raised: p.data.raised });
    }
    const rows = parse((await fetchFile('/data/crowdfund.csv')).text, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r['Identifier']).sort()).toEqual(content.crowdfund.map((p) => p.id).sort());
    for (const p of failed) expect(rows.find((r) => r['Identifier'] === p.id)!['Council pledge status']).toBe('not-paid');
  });
});

describe('/data/', () => {
  test('lists every file with a working download, its licence, when it last changed and how to cite it', async () => {
    const { context, page } = await openPage(built.browser);
    try {
      await page.goto(`${built.server.origin}/data/`);
      const rows = await page.locator('table.data-files tbody tr').evaluateAll((trs) =>
        trs.map((tr) => ({
          href: tr.querySelector('th a')?.getAttribute('href') ?? null,
          changed: tr.lastElementChild!.textContent!.trim(),
          licence: tr.querySelector('a[href*="open-government-licence/version/3"]')?.textContent?.trim() ?? null,
          cite: tr.querySelector('a[href^="#cite-"]')?.getAttribute('href') ?? null,
        })),
      );
      const hrefs = rows.map((r) => r.href).filter((h): h is string => h !== null);
      for (const file of ['/data/grants.json', '/data/grants.csv', '/data/crowdfund.json', '/data/crowdfund.csv']) expect(hrefs).toContain(file);
      for (const href of hrefs) expect((await fetch(`${built.server.origin}${href}`)).status, href).toBe(200);
      // A date from Git, or "Not known" when the build had no history: never empty, never a made-up date.
      for (const r of rows) expect(r.changed).toMatch(/^(\d{1,2} \w+ \d{4}|Not known)$/);
      // Each file: its licence in its own row, and a citation of its own address, linked from the row.
      for (const r of rows) expect(r.licence, r.href ?? 'board calendars').toBe('Open Government Licence v3.0');
      for (const r of rows.filter((x) => x.href !== null)) {
        expect(r.cite, r.href!).not.toBeNull();
        const citation = await page.locator(`[id="${r.cite!.slice(1)}"] blockquote`).textContent();
        expect(citation, r.href!).toContain(new URL(r.href!, readHarnessSettings().siteOrigin).href);
        expect(citation, r.href!).toContain('Open Government Licence v3.0');
      }
    } finally {
      await context.close();
    }
  });
});
