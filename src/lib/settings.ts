/**
 * The area's settings, read once from content/settings and checked against
 * their schemas. Errors name the file and field like every other content error.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { siteSchema, taxonomySchema, type Site, type Taxonomy } from '../schemas/settings';
import { contentRoot } from './content-root';
import { ContentError, formatIssues } from './validate/issues';

function readJson<T>(file: string, parse: (data: unknown) => { success: true; data: T } | { success: false; error: { issues: import('astro/zod').z.core.$ZodIssue[] } }): T {
  const path = join(contentRoot(), 'settings', file);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ContentError([{ file: `settings/${file}`, field: '(file)', message: `could not be read as JSON: ${(error as Error).message}` }]);
  }
  const result = parse(raw);
  if (!result.success) throw new ContentError(formatIssues(`settings/${file}`, result.error.issues));
  return result.data;
}

let cached: { site: Site; taxonomy: Taxonomy; root: string } | undefined;

export function loadSettings(): { site: Site; taxonomy: Taxonomy } {
  const root = contentRoot();
  if (!cached || cached.root !== root) {
    cached = {
      root,
      site: readJson('site.json', (d) => siteSchema.safeParse(d)),
      taxonomy: readJson('taxonomy.json', (d) => taxonomySchema.safeParse(d)),
    };
  }
  return cached;
}
