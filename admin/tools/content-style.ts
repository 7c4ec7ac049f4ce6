/**
 * Which content files differ from what Decap CMS would write for them, and the
 * text it would write. Shared by the formatter (admin/tools/format-content.ts)
 * and the unit test tests/unit/cms-style.test.ts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { withCmsDefaults } from './cms-checks';
import { fieldOrder, folderCollections, readAsDecap, writeAsDecap } from './decap-style';
import { inFormOrder } from '../form-order';

export interface OutOfStyle {
  /** Relative to the content folder, e.g. organisations/age-uk-barnet.md. */
  file: string;
  path: string;
  current: string;
  wanted: string;
}

/** Decap writes a file collection's JSON as JSON.stringify(data, null, 2), with no final line break. */
export const decapJson = (text: string) => JSON.stringify(JSON.parse(text), null, 2);

/**
 * An entry file as the CMS would save it unchanged, with the form's defaults written
 * out and every object's fields in the form's order (admin/form-order.ts).
 */
export function inCmsStyle(text: string, fields: Parameters<typeof withCmsDefaults>[0]): string {
  const data = inFormOrder(withCmsDefaults(fields, readAsDecap(text)), fields) as Record<string, unknown>;
  return writeAsDecap(data, fieldOrder(fields));
}

export function contentFilesOutOfStyle(root: string): OutOfStyle[] {
  const out: OutOfStyle[] = [];
  const check = (file: string, restyle: (text: string) => string) => {
    const path = join(root, file);
    const current = readFileSync(path, 'utf8');
    const wanted = restyle(current);
    if (wanted !== current) out.push({ file, path, current, wanted });
  };
  for (const [collection, fields] of folderCollections()) {
    const dir = join(root, collection);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.md')).sort()) check(`${collection}/${name}`, (text) => inCmsStyle(text, fields));
  }
  for (const name of ['site.json', 'taxonomy.json']) if (existsSync(join(root, 'settings', name))) check(`settings/${name}`, decapJson);
  return out;
}
