/**
 * The area's settings (content/settings/site.json and taxonomy.json), checked
 * against their schemas. Errors name the file and field like every other
 * content error. Every function takes the content folder, so a test or the
 * validator can point at a fixture; pages use the default (CONTENT_DIR or content/).
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { siteSchema, taxonomySchema, type Site, type Taxonomy } from '../schemas/settings';
import { contentRoot } from './content-root';
import { checkSite, checkTaxonomy } from './validate/check-settings';
import { ContentError, formatIssues, type ContentIssue } from './validate/issues';

export interface Settings {
  site: Site;
  taxonomy: Taxonomy;
}

const FILES = ['site.json', 'taxonomy.json'] as const;

function readJson<T>(root: string, file: (typeof FILES)[number], schema: z.ZodType<T>): { data?: T; issues: ContentIssue[] } {
  const name = `settings/${file}`;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(join(root, 'settings', file), 'utf8'));
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    const message =
      e.code === 'ENOENT'
        ? `is missing: every site needs ${name} in its content folder (${root})`
        : e instanceof SyntaxError
          ? `is not valid JSON: ${e.message.replace(/ at position \d+ \(line (\d+) column (\d+)\)/, ' at line $1, column $2')}. Check for a missing comma or quote, or a comma after the last item`
          : `could not be read: ${e.message}`;
    return { issues: [{ file: name, field: '(file)', message }] };
  }
  const result = schema.safeParse(raw, { reportInput: true });
  if (!result.success) return { issues: formatIssues(name, result.error.issues, raw, schema) };
  return { data: result.data, issues: [] };
}

/** Reads and checks both settings files afresh, reporting every problem in either. */
export function readSettings(root: string = contentRoot()): { settings?: Settings; issues: ContentIssue[] } {
  const site = readJson(root, 'site.json', siteSchema);
  const taxonomy = readJson(root, 'taxonomy.json', taxonomySchema);
  const issues = [...site.issues, ...(site.data ? checkSite(site.data) : []), ...taxonomy.issues, ...(taxonomy.data ? checkTaxonomy(taxonomy.data) : [])];
  return site.data && taxonomy.data && !issues.length ? { settings: { site: site.data, taxonomy: taxonomy.data }, issues } : { issues };
}

// Cached per folder and re-read when either file changes, so a settings edit in
// the CMS shows in `astro dev` without a restart.
const cache = new Map<string, { stamp: string; settings: Settings }>();

function stampOf(root: string): string {
  return FILES.map((file) => {
    try {
      return statSync(join(root, 'settings', file)).mtimeMs;
    } catch {
      return 'missing';
    }
  }).join('|');
}

/** The settings for pages and the content config; throws ContentError listing every problem. */
export function loadSettings(root: string = contentRoot()): Settings {
  const hit = cache.get(root);
  // A production build reads settings that cannot change under it; every page asks, and the file checks added up.
  if (hit && process.env.NODE_ENV === 'production') return hit.settings;
  const stamp = stampOf(root);
  if (hit && hit.stamp === stamp) return hit.settings;
  const { settings, issues } = readSettings(root);
  if (!settings) throw new ContentError(issues);
  cache.set(root, { stamp, settings });
  return settings;
}
