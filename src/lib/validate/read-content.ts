/**
 * Reads every entry file of every collection as raw front matter + body, so all
 * problems can be reported in one run (Astro's own sync stops at the first).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
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

/**
 * YAML as Astro reads it (js-yaml 4), except that dates stay as written. js-yaml
 * turns an unquoted 2021-02-30 into 2 March without complaint; kept as text, the
 * date check sees what the editor typed and can refuse an impossible day.
 */
const datesAsText = new yaml.Type('tag:yaml.org,2002:timestamp', {
  kind: 'scalar',
  // The same scalars js-yaml would read as timestamps; a type with the same tag replaces the built-in one.
  resolve: (data: string | null) => data !== null && /^\d{4}-\d\d?-\d\d?(?:[Tt ].*)?$/.test(data),
  construct: (data: string) => data,
});
const FRONT_MATTER_SCHEMA = yaml.DEFAULT_SCHEMA.extend({ implicit: [datesAsText] });
const engines = { yaml: { parse: (s: string) => (yaml.load(s, { schema: FRONT_MATTER_SCHEMA }) ?? {}) as object, stringify: () => '' } };

/** js-yaml's reasons, in words an editor recognises. */
const YAML_REASONS: [RegExp, string][] = [
  [/duplicated mapping key/, 'the same field is written twice'],
  [/bad indentation/, 'the indentation (spaces at the start of the line) is wrong'],
  [/can not read a block mapping entry; a multiline key may not be an implicit key/, 'a line is missing its "field: value" colon, or a value needs quotes'],
  [/end of the stream or a document separator is expected/, 'a line is not in "field: value" form, or a value needs quotes'],
  [/unexpected end of the stream within a (double|single) quoted scalar/, 'a quote is opened but never closed'],
  [/missed comma between flow collection entries/, 'a comma is missing between items in [ ]'],
  [/unexpected end of the stream within a flow collection/, 'a [ or { is opened but never closed'],
  [/incomplete explicit mapping pair; a key node is missed/, 'a value starts with a character that needs quotes, such as ? or :'],
];

export interface ReadResult {
  entries: RawEntry[];
  issues: ContentIssue[];
  /** Entry files that exist but could not be read (broken front matter): links to them are not "missing". */
  unreadable: { id: string; file: string }[];
}

export function readCollection(root: string, collection: string): ReadResult {
  const dir = join(root, collection);
  const entries: RawEntry[] = [];
  const issues: ContentIssue[] = [];
  const unreadable: { id: string; file: string }[] = [];
  if (!existsSync(dir)) return { entries, issues, unreadable };
  for (const name of readdirSync(dir).sort()) {
    const file = `${collection}/${name}`;
    // Hidden files (.gitkeep, .DS_Store) are not entries.
    if (name.startsWith('.') || statSync(join(dir, name)).isDirectory()) continue;
    if (!name.endsWith('.md')) {
      // Astro only publishes .md files: anything else here would be silently left out.
      issues.push({ file, field: '(file name)', message: 'is not published because it does not end ".md"; rename it to end ".md", or move it out of this folder' });
      continue;
    }
    const id = name.slice(0, -3);
    if (!SLUG_PATTERN.test(id)) {
      const better = id.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
      issues.push({ file, field: '(file name)', message: `"${id}" must be lower-case letters, digits and single hyphens${better ? `: rename the file to "${better}.md"` : ', e.g. "barnet-food-hub.md"'}` });
      continue;
    }
    const entry = readEntry(join(dir, name), collection, id, file);
    if ('issue' in entry) {
      issues.push(entry.issue);
      unreadable.push({ id, file });
    } else entries.push(entry);
  }
  return { entries, issues, unreadable };
}

function readEntry(path: string, collection: string, id: string, file: string): RawEntry | { issue: ContentIssue } {
  // Editors on Windows save CRLF; a byte-order mark would hide the opening ---.
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const problem = (message: string) => ({ issue: { file, field: '(front matter)', message } });
  if (!/^---[ \t]*\n/.test(text)) return problem('is missing: the file must start with a line of three hyphens (---), then the fields, then another --- line');
  if (!/\n---[ \t]*(\n|$)/.test(text.slice(3))) return problem('is not closed: add a line of three hyphens (---) after the last field, before the description');
  try {
    const parsed = matter(text, { engines, language: 'yaml' } as never);
    if (typeof parsed.data !== 'object' || parsed.data === null || Array.isArray(parsed.data))
      return problem('must be a set of "field: value" lines between the --- lines');
    return { collection, id, file, data: parsed.data as Record<string, unknown>, body: parsed.content };
  } catch (error) {
    return problem(describeYamlError(error as Error, text));
  }
}

function describeYamlError(e: Error & { mark?: { line: number; column: number }; reason?: string }, text: string): string {
  const reason = e.reason ?? e.message.split('\n')[0];
  let plain = YAML_REASONS.find(([pattern]) => pattern.test(reason))?.[1] ?? reason;
  if (!e.mark) return `is not valid YAML: ${plain}`;
  // The front matter starts after the opening --- line, which js-yaml counts as its line 0.
  let line = e.mark.line + 1;
  // An unclosed quote or bracket swallows the lines after it, so js-yaml notices only later
  // (often at the end); the line that opened it is the one to fix.
  const opened = unbalancedLine(text, line);
  if (opened !== undefined) {
    if (!/end of the stream/.test(reason)) plain = 'a quote or bracket is opened on this line but not closed';
    line = opened;
  }
  const source = text.split('\n')[line - 1]?.trim();
  const quoted = source ? ` (${JSON.stringify(source.length > 60 ? `${source.slice(0, 57)}...` : source)})` : '';
  return `is not valid YAML at line ${line}${quoted}: ${plain}. Check for a missing colon, an unclosed quote or wrong indentation`;
}

/** The first line (1-based, before `limit`) whose value opens a quote or bracket it does not close. */
function unbalancedLine(text: string, limit: number): number | undefined {
  const lines = text.split('\n');
  for (let i = 1; i < Math.min(limit, lines.length); i++) {
    // The value: after a list dash and a "field:" if there are any.
    const value = lines[i].replace(/^\s*(-\s+)?([^:"'[{]*:(\s+|$))?/, '');
    const count = (c: string) => value.split(c).length - 1;
    if ((value.startsWith('"') && count('"') % 2 === 1) || (value.startsWith("'") && count("'") % 2 === 1) || count('[') > count(']') || count('{') > count('}'))
      return i + 1;
  }
  return undefined;
}
