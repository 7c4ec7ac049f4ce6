/**
 * Validates the whole content folder in one pass: every entry against its
 * schema, then the links between entries. Returns every problem, not the first.
 */
import { buildSchemas, COLLECTIONS } from '../../schemas';
import { contentRoot } from '../content-root';
import { loadSettings } from '../settings';
import { checkIntegrity, type Parsed, type ParsedContent } from './integrity';
import { ContentError, formatIssues, type ContentIssue } from './issues';
import { readCollection } from './read-content';

export function validateContent(root = contentRoot()): { issues: ContentIssue[]; content?: ParsedContent } {
  let settings;
  try {
    settings = loadSettings();
  } catch (error) {
    if (error instanceof ContentError) return { issues: error.issues };
    throw error;
  }
  const schemas = buildSchemas(settings.site, settings.taxonomy);
  const issues: ContentIssue[] = [];
  const parsed: Record<string, Parsed<unknown>[]> = {};
  for (const collection of COLLECTIONS) {
    const { entries, issues: readIssues } = readCollection(root, collection);
    issues.push(...readIssues);
    parsed[collection] = [];
    for (const entry of entries) {
      const result = schemas[collection].safeParse(entry.data);
      if (result.success) parsed[collection].push({ id: entry.id, file: entry.file, data: result.data });
      else issues.push(...formatIssues(entry.file, result.error.issues));
    }
  }
  const content = parsed as unknown as ParsedContent;
  issues.push(...checkIntegrity(content));
  return { issues, content };
}
