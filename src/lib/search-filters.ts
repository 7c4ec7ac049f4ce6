/**
 * The explore page's filter groups, content types and age groups: the part of
 * the search vocabulary the browser needs too, so it imports nothing heavier
 * than itself (src/lib/search-meta.ts builds page facets from content).
 */

/** The filter groups, in the order the explore page shows them. Each is also a URL parameter. */
export const FILTER_NAMES = ['type', 'theme', 'ward', 'constituency', 'cost', 'age', 'language', 'delivery', 'access', 'day'] as const;
export type FilterName = (typeof FILTER_NAMES)[number];
export type Filters = Partial<Record<FilterName, string[]>>;

/**
 * The ward and constituency value of whatever is open to the whole area (a
 * borough-wide service, a grant for the whole borough). It is stored once
 * instead of under every ward: listed under all 24, such records made the ward
 * filter 1.5 MB (gzipped) at 10,000 organisations, and every search loads it.
 * The explore page adds it to any ward or constituency it searches for, and
 * its count to each option's (src/lib/explore-state.ts), so a resident
 * choosing their ward still finds everything open to them.
 */
export const WHOLE_AREA = 'whole-area';

/** The age value of a service open to every age: one value, like WHOLE_AREA, instead of all eight groups (the age filter was 355 KB at 10,000 organisations). */
export const ANY_AGE = 'any-age';

/**
 * For each group that has one, the value that stands for every option. The
 * explore page adds it to any search in that group, and its count to each
 * option's (src/lib/explore-state.ts).
 */
export const EVERY_OPTION: Partial<Record<FilterName, string>> = { ward: WHOLE_AREA, constituency: WHOLE_AREA, age: ANY_AGE };

export const FILTER_LEGENDS: Record<FilterName, string> = {
  type: 'Type of result',
  theme: 'Theme',
  ward: 'Ward',
  constituency: 'Constituency',
  cost: 'Cost',
  age: 'Age',
  language: 'Language spoken',
  delivery: 'How it is offered',
  access: 'Accessibility',
  day: 'Open on',
};

/** What a result is: the type filter's values and the words a result shows. */
export const CONTENT_TYPES = {
  service: 'Service',
  organisation: 'Organisation',
  grant: 'Funding decision',
  fund: 'Funding programme',
  crowdfund: 'Crowdfund project',
  recipient: 'Funding recipient',
  meeting: 'Meeting',
  board: 'Board or group',
  covenant: 'Faith Covenant',
  page: 'Information page',
} as const;
export type ContentType = keyof typeof CONTENT_TYPES;

/**
 * Age groups for the age filter. Pagefind can only match values, not ranges, so
 * a service carries every group its age range touches, and one with no limit
 * carries them all: it then matches whatever age group is chosen.
 */
export const AGE_BANDS = [
  { id: '0-4', label: 'Under 5', min: 0, max: 4 },
  { id: '5-10', label: '5 to 10', min: 5, max: 10 },
  { id: '11-15', label: '11 to 15', min: 11, max: 15 },
  { id: '16-17', label: '16 and 17', min: 16, max: 17 },
  { id: '18-24', label: '18 to 24', min: 18, max: 24 },
  { id: '25-54', label: '25 to 54', min: 25, max: 54 },
  { id: '55-64', label: '55 to 64', min: 55, max: 64 },
  { id: '65-plus', label: '65 and over', min: 65, max: Infinity },
] as const;

/** The age groups a service open to ages min..max (either may be missing: no limit) belongs to; ANY_AGE when that is all of them. */
export function ageBands(min: number | undefined, max: number | undefined): string[] {
  const lo = min ?? 0;
  const hi = max ?? Infinity;
  const bands = AGE_BANDS.filter((b) => b.min <= hi && b.max >= lo).map((b) => b.id);
  return bands.length === AGE_BANDS.length ? [ANY_AGE] : bands;
}


const TYPE_BY_PATH: [prefix: string, type: string][] = [
  ['/directory/themes/', 'Theme'],
  ['/directory/', CONTENT_TYPES.organisation],
  ['/funding/grants/', CONTENT_TYPES.grant],
  ['/funding/', 'Funding'],
  ['/crowdfund/', CONTENT_TYPES.crowdfund],
  ['/meetings/', CONTENT_TYPES.meeting],
  ['/boards/', CONTENT_TYPES.board],
  ['/covenant/', CONTENT_TYPES.covenant],
  ['/wards/', 'Ward'],
];

/** A result's type when the page did not set one, from where it lives on the site. */
export function typeFromUrl(url: string): string {
  const path = url.startsWith('/') ? url : new URL(url).pathname;
  if (/#service-/.test(path)) return CONTENT_TYPES.service;
  return TYPE_BY_PATH.find(([prefix]) => path.startsWith(prefix))?.[1] ?? CONTENT_TYPES.page;
}
