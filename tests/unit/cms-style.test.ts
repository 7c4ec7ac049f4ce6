/**
 * Content files are kept exactly as Decap CMS saves them, and every entry passes
 * the checks the CMS makes before saving. Together these mean that an editor who
 * opens any entry, changes one field and saves, can save, and the reviewer sees
 * that one change in the Git diff: nothing reordered, reformatted or dropped.
 * (tests/e2e/cms-editing.test.ts proves the same with the real CMS.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cmsRefusals, withCmsDefaults, type CmsField } from '../../admin/tools/cms-checks';
import { contentFilesOutOfStyle, inCmsStyle } from '../../admin/tools/content-style';
import { folderCollections, readAsDecap } from '../../admin/tools/decap-style';

// The CMS edits content/, whatever CONTENT_DIR a test run points the build at.
const CONTENT = fileURLToPath(new URL('../../content', import.meta.url));
const collections = folderCollections();
const fieldsOf = (name: string) => collections.get(name) as CmsField[];

const entries = [...collections.keys()].flatMap((collection) =>
  readdirSync(join(CONTENT, collection))
    .filter((name) => name.endsWith('.md'))
    .map((name) => ({ collection, file: `${collection}/${name}`, text: readFileSync(join(CONTENT, collection, name), 'utf8') })),
);

describe('content as the CMS saves it', () => {
  it('has every content file exactly as Decap would write it back', () => {
    // Fix with: npm exec -- tsx admin/tools/format-content.ts
    expect(contentFilesOutOfStyle(CONTENT).map((f) => f.file)).toEqual([]);
  });

  it('has no entry the CMS would refuse to save for a field nobody changed', () => {
    const refusals = entries.flatMap(({ collection, file, text }) => cmsRefusals(fieldsOf(collection), readAsDecap(text)).map((p) => `${file}: ${p}`));
    expect(refusals).toEqual([]);
  });

  it('reports a service whose status (required in the form) is missing, as the CMS would', () => {
    const org = entries.find((e) => e.collection === 'organisations' && /\nservices:\n/.test(e.text))!;
    const data = withCmsDefaults(fieldsOf('organisations'), readAsDecap(org.text)) as { services: Record<string, unknown>[] };
    delete data.services[0].status;
    expect(cmsRefusals(fieldsOf('organisations'), data)).toEqual(['services[0].status: "Status" is required by the form but is empty or missing']);
  });

  it('reports a postcode typed in lower case, which the form refuses', () => {
    const org = entries.find((e) => e.collection === 'organisations' && e.text.includes('postcode:'))!;
    const data = withCmsDefaults(fieldsOf('organisations'), readAsDecap(org.text)) as { locations: { postcode: string }[] };
    data.locations[0].postcode = data.locations[0].postcode.toLowerCase();
    expect(cmsRefusals(fieldsOf('organisations'), data)).toEqual([
      expect.stringMatching(/^locations\[0\]\.postcode: ".+" does not match the form's rule for "Postcode" \(must be a full UK postcode in capital letters/),
    ]);
  });

  it('writes a hand-written entry in the CMS style with the form defaults filled in and nothing lost', () => {
    const handWritten = [
      '---',
      'name: Example Lunch Club',
      'summary: A hot lunch and company for older people on Tuesdays, in the church hall by the green.',
      'type: charity',
      'themes: [older-people, food]',
      'status: active',
      'last_reviewed: 2026-01-05',
      'services:',
      '  - id: example-lunch-club-lunch',
      '    name: Lunch',
      '    description: >-',
      '      A two-course lunch.',
      '    themes: [food]',
      '    cost: low-cost',
      '    delivery: [in-person]',
      '    area_served: borough-wide',
      '    access: [drop-in]',
      '---',
      'Run by volunteers.',
      '',
    ].join('\n');
    const restyled = inCmsStyle(handWritten, fieldsOf('organisations'));
    expect(restyled).toBe(
      [
        '---',
        'name: Example Lunch Club',
        'summary: A hot lunch and company for older people on Tuesdays, in the church',
        '  hall by the green.',
        'type: charity',
        'themes:',
        '  - older-people',
        '  - food',
        'status: active',
        'last_reviewed: 2026-01-05',
        'services:',
        '  - id: example-lunch-club-lunch',
        '    name: Lunch',
        '    description: A two-course lunch.',
        '    themes:',
        '      - food',
        '    cost: low-cost',
        '    delivery:',
        '      - in-person',
        '    area_served: borough-wide',
        '    access:',
        '      - drop-in',
        '    status: active',
        '---',
        'Run by volunteers.',
        '',
      ].join('\n'),
    );
    // Saving again changes nothing: the style is stable.
    expect(inCmsStyle(restyled, fieldsOf('organisations'))).toBe(restyled);
    expect(withCmsDefaults(fieldsOf('organisations'), readAsDecap(restyled))).toEqual(readAsDecap(restyled));
  });
});
