/**
 * Validates a whole content folder in one pass: the settings, every entry
 * against its schema, then the links between entries. Returns every problem,
 * not just the first, each as one line an editor can act on.
 */
import { buildSchemas, COLLECTIONS } from '../../schemas';
import { contentRoot } from '../content-root';
import { readSettings } from '../settings';
import { checkIntegrity, type Parsed, type ParsedContent, type RawContent, type RawFile } from './integrity';
import { formatIssues, type ContentIssue } from './issues';
import { readCollection } from './read-content';

/**
 * `root` is the content folder (default: CONTENT_DIR or content/). Its own
 * settings decide the allowed wards, themes, map area and pledge limit.
 */
export function validateContent(root: string = contentRoot()): { issues: ContentIssue[]; content?: ParsedContent } {
  // Without valid settings the allowed values are unknown, so entries are checked only once they are fixed.
  const { settings, issues } = readSettings(root);
  if (!settings) return { issues };
  const schemas = buildSchemas(settings.site, settings.taxonomy);
  const parsed: Record<string, Parsed<unknown>[]> = {};
  const raw: Record<string, RawFile[]> = {};
  for (const collection of COLLECTIONS) {
    const { entries, issues: readIssues, unreadable } = readCollection(root, collection);
    issues.push(...readIssues);
    parsed[collection] = [];
    // A file with broken front matter still exists: links to it are not reported as missing.
    raw[collection] = unreadable.map(({ id, file }) => ({ id, file, data: undefined, problemFields: new Set(['(front matter)']) }));
    for (const entry of entries) {
      const schema = schemas[collection];
      const result = schema.safeParse(entry.data, { reportInput: true });
      const entryIssues = result.success ? [] : formatIssues(entry.file, result.error.issues, entry.data, schema);
      issues.push(...entryIssues);
      if (result.success) parsed[collection].push({ id: entry.id, file: entry.file, data: result.data });
      raw[collection].push({ id: entry.id, file: entry.file, data: entry.data, problemFields: new Set(entryIssues.map((i) => i.field)) });
    }
  }
  const content = parsed as unknown as ParsedContent;
  issues.push(...checkIntegrity(content, raw as unknown as RawContent));
  return { issues, content };
}
