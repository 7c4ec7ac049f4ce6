/** /data/directory.csv: one row per service, read back with a CSV parser. */
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { directoryCsv } from '../../src/lib/directory-csv';
import { directoryServices, orukServiceId } from '../../src/lib/open-referral';
import { fixtureSettings } from '../fixtures/schema-check';
import { org, service, venue } from './directory-entries';

const { site, taxonomy } = fixtureSettings;
const ctx = { siteUrl: site.site_url, idPrefix: site.id_prefix, localAuthorityCode: site.local_authority_code, taxonomy };

const orgs = [
  org('hall-org', 'Hall, "the" Trust', {
    charity_number: '1123456',
    locations: [venue('hall', 'hendon')],
    services: [service('lunch', { name: '=HYPERLINK("http://evil.example")', locations: ['hall'], area_served: ['hendon', 'mill-hill'], languages: ['en', 'pl'], min_age: 60 })],
  }),
  org('web', 'Web', { services: [service('chat', { description: 'Line one.\nLine two.' })] }),
];
const rows: Record<string, string>[] = parse(directoryCsv(directoryServices(orgs), ctx), { columns: true, bom: true });

describe('the directory spreadsheet', () => {
  it('has one row per service, in the Open Referral lists\' order, with its Open Referral UK id', () => {
    expect(rows.map((r) => r['Service id'])).toEqual(['lunch', 'chat']);
    expect(rows[0]!['Open Referral UK id']).toBe(orukServiceId(site.local_authority_code, 'lunch'));
  });

  it('keeps commas, quotes and line breaks inside their cells', () => {
    expect(rows[0]!.Organisation).toBe('Hall, "the" Trust');
    expect(rows[1]!.Description).toBe('Line one.\nLine two.');
  });

  it('never lets a cell run as a spreadsheet formula', () => {
    expect(rows[0]!['Service name']).toBe('\'=HYPERLINK("http://evil.example")');
  });

  it('gives labels, not ids, and the page address', () => {
    expect(rows[0]).toMatchObject({
      'Area served': 'Hendon; Mill Hill', Languages: 'English; Polish', 'Minimum age': '60', 'Maximum age': '',
      'Organisation identifier': 'GB-CHC-1123456', 'Wards of venues': 'Hendon',
      Page: 'https://open.barnet.example.org/directory/hall-org/#service-lunch',
    });
    expect(rows[1]!['Area served']).toBe('borough-wide');
  });
});
