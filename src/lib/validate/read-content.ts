/**
 * Reads every entry file of every collection as raw front matter + body, so all
 * problems can be reported in one run (Astro's own sync stops at the first).
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import yaml from 'js-yaml';
import { SLUG_PATTERN } from '../../schemas/fields';
import type { ContentIssue } from './issues';

export interface RawEntry {
  collection: string;
  /** The file name without .md: the entry's id. */
  id: string;
  /** Path relative to the content folder. */
  file: string;
  data: Record<string, unknown>;
  body: string;
}

// Astro parses front matter with js-yaml 4; use the same so values match (dates become Dates).
const engines = { yaml: { parse: (s: string) => (yaml.load(s) ?? {}) as object, stringify: () => '' } };

export function readCollection(root: string, collection: string): { entries: RawEntry[]; issues: ContentIssue[] } {
  const dir = join(root, collection);
  const entries: RawEntry[] = [];
  const issues: ContentIssue[] = [];
  if (!existsSync(dir)) return { entries, issues };
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith('.md')) continue;
    const file = `${collection}/${name}`;
    const id = name.slice(0, -3);
    if (!SLUG_PATTERN.test(id)) {
      issues.push({ file, field: '(file name)', message: `"${id}" must be lower-case letters, digits and single hyphens, e.g. "barnet-food-hub.md"` });
      continue;
    }
    try {
      const parsed = matter(readFileSync(join(dir, name), 'utf8'), { engines, language: 'yaml' } as never);
      if (typeof parsed.data !== 'object' || parsed.data === null || Array.isArray(parsed.data)) {
        issues.push({ file, field: '(front matter)', message: 'must be a set of "field: value" lines between --- lines' });
        continue;
      }
      entries.push({ collection, id, file, data: parsed.data as Record<string, unknown>, body: parsed.content });
    } catch (error) {
      const e = error as Error & { mark?: { line: number; column: number }; reason?: string };
      const where = e.mark ? ` at line ${e.mark.line + 2}, column ${e.mark.column + 1}` : '';
      issues.push({ file, field: '(front matter)', message: `is not valid YAML${where}: ${e.reason ?? e.message.split('\n')[0]}. Check for a missing colon, unclosed quote or wrong indentation` });
    }
  }
  return { entries, issues };
}
