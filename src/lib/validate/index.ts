/**
 * Validates a whole content folder in one pass: the settings, every entry
 * against its schema, then the links between entries. Returns every problem,
 * not just the first, each as one line an editor can act on.
 */
import { buildSchemas, COLLECTIONS } from '../../schemas';
import { contentRoot } from '../content-root';
import { readSettings } from '../settings';
import { checkIntegrity, type KnownIds, type Parsed, type ParsedContent } from './integrity';
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
  const known: Record<string, Set<string>> = {};
  for (const collection of COLLECTIONS) {
    const { entries, issues: readIssues } = readCollection(root, collection);
    issues.push(...readIssues);
    parsed[collection] = [];
    known[collection] = new Set(entries.map((e) => e.id));
    for (const entry of entries) {
      const schema = schemas[collection];
      // reportInput keeps the value on each issue; messages quote what the editor wrote.
      const result = schema.safeParse(entry.data, { reportInput: true });
      if (result.success) parsed[collection].push({ id: entry.id, file: entry.file, data: result.data });
      else issues.push(...formatIssues(entry.file, result.error.issues, entry.data, schema));
    }
  }
  const content = parsed as unknown as ParsedContent;
  issues.push(...checkIntegrity(content, known as unknown as KnownIds));
  return { issues, content };
}
