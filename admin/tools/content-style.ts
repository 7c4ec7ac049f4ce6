/**
 * Which content files are not byte for byte what Decap CMS would write for them.
 * Shared by the formatter (admin/tools/format-content.ts) and the unit test
 * tests/unit/cms-style.test.ts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decapStyle, fieldOrders } from './decap-style';

export interface OutOfStyle {
  path: string;
  current: string;
  wanted: string;
}

/** Decap writes a file collection's JSON as JSON.stringify(data, null, 2), with no final line break. */
export const decapJson = (text: string) => JSON.stringify(JSON.parse(text), null, 2);

export function contentFilesOutOfStyle(root: string): OutOfStyle[] {
  const out: OutOfStyle[] = [];
  for (const [collection, order] of fieldOrders()) {
    const dir = join(root, collection);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.md')).sort()) {
      const path = join(dir, name);
      const current = readFileSync(path, 'utf8');
      const wanted = decapStyle(current, order);
      if (wanted !== current) out.push({ path, current, wanted });
    }
  }
  for (const name of ['site.json', 'taxonomy.json']) {
    const path = join(root, 'settings', name);
    if (!existsSync(path)) continue;
    const current = readFileSync(path, 'utf8');
    const wanted = decapJson(current);
    if (wanted !== current) out.push({ path, current, wanted });
  }
  return out;
}
