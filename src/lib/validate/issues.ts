/**
 * One content problem = one line: file, field, what was wrong and what is allowed.
 */
import type { z } from 'astro/zod';
import { describeIssue, unknownFieldMessage } from './describe-issue';
import { allowedKeys } from './schema-keys';

export interface ContentIssue {
  /** Path relative to the content folder, e.g. organisations/age-uk-barnet.md. */
  file: string;
  /** Where in the file, e.g. locations[1].postcode (list items counted from 1, as an editor counts), or "(front matter)". */
  field: string;
  /** What was wrong and what is allowed, in plain words. */
  message: string;
}

/**
 * A field's path as an editor reads it: list items are counted from 1, so the
 * first location's postcode is locations[1].postcode.
 */
export function fieldName(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(entry)';
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part + 1}]` : `${i === 0 ? '' : '.'}${String(part)}`))
    .join('');
}

/** The value the editor wrote at `path` in the raw front matter, if any. */
export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const part of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[part];
  }
  return value;
}

/**
 * Turns Zod's issues for one file into content issues. `data` is the raw front
 * matter (so messages can quote what the editor wrote) and `schema` the schema
 * it was checked against (so an unknown field can be matched to a real one).
 */
export function formatIssues(file: string, issues: readonly z.core.$ZodIssue[], data?: unknown, schema?: z.ZodType): ContentIssue[] {
  return issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      // One line per unknown field, named by its own path, so each typo is its own problem.
      const allowed = schema ? allowedKeys(schema, issue.path) : [];
      return issue.keys.map((key) => ({ file, field: fieldName([...issue.path, key]), message: unknownFieldMessage(key, allowed) }));
    }
    return [{ file, field: fieldName(issue.path), message: describeIssue(issue, valueAt(data, issue.path)) }];
  });
}

/** The single line an editor reads: "file: field: message". Never more than one line. */
export function issueLine(i: ContentIssue): string {
  return `${i.file}: ${i.field}: ${i.message}`.replace(/\s*[\r\n]+\s*/g, ' ');
}

/** The whole report, with a heading saying how many problems and how to read the lines. */
export function issueReport(issues: readonly ContentIssue[], where = 'content'): string {
  const heading = `${issues.length} content problem${issues.length === 1 ? '' : 's'} in ${where} (file: field: what is wrong; list items are counted from 1):`;
  return [heading, ...issues.map(issueLine)].join('\n');
}

export class ContentError extends Error {
  constructor(readonly issues: ContentIssue[]) {
    super(issueReport(issues));
    this.name = 'ContentError';
  }
}
