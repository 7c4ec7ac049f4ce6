/**
 * The response headers the site is served with: which policy each kind of page
 * gets, that the host rules give every page exactly one policy, and that the
 * `_headers` and nginx forms say the same thing.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { siteHeaders } from '../../src/integrations/security-headers';
import { contentSecurityPolicy, parsePolicy, templateSource } from '../../src/lib/security/csp';
import {
  formatHeadersFile,
  formatNginxMap,
  headersFor,
  parseHeadersFile,
  policyRules,
  rulePattern,
  servedPathOf,
} from '../../src/lib/security/header-rules';
import { cspHash, scanPage } from '../../src/lib/security/page-scan';

const hosts = {
  tileUrl: 'https://{s}.tiles.example.org/{z}/{x}/{y}.png',
  geocoderUrls: ['https://geo.example.org/postcodes/{postcode}', 'https://geo.example.org/outcodes/{outcode}'],
};

describe('policies', () => {
  test('hosts come from the URL templates in settings; a {s} subdomain becomes a wildcard', () => {
    expect(templateSource('https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png')).toBe('https://*.tile.openstreetmap.org');
    expect(templateSource('https://tile.openstreetmap.org/{z}/{x}/{y}.png')).toBe('https://tile.openstreetmap.org');
    expect(templateSource('https://api.postcodes.io/postcodes/{postcode}')).toBe('https://api.postcodes.io');
    const policy = parsePolicy(contentSecurityPolicy('page', hosts));
    expect(policy.get('img-src')).toEqual(["'self'", 'data:', 'https://*.tiles.example.org']);
    expect(policy.get('connect-src')).toEqual(["'self'", 'https://geo.example.org']);
  });

  test('public pages allow no inline script or eval, only our files and the hashes given', () => {
    const policy = parsePolicy(contentSecurityPolicy('page', { ...hosts, scriptHashes: ['sha256-abc='], styleHashes: ['sha256-def='] }));
    expect(policy.get('script-src')).toEqual(["'self'", "'sha256-abc='"]);
    expect(policy.get('style-src')).toEqual(["'self'", "'sha256-def='"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.has('worker-src')).toBe(false);
  });

  test('only a search page may compile WebAssembly (Pagefind); its worker is our own file, not a blob:', () => {
    const search = parsePolicy(contentSecurityPolicy('search', hosts));
    expect(search.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(search.get('default-src')).toEqual(["'self'"]);
    expect(search.has('worker-src')).toBe(false);
    expect(contentSecurityPolicy('page', hosts)).not.toContain('wasm-unsafe-eval');
  });

  test('the CMS gets eval for its schema compiler and inline styles, but inline scripts still need a hash', () => {
    const admin = parsePolicy(contentSecurityPolicy('admin', hosts));
    expect(admin.get('script-src')).toEqual(["'self'", "'unsafe-eval'"]);
    expect(admin.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(admin.get('connect-src')).toContain('https://api.github.com');
  });
});

describe('scanning a built page', () => {
  test('finds inline scripts to hash, but not JSON-LD data blocks or external scripts', () => {
    const scan = scanPage(
      '<html><head><script type="application/ld+json">{"a":1}</script><script type="module" src="/_astro/x.js"></script>' +
        '<script>console.log(1)</script><style>p{color:red}</style></head><body></body></html>',
    );
    expect(scan.inlineScripts).toEqual(['console.log(1)']);
    expect(scan.inlineStyles).toEqual(['p{color:red}']);
    expect(scan.scriptSources).toEqual(['/_astro/x.js']);
    expect(scan.dataBlocks).toEqual([{ type: 'application/ld+json', text: '{"a":1}' }]);
    expect(scan.blocked).toEqual([]);
  });

  test('the hash is the one browsers compute: SHA-256 of the exact text, base64', () => {
    // The example from the CSP specification's "hash-source" section.
    expect(cspHash("alert('Hello, world.');")).toBe('sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng=');
  });

  test('reports handler attributes, style attributes and script URLs, which no hash can allow', () => {
    const scan = scanPage('<p onclick="x()">a</p><div style="color:red">b</div><a href=" JavaScript:alert(1)">c</a><a href="https://ok.example">d</a>');
    expect(scan.blocked).toHaveLength(3);
    expect(scan.blocked.join('\n')).toMatch(/onclick/);
    expect(scan.blocked.join('\n')).toMatch(/style attribute/);
    expect(scan.blocked.join('\n')).toMatch(/script URL in href/);
  });

  test('reads attributes as the browser does (entities decoded, any case) and script text exactly as written', () => {
    const scan = scanPage(
      '<A HREF="java&#115;cript:alert(1)">a</A><IMG SRC=x OnError="y()">' +
        '<script>if (a < b && c > d) x("&amp;</p>")</script><!-- <script>hidden()</script> -->',
    );
    expect(scan.blocked).toEqual([
      '<a> has a script URL in href="javascript:alert(1)"',
      '<img> has an event-handler attribute onerror="y()"',
    ]);
    // Hashed byte for byte: entities inside a script are not decoded, and a comment holds no script.
    expect(scan.inlineScripts).toEqual(['if (a < b && c > d) x("&amp;</p>")']);
  });
});

describe('host rules', () => {
  test('built files map to the paths they are served at', () => {
    expect(servedPathOf('index.html')).toBe('/');
    expect(servedPathOf('directory/x/index.html')).toBe('/directory/x/');
    expect(servedPathOf('404.html')).toBe('/404.html');
  });

  const pages = new Map([
    ['/', 'page'],
    ['/404.html', 'page'],
    ['/about/', 'page'],
    ['/directory/', 'page'],
    ['/directory/a/', 'page'],
    ['/directory/b/', 'page'],
    ['/explore/', 'search'],
    ['/admin/', 'admin'],
    ['/tools/', 'page'],
    ['/tools/finder/', 'search'],
    ['/tools/list/', 'page'],
  ] as const);
  const rules = policyRules(new Map(pages));

  test('one rule per folder of one kind; exact paths where kinds mix', () => {
    expect(rules).toEqual([
      { path: '/', kind: 'page' },
      { path: '/404.html', kind: 'page' },
      { path: '/about/*', kind: 'page' },
      { path: '/admin/*', kind: 'admin' },
      { path: '/directory/*', kind: 'page' },
      { path: '/explore/*', kind: 'search' },
      { path: '/tools/', kind: 'page' },
      { path: '/tools/finder/*', kind: 'search' },
      { path: '/tools/list/*', kind: 'page' },
    ]);
  });

  test('every page matches exactly one policy rule, of its own kind', () => {
    for (const [path, kind] of pages) {
      const matching = rules.filter((rule) => rulePattern(rule.path).test(path));
      expect(matching, path).toEqual([expect.objectContaining({ kind })]);
    }
  });

  test('a _headers file reads back as written, and merges the rules that match a path', () => {
    const text = formatHeadersFile(
      [
        { path: '/*', headers: [['X-Content-Type-Options', 'nosniff']] },
        { path: '/explore/*', headers: [['Content-Security-Policy', "script-src 'self'"]] },
      ],
      ['generated'],
    );
    expect(text).toBe("# generated\n/*\n  X-Content-Type-Options: nosniff\n/explore/*\n  Content-Security-Policy: script-src 'self'\n");
    const parsed = parseHeadersFile(text);
    expect(Object.fromEntries(headersFor(parsed, '/explore/'))).toEqual({
      'x-content-type-options': 'nosniff',
      'content-security-policy': "script-src 'self'",
    });
    expect(Object.fromEntries(headersFor(parsed, '/about/'))).toEqual({ 'x-content-type-options': 'nosniff' });
  });

  test('rule paths follow Netlify and Cloudflare syntax', () => {
    expect(rulePattern('/explore/*').test('/explore/')).toBe(true);
    expect(rulePattern('/explore/*').test('/explore/x/y')).toBe(true);
    expect(rulePattern('/explore/*').test('/explorer/')).toBe(false);
    expect(rulePattern('/').test('/about/')).toBe(false);
    expect(rulePattern('/news/:slug').test('/news/a')).toBe(true);
    expect(rulePattern('/news/:slug').test('/news/a/b')).toBe(false);
  });

  test('the nginx map picks the same policy as _headers, also for the index file nginx rewrites to', () => {
    const map = formatNginxMap(
      [
        { path: '/', policy: 'p-root' },
        { path: '/404.html', policy: 'p-404' },
        { path: '/explore/*', policy: "p-search 'x'" },
      ],
      'site_csp',
      ['generated'],
    );
    const entries = [...map.matchAll(/^ {2}"~(.+)" "(.+)";$/gm)].map(([, pattern, policy]) => [new RegExp(pattern!.replace(/\\\\/g, '\\')), policy] as const);
    const pick = (uri: string) => entries.find(([pattern]) => pattern.test(uri))?.[1];
    expect(map).toMatch(/^map \$uri \$site_csp \{$/m);
    expect(pick('/')).toBe('p-root');
    expect(pick('/index.html')).toBe('p-root');
    expect(pick('/404.html')).toBe('p-404');
    expect(pick('/explore/')).toBe("p-search 'x'");
    expect(pick('/explore/index.html')).toBe("p-search 'x'");
    expect(pick('/about/')).toBeUndefined();
  });
});

describe('headers worked out from a built site', () => {
  const dist = mkdtempSync(join(tmpdir(), 'headers-'));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));
  const write = (file: string, text: string) => {
    mkdirSync(dirname(join(dist, file)), { recursive: true });
    writeFileSync(join(dist, file), text);
  };
  const page = (head: string) => `<!doctype html><html><head>${head}</head><body></body></html>`;

  test('a page whose scripts import Pagefind, even through another chunk, is a search page', () => {
    write('index.html', page('<script type="module" src="/_astro/home.js"></script>'));
    write('explore/index.html', page('<script type="module" src="/_astro/explore.js"></script>'));
    write('island/index.html', page('<script>console.log("island")</script>'));
    write('admin/index.html', page('<script type="module" src="/_astro/cms.js"></script>'));
    write('_astro/home.js', 'console.log("home")');
    write('_astro/explore.js', 'import{a}from"./shared.js";const l=()=>import("./search.js");');
    write('_astro/shared.js', 'export const a=1');
    write('_astro/search.js', 'export const load=(p)=>import(`${p}pagefind.js`)');
    write('_astro/cms.js', 'new Function("return 1")');
    const result = siteHeaders(dist, hosts);
    expect(Object.fromEntries(result.pages)).toEqual({ '/': 'page', '/admin/': 'admin', '/explore/': 'search', '/island/': 'page' });
    expect(result.problems).toEqual([]);
    const csp = (path: string) => headersFor(result.rules, path).get('content-security-policy') ?? '';
    expect(csp('/explore/')).toContain("'wasm-unsafe-eval'");
    expect(csp('/')).not.toContain('wasm');
    // Pagefind compiles its WebAssembly in a worker, under the policy sent with the worker's file.
    expect(csp('/pagefind/pagefind-worker.js')).toContain("'wasm-unsafe-eval'");
    // The inline script's hash is allowed on plain pages, where it is.
    expect(csp('/island/')).toContain(`'${cspHash('console.log("island")')}'`);
    expect(csp('/admin/')).toContain("'unsafe-eval'");
    expect(headersFor(result.rules, '/_astro/home.js').get('cache-control')).toMatch(/immutable/);
  });
});
