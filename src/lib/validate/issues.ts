/**
 * One content problem = one line: file, field, what was wrong and what is allowed.
 */
import type { z } from 'astro/zod';

export interface ContentIssue {
  /** Path relative to the content folder, e.g. organisations/age-uk-barnet.md. */
  file: string;
  /** Dotted path to the field, e.g. locations.0.postcode, or "(file)". */
  field: string;
  message: string;
}

export function formatIssues(file: string, issues: readonly z.core.$ZodIssue[]): ContentIssue[] {
  return issues.map((issue) => ({
    file,
    field: issue.path.length ? issue.path.map(String).join('.') : '(entry)',
    message: describe(issue),
  }));
}

function describe(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'is required but missing';
  if (issue.code === 'unrecognized_keys')
    return `has unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}: check the spelling, or remove ${issue.keys.length > 1 ? 'them' : 'it'}`;
  return issue.message;
}

export function issueLine(i: ContentIssue): string {
  return `${i.file}: ${i.field}: ${i.message}`;
}

export class ContentError extends Error {
  constructor(readonly issues: ContentIssue[]) {
    super(`${issues.length} content problem${issues.length === 1 ? '' : 's'}:\n${issues.map(issueLine).join('\n')}`);
    this.name = 'ContentError';
  }
}
