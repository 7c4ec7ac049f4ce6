/**
 * What each page tells Pagefind so /explore/ can filter and show results:
 * filter names and values, and the short "type" and "place" shown on a result.
 * Shared by the pages that write this markup and the explore script that reads it.
 */
import type { Taxonomy } from '../schemas/settings';
import { orgThemes, orgWards, servesWholeArea } from './directory';
import type { Organisation } from '../schemas/organisation';

/** Pagefind filter names; keep in step with the explore page. */
export const FILTERS = { type: 'type', theme: 'theme', ward: 'ward' } as const;

/** The content type label of an organisation page. */
export const ORGANISATION_TYPE = 'Organisation';

type Labeller = (list: keyof Taxonomy, id: string) => string;

/**
 * Where an organisation is, in a few words: the wards of its venues; else the
 * wards its services name; else the whole area; else "Online or by phone".
 */
export function organisationPlace(org: Organisation, label: Labeller, areaName: string): string {
  const venueWards = [...new Set(org.locations.flatMap((l) => (l.ward ? [l.ward] : [])))];
  if (venueWards.length) return venueWards.map((w) => label('wards', w)).join(', ');
  if (servesWholeArea(org)) return `Across ${areaName}`;
  const wards = orgWards(org);
  if (wards.length) return wards.map((w) => label('wards', w)).join(', ');
  return 'No fixed venue';
}

/** The Pagefind filters and metadata for one organisation page. */
export function organisationSearchFacets(org: Organisation, label: Labeller, areaName: string) {
  return {
    type: ORGANISATION_TYPE,
    themes: orgThemes(org).map((t) => label('themes', t)),
    wards: orgWards(org).map((w) => label('wards', w)),
    place: organisationPlace(org, label, areaName),
  };
}

const TYPE_BY_PATH: [prefix: string, type: string][] = [
  ['/directory/themes/', 'Theme'],
  ['/directory/', ORGANISATION_TYPE],
  ['/funding/grants/', 'Funding decision'],
  ['/funding/', 'Funding'],
  ['/crowdfund/', 'Crowdfund project'],
  ['/meetings/', 'Meeting'],
  ['/boards/', 'Board'],
  ['/covenant/', 'Faith Covenant'],
  ['/wards/', 'Ward'],
];

/** A result's type when the page did not set one, from where it lives on the site. */
export function typeFromUrl(url: string): string {
  const path = url.startsWith('/') ? url : new URL(url).pathname;
  return TYPE_BY_PATH.find(([prefix]) => path.startsWith(prefix))?.[1] ?? 'Page';
}
