import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { generate, parse as parseCss, walk } from 'css-tree';
import { MISSING_PATH } from './built-pages';

/** Where a URL appears: a page or stylesheet, the element and attribute, and the value as written. */
export interface Reference {
  from: string;
  where: string;
  value: string;
}

/** Attributes that point at another file, per element (https://html.spec.whatwg.org/#attributes-3). */
const URL_ATTRIBUTES: Array<[selector: string, attribute: string]> = [
  ['a[href]', 'href'],
  ['area[href]', 'href'],
  ['link[href]', 'href'],
  ['img[src]', 'src'],
  ['img[srcset]', 'srcset'],
  ['source[src]', 'src'],
  ['source[srcset]', 'srcset'],
  ['script[src]', 'src'],
  ['iframe[src]', 'src'],
  ['audio[src]', 'src'],
  ['video[src]', 'src'],
  ['video[poster]', 'poster'],
  ['track[src]', 'src'],
  ['embed[src]', 'src'],
  ['object[data]', 'data'],
  ['input[src]', 'src'],
  ['form[action]', 'action'],
  ['button[formaction]', 'formaction'],
  ['use[href]', 'href'],
  ['image[href]', 'href'],
  ['blockquote[cite]', 'cite'],
  ['q[cite]', 'cite'],
  ['meta[property="og:image"]', 'content'],
  ['meta[property="og:url"]', 'content'],
];

/** The path a built file is served at; the 404 page is served at any missing path, so its links must not be relative. */
export function servedPath(file: string): string {
  if (file === '404.html') return MISSING_PATH;
  if (file === 'index.html' || file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
  return `/${file}`;
}

/** The URL-valued attributes of a built HTML page, read with an HTML parser. */
export function referencesInHtml(file: string, html: string): { references: Reference[]; base: string | undefined } {
  const root = parse(html, { comment: false, blockTextElements: { script: true, style: true, noscript: false } });
  const references: Reference[] = [];
  for (const [selector, attribute] of URL_ATTRIBUTES) {
    for (const element of root.querySelectorAll(selector)) {
      const value = element.getAttribute(attribute) ?? '';
      const where = `<${element.tagName.toLowerCase()} ${attribute}>`;
      const values = attribute === 'srcset' ? srcsetUrls(value) : [value];
      for (const url of values) references.push({ from: file, where, value: url.trim() });
    }
  }
  const refresh = root.querySelector('meta[http-equiv="refresh" i]')?.getAttribute('content');
  const refreshUrl = refresh?.match(/url\s*=\s*['"]?([^'"]+)/i)?.[1];
  if (refreshUrl) references.push({ from: file, where: '<meta http-equiv=refresh>', value: refreshUrl });
  return { references, base: root.querySelector('base[href]')?.getAttribute('href') };
}

/** "a.jpg 1x, b.jpg 2x" → ["a.jpg", "b.jpg"]: a candidate is a URL, then an optional descriptor. */
function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(/,\s+/)
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);
}

/** url(...) references in a built stylesheet, read with a CSS parser. */
export function referencesInCss(file: string, css: string): Reference[] {
  const references: Reference[] = [];
  walk(parseCss(css, { parseValue: true, parseAtrulePrelude: true }), {
    visit: 'Url',
    enter(node) {
      references.push({ from: file, where: `url() in ${generate(node).slice(0, 60)}`, value: node.value });
    },
  });
  return references;
}

/** Checks references against the built files. One instance per dist folder: it caches each page's ids. */
export class LinkChecker {
  private readonly ids = new Map<string, Set<string>>();

  constructor(
    private readonly dist: string,
    /** The site's public origin: absolute links to it are internal links too. */
    private readonly siteOrigin: string,
  ) {}

  /** Why a reference is broken, or undefined when it resolves. Outside links are not followed: no network in tests. */
  problem(reference: Reference, base: string | undefined, fromPath: string): string | undefined {
    const { value } = reference;
    if (value === '') return reference.where.startsWith('<a') ? undefined : 'empty URL';
    let url: URL;
    try {
      url = new URL(value, new URL(base ?? fromPath, this.siteOrigin + fromPath));
    } catch {
      return 'not a valid URL';
    }
    if (url.protocol === 'javascript:') return 'javascript: URL (editor text and templates must not run script)';
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined; // mailto:, tel:, data:
    if (url.origin !== this.siteOrigin) return undefined;

    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      return `malformed percent-encoding in ${url.pathname}`;
    }
    // A same-page reference ("#main") points at the page itself, wherever it is served (the 404 page).
    const samePage = url.pathname === new URL(fromPath, this.siteOrigin).pathname && reference.from.endsWith('.html');
    const target = samePage ? reference.from : this.resolveFile(pathname);
    if (!target) return `no file in the build for ${pathname}`;

    const fragment = url.hash.slice(1);
    // "#/collections/…" is a route inside a single-page app (the CMS), not an element id.
    if (!fragment || !target.endsWith('.html') || fragment.startsWith(':~:') || fragment.startsWith('/')) return undefined;
    const id = decodeURIComponent(fragment);
    // "#top" and "#" scroll to the top of any document (HTML spec, "find a potential indicated element").
    if (id.toLowerCase() === 'top') return undefined;
    if (!this.idsOf(target).has(id)) return `no element with id="${id}" on ${pathname}`;
    return undefined;
  }

  /** The file a static host serves for a path: /x/ → x/index.html; /x → x, x/index.html (after a redirect) or x.html. */
  resolveFile(pathname: string): string | undefined {
    const relative = pathname.replace(/^\/+/, '');
    const candidates = pathname.endsWith('/')
      ? [`${relative}index.html`]
      : [relative, `${relative}/index.html`, `${relative}.html`];
    return candidates.find((candidate) => {
      const abs = join(this.dist, candidate);
      return abs.startsWith(this.dist) && existsSync(abs) && statSync(abs).isFile();
    });
  }

  private idsOf(file: string): Set<string> {
    let ids = this.ids.get(file);
    if (!ids) {
      const root: HTMLElement = parse(readFileSync(join(this.dist, file), 'utf8'), { comment: false });
      ids = new Set([
        ...root.querySelectorAll('[id]').map((element) => element.id),
        ...root.querySelectorAll('a[name]').map((element) => element.getAttribute('name') ?? ''),
      ]);
      this.ids.set(file, ids);
    }
    return ids;
  }
}
