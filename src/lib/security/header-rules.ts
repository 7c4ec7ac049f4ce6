/**
 * Response headers for static hosts, as path rules: the `_headers` file that
 * Netlify and Cloudflare Pages read, and the same rules as an nginx `map`.
 *
 * Content-Security-Policy rules never overlap. When two rules match a path,
 * Cloudflare Pages sends both values joined by a comma, which a browser treats
 * as two policies that must both pass (so the stricter public policy would
 * block the search page's WebAssembly), while Netlify keeps only one. A policy
 * per top-level folder (`/directory/*`), split further only where pages of
 * different kinds share a folder, means exactly one policy for each page on
 * every host, in a few dozen rules (Cloudflare allows 100).
 */
import type { PageKind } from './csp';

export interface HeaderRule {
  /** `/`, `/explore/*` or `/404.html`: Netlify and Cloudflare path syntax. */
  path: string;
  headers: Array<[name: string, value: string]>;
}

export interface PagePolicyRule {
  path: string;
  kind: PageKind;
}

/** The path a built HTML file is served at: directory/x/index.html → /directory/x/, 404.html → /404.html. */
export function servedPathOf(file: string): string {
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
  return `/${file}`;
}

interface Node {
  kind?: PageKind;
  children: Map<string, Node>;
}

function kindsIn(node: Node, into = new Set<PageKind>()): Set<PageKind> {
  if (node.kind) into.add(node.kind);
  for (const child of node.children.values()) kindsIn(child, into);
  return into;
}

/**
 * One policy rule per folder whose pages are all of one kind, exact paths
 * where kinds mix. `pages` maps served paths (from servedPathOf) to kinds.
 */
export function policyRules(pages: Map<string, PageKind>): PagePolicyRule[] {
  const root: Node = { children: new Map() };
  for (const [path, kind] of pages) {
    // '/a/b/' → ['a/', 'b/']; '/a/x.html' → ['a/', 'x.html']: a trailing slash marks a folder.
    const parts = path.slice(1).match(/[^/]+\/?/g) ?? [];
    let node = root;
    for (const part of parts) {
      let next = node.children.get(part);
      if (!next) node.children.set(part, (next = { children: new Map() }));
      node = next;
    }
    node.kind = kind;
  }
  const rules: PagePolicyRule[] = [];
  const visit = (node: Node, path: string, isRoot: boolean) => {
    const kinds = kindsIn(node);
    if (kinds.size === 0) return;
    const isFolder = path.endsWith('/');
    if (!isRoot && isFolder && kinds.size === 1) {
      rules.push({ path: `${path}*`, kind: [...kinds][0]! });
      return;
    }
    if (node.kind) rules.push({ path, kind: node.kind });
    for (const [part, child] of [...node.children].sort(([a], [b]) => a.localeCompare(b))) visit(child, path + part, false);
  };
  visit(root, '/', true);
  return rules;
}

/** The `_headers` file: one block per rule, a comment first. */
export function formatHeadersFile(rules: HeaderRule[], comment: string[]): string {
  const lines = comment.map((line) => `# ${line}`.trimEnd());
  for (const rule of rules) {
    lines.push(rule.path);
    for (const [name, value] of rule.headers) lines.push(`  ${name}: ${value}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Reads a `_headers` file (comments, path lines, indented `Name: value` lines). */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: [] });
      continue;
    }
    const match = line.trim().match(/^([^:!\s][^:]*):\s*(.*)$/);
    if (match && rules.length) rules.at(-1)!.headers.push([match[1]!.trim(), match[2]!.trim()]);
  }
  return rules;
}

/** A rule path as a regular expression: `*` matches anything (even nothing), `:name` one segment. */
export function rulePattern(path: string): RegExp {
  const source = path
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((piece) => (piece === '*' ? '.*' : piece.startsWith(':') ? '[^/]+' : piece.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`);
}

/**
 * The headers a host sends for a path: every matching rule applies, and a header
 * set by several rules gets their values joined by ", " (Cloudflare Pages' rule,
 * the stricter one: an overlap in policies shows up as two policies).
 */
export function headersFor(rules: HeaderRule[], pathname: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const rule of rules) {
    if (!rulePattern(rule.path).test(pathname)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      headers.set(key, headers.has(key) ? `${headers.get(key)}, ${value}` : value);
    }
  }
  return headers;
}

const regexEscape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const nginxQuote = (text: string) => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/**
 * The policy rules as an nginx `map` from $uri to the policy, for the `http {}`
 * block (deploy/nginx.conf includes it). $uri may already be rewritten to the
 * index file (/about/ → /about/index.html), so exact folder paths accept both.
 */
export function formatNginxMap(rules: Array<{ path: string; policy: string }>, variable: string, comment: string[]): string {
  const lines = comment.map((line) => `# ${line}`.trimEnd());
  lines.push(`map $uri $${variable} {`, '  default "";');
  for (const { path, policy } of rules) {
    let pattern: string;
    if (path.endsWith('/*')) pattern = `^${regexEscape(path.slice(0, -1))}`;
    else if (path.endsWith('/')) pattern = `^${regexEscape(path)}(index\\.html)?$`;
    else pattern = `^${regexEscape(path)}$`;
    lines.push(`  ${nginxQuote(`~${pattern}`)} ${nginxQuote(policy)};`);
  }
  lines.push('}');
  return `${lines.join('\n')}\n`;
}
