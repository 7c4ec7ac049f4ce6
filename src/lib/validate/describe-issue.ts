/**
 * Words for a Zod issue that a volunteer editor can act on: what was wrong
 * (quoting what they wrote) and what is allowed. The schemas' own messages say
 * what is allowed; this adds the value, a "did you mean", and plain words for
 * the few checks that carry Zod's default English.
 */
import type { z } from 'astro/zod';
import { closest } from './suggest';

type Issue = z.core.$ZodIssue;

const TYPE_WORDS: Record<string, string> = {
  string: 'must be text',
  number: 'must be a number',
  int: 'must be a whole number',
  boolean: 'must be true or false',
  array: 'must be a list (one item per line, each starting "- ")',
  object: 'must be a group of fields (indented "name: value" lines)',
  date: 'must be a date written YYYY-MM-DD, e.g. 2021-03-24',
};

/** Zod's default messages start like this; ours start "must", "is" or a quoted value. */
const isDefaultMessage = (message: string) => /^(Invalid|Too (big|small)|Expected|Unrecognized)/.test(message);

export function describeIssue(issue: Issue, value: unknown): string {
  const allowed = whatIsAllowed(issue);
  // Zod says "expected string" (or "invalid option") for a field left out; an editor needs "missing".
  if (issue.code !== 'custom' && (value === undefined || value === null)) {
    const problem = value === undefined ? 'is required but missing' : 'is required but empty';
    return isGenericTypeWords(allowed) ? problem : `${problem}; ${allowed}`;
  }
  let message = allowed;
  // A private person's name is never repeated into build logs, which may be public.
  const shown = issue.code === 'custom' && issue.params?.private ? undefined : show(value);
  if (shown !== undefined && !mentions(message, value, shown)) message += `; you wrote ${shown}`;
  const suggestion = typeof value === 'string' ? closest(value, allowedValues(issue)) ?? addScheme(value, message) : undefined;
  if (suggestion) message += `. Did you mean "${suggestion}"?`;
  return message;
}

export function unknownFieldMessage(key: string, allowed: readonly string[]): string {
  const suggestion = closest(key, allowed);
  if (suggestion) return `is not a known field: did you mean "${suggestion}"? Correct the spelling, or remove it`;
  if (allowed.length) return `is not a known field here; remove it, or use one of: ${allowed.join(', ')}`;
  return 'is not a known field here; remove it';
}

/** The schema's message, or plain words in place of Zod's default English. */
function whatIsAllowed(issue: Issue): string {
  if (!isDefaultMessage(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return TYPE_WORDS[issue.expected] ?? `must be ${issue.expected}`;
    case 'too_small':
      if (issue.origin === 'array') return Number(issue.minimum) <= 1 ? 'must list at least one item' : `must list at least ${issue.minimum} items`;
      if (issue.origin === 'string') return `must be at least ${issue.minimum} characters`;
      return issue.inclusive ? `must be ${issue.minimum} or more` : `must be more than ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'array') return `must list at most ${issue.maximum} items`;
      if (issue.origin === 'string') return `must be at most ${issue.maximum} characters`;
      return issue.inclusive ? `must be ${issue.maximum} or less` : `must be less than ${issue.maximum}`;
    case 'invalid_value':
      return issue.values.length === 1 ? `must be ${show(issue.values[0]) ?? String(issue.values[0])}` : `must be one of: ${issue.values.map(String).join(', ')}`;
    case 'invalid_format':
      return issue.format === 'regex' ? 'is not in the expected form' : `must be a valid ${issue.format}`;
    case 'not_multiple_of':
      return `must be a multiple of ${issue.divisor}`;
    case 'invalid_union':
      return 'is not in any of the allowed forms';
    default:
      return 'is not allowed here';
  }
}

/** Plain type words add nothing to "is required but missing"; a format (a date, an amount) does. */
function isGenericTypeWords(message: string): boolean {
  return ['string', 'number', 'int', 'boolean', 'array', 'object'].some((type) => TYPE_WORDS[type] === message);
}

/** The values a list-of-choices field accepts: Zod enums carry them, taxonomy fields pass them as params. */
function allowedValues(issue: Issue): string[] {
  if (issue.code === 'invalid_value') return issue.values.filter((v): v is string => typeof v === 'string');
  if (issue.code === 'custom' && Array.isArray(issue.params?.allowed)) return issue.params.allowed as string[];
  return [];
}

/** "www.example.org" where a web address is wanted: the editor left out https://. */
function addScheme(value: string, message: string): string | undefined {
  return message.includes('https://') && /^[a-z0-9-]+(\.[a-z0-9-]+)+(\/\S*)?$/i.test(value) ? `https://${value}` : undefined;
}

/**
 * Whether the message already quotes the value (e.g. "51.8 is outside Barnet"),
 * so it is not repeated. A whole token only: 5 is not in "£5,000", nor "N3" in the example "N3 1AB".
 */
function mentions(message: string, value: unknown, shown: string): boolean {
  if (typeof value === 'string' && message.includes(shown)) return true;
  const token = (value instanceof Date ? shown : String(value)).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[\\s(])${token}($|[\\s);,]|\\.(?!\\d))`).test(message);
}

/** What the editor wrote, short enough for one line; undefined for lists and groups (too long to quote). */
function show(value: unknown): string | undefined {
  // Nothing to quote in blank text: the message already says it must not be empty.
  if (typeof value === 'string' && !value.trim()) return undefined;
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date && !Number.isNaN(value.valueOf())) return value.toISOString().slice(0, 10);
  return undefined;
}
