/**
 * The settings an area edits to adopt the site: site.json and taxonomy.json,
 * read from the content folder given (not a cached global).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadSettings, readSettings } from '../../src/lib/settings';
import { issueLine } from '../../src/lib/validate/issues';
import { ContentError } from '../../src/lib/validate/issues';
import { siteSchema, taxonomySchema } from '../../src/schemas/settings';
import { VALID } from '../fixtures/content-set';

const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((f) => rmSync(f, { recursive: true, force: true })));

/** A copy of the valid settings with `edit` applied to site.json or taxonomy.json. */
function settingsFolder(file: 'site.json' | 'taxonomy.json', edit: (data: any) => void): string {
  const root = mkdtempSync(join(tmpdir(), 'settings-'));
  folders.push(root);
  cpSync(join(VALID, 'settings'), join(root, 'settings'), { recursive: true });
  const path = join(root, 'settings', file);
  const data = JSON.parse(readFileSync(path, 'utf8'));
  edit(data);
  writeFileSync(path, JSON.stringify(data));
  return root;
}

describe('settings schemas', () => {
  it("accept the fixture's settings (a copy of Barnet's): 24 wards in 3 constituencies, a £5,000 pledge cap", () => {
    const site = siteSchema.parse(JSON.parse(readFileSync(join(VALID, 'settings/site.json'), 'utf8')));
    const taxonomy = taxonomySchema.parse(JSON.parse(readFileSync(join(VALID, 'settings/taxonomy.json'), 'utf8')));
    expect(site.funder_org_id).toBe('GB-LAE-BNE');
    expect(site.crowdfund.max_council_pledge).toBe(5000);
    expect(taxonomy.wards).toHaveLength(24);
    expect(new Set(taxonomy.wards.map((w) => w.constituency))).toEqual(new Set(taxonomy.constituencies.map((c) => c.id)));
  });

  it('refuse a tile address that is not https and a malformed local authority code', () => {
    const root = settingsFolder('site.json', (s) => {
      s.map.tile_url = 'javascript:alert({z})';
      s.local_authority_code = 'Barnet';
    });
    expect(readSettings(root).issues.map(issueLine)).toEqual([
      'settings/site.json: local_authority_code: must be an ONS local authority code such as E09000003; you wrote "Barnet"',
      'settings/site.json: map.tile_url: must be an https:// address template, e.g. https://tile.example.org/{z}/{x}/{y}.png; you wrote "javascript:alert({z})"',
    ]);
  });

  it('refuse a map box drawn the wrong way round, and a centre outside it', () => {
    expect(readSettings(settingsFolder('site.json', (s) => (s.map.bounds.east = -0.5))).issues.map(issueLine)).toEqual([
      'settings/site.json: map.bounds.east: must be greater than west (-0.306); it is -0.5',
    ]);
    expect(readSettings(settingsFolder('site.json', (s) => (s.map.centre.lat = 52))).issues.map(issueLine)).toEqual([
      'settings/site.json: map.centre: must be inside map.bounds (latitude 51.555 to 51.671, longitude -0.306 to -0.128)',
    ]);
  });

  it('refuse a ward in an unknown constituency, a repeated id, and a typo in a field name', () => {
    const root = settingsFolder('taxonomy.json', (t) => {
      t.wards[0].constituency = 'chipping';
      t.languages.push({ id: 'en', label: 'English again' });
      t.themes[0].synonym = ['foodbank'];
    });
    expect(readSettings(root).issues.map(issueLine)).toEqual([
      'settings/taxonomy.json: themes[1].synonym: is not a known field: did you mean "synonyms"? Correct the spelling, or remove it',
    ]);
    const fixedTypo = settingsFolder('taxonomy.json', (t) => {
      t.wards[0].constituency = 'chipping';
      t.languages.push({ id: 'en', label: 'English again' });
    });
    expect(readSettings(fixedTypo).issues.map(issueLine)).toEqual([
      `settings/taxonomy.json: languages[${15}].id: "en" is already used by languages[1]; each needs its own id`,
      'settings/taxonomy.json: wards[1].constituency: "chipping" is not one of the constituencies: chipping-barnet, finchley-and-golders-green, hendon',
    ]);
  });

  it('refuse a ward or constituency with the id search keeps for "the whole area"', () => {
    const root = settingsFolder('taxonomy.json', (t) => {
      t.wards[2].id = 'whole-area';
    });
    expect(readSettings(root).issues.map(issueLine)).toEqual([
      'settings/taxonomy.json: wards[3].id: "whole-area" is kept for things open to the whole area; choose another id',
    ]);
  });
});

describe('loadSettings', () => {
  it('reads the folder it is given and throws a ContentError naming every problem', () => {
    expect(loadSettings(VALID).site.area_name).toBe('Barnet');
    const root = settingsFolder('site.json', (s) => delete s.area_name);
    expect(() => loadSettings(root)).toThrow(ContentError);
    expect(() => loadSettings(root)).toThrow(/settings\/site.json: area_name: is required but missing/);
  });

  it('says so when the settings folder is missing', () => {
    const root = mkdtempSync(join(tmpdir(), 'settings-'));
    folders.push(root);
    expect(readSettings(root).issues.map((i) => `${i.file}: ${i.field}`)).toEqual(['settings/site.json: (file)', 'settings/taxonomy.json: (file)']);
    expect(readSettings(root).issues[0].message).toMatch(/^is missing: every site needs settings\/site.json/);
  });

  it('picks up an edited settings file without a restart', () => {
    const root = settingsFolder('site.json', () => {});
    expect(loadSettings(root).site.crowdfund.max_council_pledge).toBe(5000);
    const path = join(root, 'settings', 'site.json');
    const site = JSON.parse(readFileSync(path, 'utf8'));
    site.crowdfund.max_council_pledge = 3000;
    writeFileSync(path, JSON.stringify(site));
    // A later modification time, as a save a moment later would give.
    utimesSync(path, new Date(), new Date(Date.now() + 5000));
    expect(loadSettings(root).site.crowdfund.max_council_pledge).toBe(3000);
  });
});
