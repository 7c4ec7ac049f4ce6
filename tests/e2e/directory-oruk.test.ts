/**
 * The built Open Referral UK files and the directory spreadsheet: every
 * service file valid against the profile's official compiled schema, list
 * pages that add up and chain together, ids that follow from the content,
 * and both listed on /data/.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseHtml } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { orukServiceId, type OrukPage } from '../../src/lib/open-referral';
import { orukErrors } from '../support/open-referral-schema';
import { distDir } from '../support/paths';
import { builtOrganisations, builtSettings, builtText } from './directory-helpers';

const dist = distDir();
const code = builtSettings().site.local_authority_code;
const services = builtOrganisations().flatMap((org) => org.data.services.map((service) => ({ org, service })));
const readJson = <T = Record<string, unknown>>(path: string): T => JSON.parse(builtText(dist, path)) as T;
const serviceFiles = readdirSync(join(dist, 'api/oruk/services')).filter((f) => f.endsWith('.json'));

describe('Open Referral UK files', () => {
  test('the API root names the UK profile version', () => {
    expect(readJson('/api/oruk/index.json')).toMatchObject({ version: 'HSDS-UK-3.0' });
  });

  test('there is one service file per service in the content, named by its stable UUID', () => {
    expect(services.length).toBeGreaterThan(0);
    expect(serviceFiles.sort()).toEqual(services.map(({ service }) => `${orukServiceId(code, service.id)}.json`).sort());
  });

  test('every service file is valid against the profile\'s compiled service schema', () => {
    const problems = serviceFiles.flatMap((file) => orukErrors('service', readJson(`/api/oruk/services/${file}`)).map((e) => `${file} ${e}`));
    expect(problems).toEqual([]);
  });

  test('each service file says what its page says: name, ages, status and when it was checked', () => {
    for (const { org, service } of services) {
      const nested = readJson(`/api/oruk/services/${orukServiceId(code, service.id)}.json`);
      expect(nested, service.id).toMatchObject({ name: service.name, description: service.description, assured_date: org.data.last_reviewed });
      expect(nested.minimum_age, service.id).toBe(service.min_age);
      expect(nested.maximum_age, service.id).toBe(service.max_age);
      expect((nested.schedules as unknown[]).length, service.id).toBe(service.schedule.length + (service.schedule_notes ? 1 : 0));
    }
  });

  test('the list pages chain from /api/oruk/services.json, add up, and hold every service once', () => {
    const first = readJson<OrukPage<{ id: string }>>('/api/oruk/services.json');
    const pages = [first];
    for (let n = 2; n <= first.total_pages; n++) pages.push(readJson(`/api/oruk/services/page/${n}.json`));
    expect(existsSync(join(dist, `api/oruk/services/page/${first.total_pages + 1}.json`))).toBe(false);
    pages.forEach((page, i) => {
      expect(page, `page ${i + 1}`).toMatchObject({
        total_items: services.length,
        total_pages: first.total_pages,
        page_number: i + 1,
        size: page.contents.length,
        first_page: i === 0,
        last_page: i === pages.length - 1,
        empty: services.length === 0,
      });
      for (const item of page.contents) expect(orukErrors('service_list', item), item.id).toEqual([]);
    });
    const listed = pages.flatMap((p) => p.contents.map((c) => c.id));
    expect(new Set(listed).size).toBe(listed.length);
    expect(listed.map((id) => `${id}.json`).sort()).toEqual(serviceFiles.sort());
  });
});

describe('the directory spreadsheet', () => {
  test('/data/directory.csv has one row per service, with its Open Referral UK id', () => {
    const rows: Record<string, string>[] = parseCsv(builtText(dist, '/data/directory.csv'), { columns: true, bom: true });
    expect(rows.map((r) => r['Service id']).sort()).toEqual(services.map(({ service }) => service.id).sort());
    for (const row of rows) expect(row['Open Referral UK id']).toBe(orukServiceId(code, row['Service id']!));
  });
});

describe('the open data page', () => {
  test('lists the spreadsheet and links to the Open Referral UK files', () => {
    const html = parseHtml(builtText(dist, '/data/index.html'));
    const hrefs = html.querySelectorAll('main a').map((a) => a.getAttribute('href'));
    expect(hrefs).toContain('/data/directory.csv');
    expect(hrefs).toContain('/api/oruk/');
    expect(hrefs).toContain('/api/oruk/services.json');
  });
});
