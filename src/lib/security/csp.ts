/**
 * The Content-Security-Policy each kind of page gets. Three kinds:
 *
 * - `page`: every public page. Scripts and styles only from our own files (plus
 *   the hashes of the few inline blocks the build emits), images from us and the
 *   map tile host, fetches to us and the postcode geocoder. No 'unsafe-inline',
 *   no 'unsafe-eval': editor text that slipped past sanitising still cannot run.
 * - `search`: a page that runs Pagefind, and Pagefind's own files. Pagefind
 *   compiles WebAssembly, which needs 'wasm-unsafe-eval' (it allows compiling
 *   WebAssembly, not JavaScript eval). It does so in its worker
 *   (/pagefind/pagefind-worker.js, a same-origin file, so no blob: worker-src),
 *   which is governed by the policy sent with that file, and falls back to the
 *   page itself when a worker cannot start: both get it, no other page does.
 * - `admin`: Decap CMS. It compiles its config schema with Ajv (new Function,
 *   so 'unsafe-eval'), injects CSS-in-JS <style> elements ('unsafe-inline' for
 *   styles only), and talks to GitHub's API and shows images from GitHub.
 *
 * Hosts come from settings (content/settings/site.json), so another area with
 * another tile server or geocoder gets a policy that fits without code changes.
 */

export type PageKind = 'page' | 'search' | 'admin';

export interface PolicyInputs {
  /** Map tile URL template from settings, e.g. https://{s}.tile.example.org/{z}/{x}/{y}.png */
  tileUrl: string;
  /** Geocoder URL templates from settings (postcode and outcode look-ups). */
  geocoderUrls: string[];
  /** 'sha256-…' hashes of inline <script> blocks on pages of this kind. */
  scriptHashes?: string[];
  /** 'sha256-…' hashes of inline <style> blocks on pages of this kind. */
  styleHashes?: string[];
}

/** Where the Decap GitHub backend and its media live. */
const GITHUB_API = 'https://api.github.com';
const GITHUB_MEDIA = ['https://raw.githubusercontent.com', 'https://avatars.githubusercontent.com'];

/**
 * The CSP source for a URL template's origin. A `{s}` subdomain placeholder
 * (https://{s}.tile.openstreetmap.org) becomes a wildcard host (https://*.tile.openstreetmap.org).
 */
export function templateSource(template: string): string {
  const url = new URL(template.replace(/^(https?:\/\/)\{[a-z]+\}\./i, '$1placeholder-subdomain.').replace(/\{[a-z]+\}/gi, '0'));
  const host = url.host.replace(/^placeholder-subdomain\./, '*.');
  return `${url.protocol}//${host}`;
}

const quoteHash = (hash: string) => `'${hash.replace(/^'|'$/g, '')}'`;
const unique = (values: string[]) => [...new Set(values)];

/** The policy's directives, in a stable order; join with `; ` for the header. */
export function policyDirectives(kind: PageKind, inputs: PolicyInputs): string[] {
  const scriptHashes = unique(inputs.scriptHashes ?? []).sort().map(quoteHash);
  const styleHashes = unique(inputs.styleHashes ?? []).sort().map(quoteHash);
  const tiles = templateSource(inputs.tileUrl);
  const geocoders = unique(inputs.geocoderUrls.map(templateSource));

  if (kind === 'admin') {
    return [
      "default-src 'self'",
      `script-src 'self' 'unsafe-eval' ${scriptHashes.join(' ')}`.trim(),
      "style-src 'self' 'unsafe-inline'",
      `img-src 'self' data: blob: ${GITHUB_MEDIA.join(' ')}`,
      // blob: because Decap reads back a just-uploaded image with fetch(blob:…) before saving it.
      `connect-src 'self' blob: ${GITHUB_API} ${GITHUB_MEDIA.join(' ')}`,
      "font-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "form-action 'self'",
      "frame-ancestors 'none'",
    ];
  }
  const wasm = kind === 'search' ? " 'wasm-unsafe-eval'" : '';
  return [
    "default-src 'self'",
    `script-src 'self'${wasm} ${scriptHashes.join(' ')}`.trim(),
    `style-src 'self' ${styleHashes.join(' ')}`.trim(),
    // data: for Leaflet's own images (its blank tile, bundled marker icons); an image cannot run script.
    `img-src 'self' data: ${tiles}`,
    `connect-src 'self' ${geocoders.join(' ')}`.trim(),
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
}

export function contentSecurityPolicy(kind: PageKind, inputs: PolicyInputs): string {
  return policyDirectives(kind, inputs).join('; ');
}

/** A policy as a map from directive name to its sources, for tests and checks. */
export function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** Headers every response gets, whatever it is. */
export const COMMON_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  // Only "use my location" on the explore page asks for anything, and only from our own pages.
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(self), payment=(), usb=()',
  'X-Frame-Options': 'DENY',
  // HTTPS only from the first visit on; browsers ignore this header over plain HTTP.
  'Strict-Transport-Security': 'max-age=31536000',
};
