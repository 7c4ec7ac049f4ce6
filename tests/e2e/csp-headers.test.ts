/**
 * The headers the built site ships for static hosts (dist/_headers for Netlify and
 * Cloudflare Pages, dist/_headers.nginx.conf with deploy/nginx.conf for nginx), checked
 * against the pages actually built: every page gets exactly one Content-Security-Policy,
 * public pages never allow inline script or eval, WebAssembly only where Pagefind runs,
 * and every inline <script> and <style> a page has is allowed by a hash in its policy.
 * That the browser really enforces them is csp-browser.test.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { COMMON_HEADERS, parsePolicy } from '../../src/lib/security/csp';
import { headersFor, parseHeadersFile, servedPathOf } from '../../src/lib/security/header-rules';
import { cspHash, scanPage } from '../../src/lib/security/page-scan';
import { listHtmlFiles } from '../support/built-pages';
import { distDir, repoRoot } from '../support/paths';
import { readHarnessSettings } from '../support/site-settings';

const dist = distDir();
const htmlFiles = listHtmlFiles(dist);
const headersPath = join(dist, '_headers');
const rules = existsSync(headersPath) ? parseHeadersFile(readFileSync(headersPath, 'utf8')) : [];

interface PageFacts {
  file: string;
  path: string;
  policies: string[];
  scan: ReturnType<typeof scanPage>;
}
const pages: PageFacts[] = htmlFiles.map((file) => {
  const path = servedPathOf(file);
  const csp = headersFor(rules, path).get('content-security-policy');
  // headersFor joins the values of overlapping rules with ", ": a browser reads that as several policies.
  return { file, path, policies: csp ? csp.split(', ') : [], scan: scanPage(readFileSync(join(dist, file), 'utf8')) };
});
const isAdmin = (page: PageFacts) => page.file.startsWith('admin/');
const publicPages = pages.filter((page) => !isAdmin(page));
const sources = (page: PageFacts, directive: string) => parsePolicy(page.policies[0] ?? '').get(directive) ?? [];

test('the build writes _headers and the nginx map', () => {
  expect(existsSync(headersPath)).toBe(true);
  expect(existsSync(join(dist, '_headers.nginx.conf'))).toBe(true);
  expect(publicPages.length).toBeGreaterThan(1);
});

test('every response gets the common security headers', () => {
  for (const path of ['/', '/explore/', '/admin/', '/_astro/x.js', '/no-such-page/']) {
    const headers = headersFor(rules, path);
    for (const [name, value] of Object.entries(COMMON_HEADERS)) expect(headers.get(name.toLowerCase()), `${name} on ${path}`).toBe(value);
  }
});

test('each page is covered by exactly one Content-Security-Policy (overlapping rules would stack two)', () => {
  const wrong = pages.filter((page) => page.policies.length !== 1).map((page) => `${page.path}: ${page.policies.length} policies`);
  expect(wrong).toEqual([]);
});

test("no public page allows inline script, inline style or eval; each restricts plugins, base and framing", () => {
  const problems: string[] = [];
  for (const page of publicPages) {
    const policy = page.policies[0] ?? '';
    for (const bad of ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", "'strict-dynamic'"]) if (policy.includes(bad)) problems.push(`${page.path}: ${bad}`);
    for (const directive of ['script-src', 'style-src']) {
      const loose = sources(page, directive).filter((source) => /^(\*|https?:|data:|blob:)$/.test(source) || source.includes('*'));
      if (loose.length) problems.push(`${page.path}: ${directive} allows ${loose.join(' ')}`);
    }
    if (sources(page, 'default-src').join(' ') !== "'self'") problems.push(`${page.path}: default-src is not 'self'`);
    if (sources(page, 'object-src').join(' ') !== "'none'") problems.push(`${page.path}: object-src is not 'none'`);
    if (sources(page, 'base-uri').join(' ') !== "'none'") problems.push(`${page.path}: base-uri is not 'none'`);
    if (sources(page, 'frame-ancestors').join(' ') !== "'none'") problems.push(`${page.path}: frame-ancestors is not 'none'`);
  }
  expect(problems).toEqual([]);
});

test("'wasm-unsafe-eval' is on the search page and Pagefind's files only", () => {
  const withWasm = publicPages.filter((page) => sources(page, 'script-src').includes("'wasm-unsafe-eval'")).map((page) => page.path);
  expect(withWasm).toContain('/explore/');
  // Only pages that run a script can use it; a handful at most, never the site at large.
  for (const path of withWasm) expect(pages.find((page) => page.path === path)!.scan.scriptSources.length, path).toBeGreaterThan(0);
  expect(withWasm.length).toBeLessThanOrEqual(5);
  expect(headersFor(rules, '/pagefind/pagefind-worker.js').get('content-security-policy')).toContain("'wasm-unsafe-eval'");
});

test('map tiles and the geocoder, from settings, are the only outside hosts a public page may use', () => {
  const { tileHost } = readHarnessSettings();
  const site = JSON.parse(readFileSync(resolve(process.env.CONTENT_DIR || resolve(repoRoot, 'content'), 'settings/site.json'), 'utf8'));
  const geocoderHost = new URL(site.geocoder.postcode_url.replace(/\{[a-z]+\}/g, '0')).host;
  for (const page of publicPages) {
    const outside = (directive: string) => sources(page, directive).filter((source) => /^https?:\/\//.test(source)).map((source) => new URL(source.replace('*.', 'wildcard.')).host.replace(/^wildcard\./, ''));
    expect(outside('img-src'), page.path).toEqual([tileHost]);
    expect(outside('connect-src'), page.path).toEqual([geocoderHost]);
    expect(outside('script-src'), page.path).toEqual([]);
    expect(outside('style-src'), page.path).toEqual([]);
  }
});

test("every inline <script> and <style> on a page is allowed by a hash in that page's policy", () => {
  const missing: string[] = [];
  for (const page of pages) {
    const scripts = sources(page, 'script-src');
    const styles = sources(page, 'style-src');
    for (const text of page.scan.inlineScripts) if (!scripts.includes(`'${cspHash(text)}'`)) missing.push(`${page.path}: <script> ${text.slice(0, 60)}`);
    if (styles.includes("'unsafe-inline'")) continue; // the CMS only
    for (const text of page.scan.inlineStyles) if (!styles.includes(`'${cspHash(text)}'`)) missing.push(`${page.path}: <style> ${text.slice(0, 60)}`);
  }
  expect(missing).toEqual([]);
});

test('no page has markup a hash-based policy cannot allow (on…= handlers, style=, javascript: links)', () => {
  expect(publicPages.flatMap((page) => page.scan.blocked.map((problem) => `${page.path}: ${problem}`))).toEqual([]);
});

test('the 404 page, served at any missing path, carries its policy in a <meta> first in <head> too', () => {
  const html = readFileSync(join(dist, '404.html'), 'utf8');
  const meta = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/);
  const header = pages.find((page) => page.file === '404.html')!.policies[0]!;
  // frame-ancestors only works as a header.
  expect(meta?.[1]?.replace(/&#39;/g, "'")).toBe(header.replace(/; frame-ancestors 'none'/, ''));
  const head = html.slice(html.indexOf('<head>'), html.indexOf(meta![0]));
  expect(head).not.toMatch(/<(script|style|link)\b/);
});

test('the CMS gets its own policy: eval for its schema compiler, inline styles, GitHub for content', () => {
  const admin = pages.find((page) => page.path === '/admin/')!;
  expect(sources(admin, 'script-src')).toContain("'unsafe-eval'");
  expect(sources(admin, 'script-src')).not.toContain("'unsafe-inline'");
  expect(sources(admin, 'connect-src')).toContain('https://api.github.com');
  expect(sources(admin, 'frame-ancestors')).toEqual(["'none'"]);
});

test('Cloudflare Pages limits: at most 100 rules, no line over 2,000 characters', () => {
  const text = readFileSync(headersPath, 'utf8');
  expect(rules.length).toBeLessThanOrEqual(100);
  expect(Math.max(...text.split('\n').map((line) => line.length))).toBeLessThanOrEqual(2000);
});

describe('nginx', () => {
  const map = readFileSync(join(dist, '_headers.nginx.conf'), 'utf8');
  // nginx reads "\\" in a quoted string as one backslash.
  const entries = [...map.matchAll(/^ {2}"~(.+)" "(.+)";$/gm)].map(
    ([, pattern, policy]) => [new RegExp(pattern!.replace(/\\\\/g, '\\')), policy!.replace(/\\"/g, '"')] as const,
  );
  const pick = (uri: string) => entries.find(([pattern]) => pattern.test(uri))?.[1];

  test('the map gives each page the policy _headers gives it, also after nginx rewrites to index.html', () => {
    const differ: string[] = [];
    for (const page of pages) {
      if (pick(page.path) !== page.policies[0]) differ.push(page.path);
      if (page.path.endsWith('/') && pick(`${page.path}index.html`) !== page.policies[0]) differ.push(`${page.path}index.html`);
    }
    expect(differ).toEqual([]);
    expect(pick('/pagefind/pagefind-worker.js')).toBe(headersFor(rules, '/pagefind/pagefind-worker.js').get('content-security-policy'));
  });

  test('deploy/nginx.conf includes the map, sends its policy and the same common headers as _headers', () => {
    const conf = readFileSync(join(repoRoot, 'deploy/nginx.conf'), 'utf8');
    expect(conf).toMatch(/^include \S+\/_headers\.nginx\.conf;$/m);
    expect(conf).toMatch(/add_header Content-Security-Policy \$site_csp always;/);
    expect(map).toMatch(/^map \$uri \$site_csp \{$/m);
    const added = Object.fromEntries([...conf.matchAll(/^\s*add_header ([\w-]+) "([^"]*)" always;$/gm)].map(([, name, value]) => [name!, value!]));
    expect(added).toEqual(COMMON_HEADERS);
  });
});
