/**
 * What every searchable thing tells Pagefind, so /explore/ can filter and show
 * it: the filter groups and their values, the "type" and "place" a result
 * shows, and hidden words (theme synonyms) it should also be found by.
 *
 * Filter values are ids (stable, short, fine in a URL); the explore page turns
 * them back into labels. Pages write this markup with
 * src/components/explore/SearchMeta.astro; services, which have no page of
 * their own, become Pagefind custom records (serviceSearchRecord) that
 * scripts/search-index.ts adds to the index.
 */
import type { Taxonomy } from '../schemas/settings';
import type { Organisation, Service } from '../schemas/organisation';
import { COSTS, DAYS, DELIVERY_MODES } from '../schemas/organisation';
import { COST_LABELS, DELIVERY_LABELS } from './directory-labels';
import { orgThemes, orgWards, servesWholeArea } from './directory';
import { labeller } from './taxonomy';
import { urls } from './urls';
import { AGE_BANDS, CONTENT_TYPES, EVERY_OPTION, WHOLE_AREA, FILTER_LEGENDS, FILTER_NAMES, ageBands, type ContentType, type FilterName, type Filters } from './search-filters';

export * from './search-filters';

const DAY_LABELS = Object.fromEntries(DAYS.map((d) => [d, d.charAt(0).toUpperCase() + d.slice(1)])) as Record<(typeof DAYS)[number], string>;

/** Everything about one searchable thing that Pagefind stores besides its text. */
export interface SearchFacets {
  filters: Filters;
  /** Shown on a result: what it is, and where. */
  meta: { type: string; place?: string };
  /** Words it should also be found by, though its page may not use them. */
  synonyms: string[];
}

export interface SearchContext {
  taxonomy: Taxonomy;
  /** Short name of the area, e.g. "Barnet". */
  areaName: string;
}

const unique = <T>(values: T[]) => [...new Set(values)];

/** The constituencies these wards are in, in taxonomy order. */
function constituencyIds(wards: string[], taxonomy: Taxonomy): string[] {
  const inUse = new Set(wards.flatMap((id) => taxonomy.wards.find((w) => w.id === id)?.constituency ?? []));
  return taxonomy.constituencies.map((c) => c.id).filter((id) => inUse.has(id));
}

/**
 * Theme labels and synonyms, for finding things by the words people type
 * ("foodbank", "CAB", "wellbeing"): editors add synonyms in the taxonomy settings.
 */
export function themeWords(themes: string[], taxonomy: Taxonomy): string[] {
  return unique(themes.flatMap((id) => {
    const theme = taxonomy.themes.find((t) => t.id === id);
    return theme ? [theme.label, ...theme.synonyms] : [];
  }));
}

/** Ward and constituency filters; the whole area is one value, WHOLE_AREA, not every ward (see its comment). */
function placeFilters(wards: string[] | 'borough-wide', taxonomy: Taxonomy): Filters {
  if (wards === 'borough-wide') return { ward: [WHOLE_AREA], constituency: [WHOLE_AREA] };
  const ward = unique(wards);
  return ward.length ? { ward, constituency: constituencyIds(ward, taxonomy) } : {};
}

const wardsPlace = (wards: string[] | 'borough-wide', ctx: SearchContext) =>
  wards === 'borough-wide' ? `Across ${ctx.areaName}` : wards.map((w) => labeller(ctx.taxonomy)('wards', w)).join(', ');

/**
 * Where an organisation is, in a few words: the wards of its venues; else the
 * wards its services name; else the whole area; else "No fixed venue".
 */
export function organisationPlace(org: Organisation, ctx: SearchContext): string {
  const label = labeller(ctx.taxonomy);
  const venueWards = unique(org.locations.flatMap((l) => (l.ward ? [l.ward] : [])));
  if (venueWards.length) return venueWards.map((w) => label('wards', w)).join(', ');
  if (servesWholeArea(org)) return `Across ${ctx.areaName}`;
  const wards = orgWards(org);
  if (wards.length) return wards.map((w) => label('wards', w)).join(', ');
  return 'No fixed venue';
}

/**
 * An organisation page's filters. Only what is true of the organisation as a
 * whole (themes, wards, venue accessibility): cost, age, language, delivery and
 * days belong to services, which are results of their own, so that "free" and
 * "Monday" are both true of the same service, not of two different ones.
 */
export function organisationSearchFacets(org: Organisation, ctx: SearchContext): SearchFacets {
  const themes = orgThemes(org);
  return {
    filters: {
      type: ['organisation'],
      theme: themes,
      ...placeFilters(servesWholeArea(org) ? 'borough-wide' : orgWards(org), ctx.taxonomy),
      access: unique(org.locations.flatMap((l) => l.accessibility)),
    },
    meta: { type: CONTENT_TYPES.organisation, place: organisationPlace(org, ctx) },
    synonyms: themeWords(themes, ctx.taxonomy),
  };
}

/** How a service without a venue reaches people: "Across Barnet, by phone and online". */
export function serviceReach(service: Service, ctx: SearchContext): string {
  const remote = service.delivery.filter((d) => d !== 'in-person').map((d) => DELIVERY_LABELS[d].toLowerCase());
  const where = wardsPlace(service.area_served, ctx);
  return remote.length ? `${where}, ${remote.join(' and ')}` : where;
}

/** The days a service runs: its own sessions, or else the opening days of its venues. */
export function serviceDays(service: Service, org: Organisation): string[] {
  const own = service.schedule.map((s) => s.day);
  const venueDays = org.locations.filter((l) => service.locations.includes(l.id)).flatMap((l) => l.opening_hours.map((s) => s.day));
  const days = new Set(own.length ? own : venueDays);
  return DAYS.filter((d) => days.has(d));
}

export function serviceSearchFacets(org: Organisation, service: Service, ctx: SearchContext): SearchFacets {
  const label = labeller(ctx.taxonomy);
  const venues = org.locations.filter((l) => service.locations.includes(l.id));
  const venueWards = venues.flatMap((v) => (v.ward ? [v.ward] : []));
  const wards = service.area_served === 'borough-wide' ? 'borough-wide' : unique([...venueWards, ...service.area_served]);
  const place = venues.length
    ? venues.map((v) => (v.ward ? `${v.name}, ${label('wards', v.ward)}` : v.name)).join('; ')
    : serviceReach(service, ctx);
  return {
    filters: {
      type: ['service'],
      theme: service.themes,
      ...placeFilters(wards, ctx.taxonomy),
      cost: [service.cost],
      age: ageBands(service.min_age, service.max_age),
      language: service.languages,
      delivery: service.delivery,
      access: unique(venues.flatMap((v) => v.accessibility)),
      day: serviceDays(service, org),
    },
    meta: { type: CONTENT_TYPES.service, place },
    synonyms: themeWords(service.themes, ctx.taxonomy),
  };
}

/**
 * The one language the index is built in (scripts/search-index.ts forces it),
 * so pages and service records share one index and one stemmer.
 */
export const SEARCH_LANGUAGE = 'en';

/** A Pagefind custom record (see the pagefind package's CustomRecord). */
export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/**
 * A service as its own search result, linking to its section of the
 * organisation's page. The text holds what someone might type: the names, the
 * description, who it is for, its places, languages, and theme words.
 */
export function serviceSearchRecord(orgId: string, org: Organisation, service: Service, ctx: SearchContext, language: string): SearchRecord {
  const label = labeller(ctx.taxonomy);
  const facets = serviceSearchFacets(org, service, ctx);
  const venues = org.locations.filter((l) => service.locations.includes(l.id));
  const text = [
    service.name,
    `${org.name}.`,
    ...org.alternate_names,
    service.description,
    service.eligibility,
    COST_LABELS[service.cost],
    service.cost_notes,
    ...venues.map((v) => `${v.name}, ${v.address}, ${v.postcode}.`),
    facets.meta.place,
    ...service.languages.map((l) => label('languages', l)),
    ...service.delivery.map((d) => DELIVERY_LABELS[d]),
    ...facets.synonyms,
  ];
  return {
    url: urls.service(orgId, service.id),
    content: text.filter(Boolean).join(' '),
    language,
    meta: {
      title: service.name,
      type: facets.meta.type,
      place: facets.meta.place ?? '',
      org: org.name,
      summary: service.description.length > 220 ? `${service.description.slice(0, 217).replace(/\s+\S*$/, '')}…` : service.description,
      ...(service.status !== 'active' ? { status: service.status } : {}),
    },
    filters: Object.fromEntries(Object.entries(facets.filters).filter(([, v]) => v.length)),
  };
}

/** Search records for every service still running or paused (closed ones stay on their organisation's page). */
export function serviceSearchRecords(orgs: { id: string; data: Organisation }[], ctx: SearchContext, language: string): SearchRecord[] {
  return orgs
    .filter((o) => o.data.status !== 'closed')
    .flatMap((o) => o.data.services.filter((s) => s.status !== 'closed').map((s) => serviceSearchRecord(o.id, o.data, s, ctx, language)));
}

/**
 * Filters and meta for any other page: a type, and optionally the themes and
 * wards it concerns (a grant's beneficiary wards, a project's ward) and where.
 */
export function pageSearchFacets(
  input: { type: ContentType; themes?: string[]; wards?: string[] | 'borough-wide'; place?: string },
  ctx: SearchContext,
): SearchFacets {
  const themes = input.themes ?? [];
  const place = input.place ?? (input.wards ? wardsPlace(input.wards, ctx) : undefined);
  return {
    filters: { type: [input.type], ...(themes.length ? { theme: themes } : {}), ...(input.wards ? placeFilters(input.wards, ctx.taxonomy) : {}) },
    meta: { type: CONTENT_TYPES[input.type], ...(place ? { place } : {}) },
    synonyms: themeWords(themes, ctx.taxonomy),
  };
}

/** Each filter group's values and labels, for the explore form, in display order. */
export function filterOptions(taxonomy: Taxonomy): Record<FilterName, { value: string; label: string }[]> {
  const terms = (list: { id: string; label: string }[]) => list.map((t) => ({ value: t.id, label: t.label }));
  return {
    type: Object.entries(CONTENT_TYPES).map(([value, label]) => ({ value, label })),
    theme: terms(taxonomy.themes),
    ward: terms(taxonomy.wards),
    constituency: terms(taxonomy.constituencies),
    cost: COSTS.map((c) => ({ value: c, label: COST_LABELS[c] })),
    age: AGE_BANDS.map((b) => ({ value: b.id, label: b.label })),
    language: terms(taxonomy.languages),
    delivery: DELIVERY_MODES.map((d) => ({ value: d, label: DELIVERY_LABELS[d] })),
    access: terms(taxonomy.accessibility_features),
    day: DAYS.map((d) => ({ value: d, label: DAY_LABELS[d] })),
  };
}

/** Only the options some page or service actually carries, so no filter can only ever give nothing. */
export function optionsInUse(taxonomy: Taxonomy, everything: SearchFacets[]) {
  const used = new Map<FilterName, Set<string>>(FILTER_NAMES.map((n) => [n, new Set()]));
  for (const f of everything) for (const name of FILTER_NAMES) for (const v of f.filters[name] ?? []) used.get(name)!.add(v);
  const all = filterOptions(taxonomy);
  // Something open to the whole area (or any age) is found from every ward and constituency (or age group).
  for (const name of FILTER_NAMES) {
    const every = EVERY_OPTION[name];
    if (every && used.get(name)!.has(every)) for (const o of all[name]) used.get(name)!.add(o.value);
  }
  return FILTER_NAMES.map((name) => ({ name, legend: FILTER_LEGENDS[name], options: all[name].filter((o) => used.get(name)!.has(o.value)) })).filter(
    (g) => g.options.length > 0,
  );
}
