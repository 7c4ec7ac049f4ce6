import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { contentDir } from './paths';

/** The few settings the harness needs: which origin is "us", and which host serves map tiles. */
export interface HarnessSettings {
  /** The public origin of the site (site_url), so absolute links to ourselves are checked too. */
  siteOrigin: string;
  /** Host of the map tile URL template, the one third party a page may call while loading. */
  tileHost: string | undefined;
}

export function readHarnessSettings(): HarnessSettings {
  const site = JSON.parse(readFileSync(resolve(contentDir(), 'settings/site.json'), 'utf8')) as {
    site_url: string;
    map?: { tile_url?: string };
  };
  const tileUrl = site.map?.tile_url;
  return {
    siteOrigin: new URL(site.site_url).origin,
    // The template has {z}/{x}/{y} (and maybe {s}) placeholders: only the host matters here.
    tileHost: tileUrl ? new URL(tileUrl.replace(/\{s\}/g, 'a')).hostname.replace(/^a\./, '') : undefined,
  };
}
