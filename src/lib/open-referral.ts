/**
 * The directory as Open Referral UK (HSDS-UK 3.0) JSON: one fully nested
 * service per file, and paginated lists of services with the standard's
 * paging fields. Pure: the pages in src/pages/api/oruk/ only write these out.
 *
 * The profile wants a UUID for every object. Ours are UUID v5, derived from the
 * entry's own stable id (a service's id never changes once published, see the
 * schema), so a service keeps the same UUID in every build and its file
 * address (/api/oruk/services/<uuid>.json) never moves.
 */
import { v5 as uuidv5 } from 'uuid';
import type { Organisation, OrgLocation, Service } from '../schemas/organisation';
import type { Site, Taxonomy } from '../schemas/settings';
import type { OrgEntry } from './directory';
import { ACCESS_LABELS, COST_LABELS, DELIVERY_LABELS, formatPostcode } from './directory-labels';
import { formatSession } from './schedule';
import { labeller } from './taxonomy';
import { urls } from './urls';

/** Services per list page. Small enough to fetch on a phone, large enough that a crawler needs few requests. */
export const ORUK_PAGE_SIZE = 50;

/** What the API root (/api/oruk/index.json) says about itself; the ORUK validator reads `version`. */
export const ORUK_API_DETAILS = {
  version: 'HSDS-UK-3.0',
  profile: 'https://github.com/OpenReferralUK/uk-profile/blob/main/docs/index.md',
  openapi_url: 'https://openreferraluk.org/specifications/3.0/openapi.json',
} as const;

export interface OrukContext {
  /** Where the site is published (site_url): page links in the data are absolute. */
  siteUrl: string;
  /** Short area name, used as the city of an address and the name of a borough-wide service area. */
  areaName: string;
  /** The council's name, used as the state_province of an address (the profile requires one). */
  councilName: string;
  /** ONS local authority code: names the area's service area and seeds every UUID. */
  localAuthorityCode: string;
  /** Identifier prefix for organisations with no charity or company number (as in 360Giving). */
  idPrefix: string;
  taxonomy: Taxonomy;
  /** When an organisation's entry last changed (ISO date-time, from Git), if known. */
  lastModified?: (orgId: string) => string | undefined;
}

/** The context from the site's settings, with the dates of entries from wherever the caller reads them. */
export function orukContext(site: Site, taxonomy: Taxonomy, lastModified?: OrukContext['lastModified']): OrukContext {
  return {
    siteUrl: site.site_url,
    areaName: site.area_name,
    councilName: site.council_name,
    localAuthorityCode: site.local_authority_code,
    idPrefix: site.id_prefix,
    taxonomy,
    lastModified,
  };
}

/** The area's persistent URI (ONS statistical geography), e.g. for E09000003. */
export function areaUri(localAuthorityCode: string): string {
  return `https://statistics.data.gov.uk/id/statistical-geography/${localAuthorityCode}`;
}

/** Every service's UUID is asked for by several API files and pages; v5 hashing each time cost seconds per build. */
const uuids = new Map<string, string>();

/**
 * A UUID for one object, stable across builds: v5 of a path such as
 * "service/age-uk-barnet-befriending" in a namespace made from the area's URI,
 * so two areas running this site never mint the same UUID.
 */
export function orukUuid(localAuthorityCode: string, ...path: string[]): string {
  const key = `${localAuthorityCode} ${path.join('/')}`;
  let id = uuids.get(key);
  if (!id) {
    id = uuidv5(path.join('/'), uuidv5(areaUri(localAuthorityCode), uuidv5.URL));
    uuids.set(key, id);
  }
  return id;
}

export const orukServiceId = (code: string, serviceId: string) => orukUuid(code, 'service', serviceId);
export const orukOrganisationId = (code: string, orgId: string) => orukUuid(code, 'organization', orgId);

/** Our statuses in the profile's words. An organisation that is not running stops all its services. */
export function orukStatus(org: Organisation['status'], service: Service['status']): 'active' | 'inactive' | 'defunct' | 'temporarily closed' {
  if (org === 'closed' || service === 'closed') return 'defunct';
  if (org === 'inactive') return 'inactive';
  return service === 'paused' ? 'temporarily closed' : 'active';
}

const BYDAY = { monday: 'MO', tuesday: 'TU', wednesday: 'WE', thursday: 'TH', friday: 'FR', saturday: 'SA', sunday: 'SU' } as const;

/** Present keys only: the profile's optional fields are left out rather than sent empty. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== '')) as T;
}

function organizationIdentifiers(org: Organisation, orgUuid: string, ctx: OrukContext) {
  const ids: { scheme: string; type: string; identifier: string }[] = [];
  if (org.charity_number) ids.push({ scheme: 'GB-CHC', type: 'Charity number (England and Wales)', identifier: org.charity_number });
  if (org.company_number) ids.push({ scheme: 'GB-COH', type: 'Company number', identifier: org.company_number });
  return ids.map((i) => ({
    id: orukUuid(ctx.localAuthorityCode, 'organization-identifier', orgUuid, i.scheme),
    organization_id: orgUuid,
    identifier_scheme: i.scheme,
    identifier_type: i.type,
    identifier: i.identifier,
  }));
}

function organization(entry: OrgEntry, ctx: OrukContext) {
  const { id, data: org } = entry;
  const orgUuid = orukOrganisationId(ctx.localAuthorityCode, id);
  const pageUrl = new URL(urls.organisation(id), ctx.siteUrl).href;
  return compact({
    id: orgUuid,
    name: org.name,
    description: org.summary,
    email: org.email,
    website: org.website,
    uri: pageUrl,
    organization_identifiers: organizationIdentifiers(org, orgUuid, ctx),
  });
}

/** The fields a list page carries for each service (the profile's service_list: no child arrays). */
export function orukServiceSummary(entry: OrgEntry, service: Service, ctx: OrukContext) {
  const { id: orgId, data: org } = entry;
  const lastModified = ctx.lastModified?.(orgId);
  return compact({
    id: orukServiceId(ctx.localAuthorityCode, service.id),
    organization_id: orukOrganisationId(ctx.localAuthorityCode, orgId),
    name: service.name,
    description: service.description,
    url: new URL(urls.service(orgId, service.id), ctx.siteUrl).href,
    email: org.email,
    status: orukStatus(org.status, service.status),
    minimum_age: service.min_age,
    maximum_age: service.max_age,
    assured_date: org.last_reviewed,
    alert: org.alert,
    last_modified: lastModified,
    organization: organization(entry, ctx),
  });
}

/** One schedule: a weekly session (an iCal rule) or, for timing that fits no rule, a description alone. */
export interface OrukSchedule {
  id: string;
  service_id: string;
  freq?: 'WEEKLY';
  interval?: number;
  byday?: string;
  opens_at?: string;
  closes_at?: string;
  description: string;
  notes?: string;
  attending_type: string;
}

function schedules(service: Service, serviceUuid: string, code: string): OrukSchedule[] {
  const attending = service.delivery.map((d) => DELIVERY_LABELS[d]).join(', ');
  const sessions = service.schedule.map((s, i) =>
    compact<OrukSchedule>({
      id: orukUuid(code, 'schedule', service.id, String(i)),
      service_id: serviceUuid,
      freq: 'WEEKLY',
      interval: 1,
      byday: BYDAY[s.day],
      opens_at: s.opens,
      closes_at: s.closes,
      description: `${s.day[0].toUpperCase()}${s.day.slice(1)}, ${formatSession(s)}${s.note ? ` (${s.note})` : ''}`,
      notes: s.note,
      attending_type: attending,
    }),
  );
  // Timing that does not fit a weekly pattern ("by appointment") still belongs in the data.
  const notes = service.schedule_notes
    ? [{ id: orukUuid(code, 'schedule', service.id, 'notes'), service_id: serviceUuid, description: service.schedule_notes, attending_type: attending }]
    : [];
  return [...sessions, ...notes];
}

function serviceAreas(service: Service, serviceUuid: string, ctx: OrukContext) {
  const label = labeller(ctx.taxonomy);
  if (service.area_served === 'borough-wide')
    return [{
      id: orukUuid(ctx.localAuthorityCode, 'service-area', service.id, 'area'),
      service_id: serviceUuid,
      name: ctx.areaName,
      service_area: `All of ${ctx.areaName}`,
      extent_type: 'text',
      uri: areaUri(ctx.localAuthorityCode),
    }];
  return service.area_served.map((ward) => ({
    id: orukUuid(ctx.localAuthorityCode, 'service-area', service.id, ward),
    service_id: serviceUuid,
    name: label('wards', ward),
    service_area: `${label('wards', ward)} ward, ${ctx.areaName}`,
    extent_type: 'text',
  }));
}

function location(orgId: string, loc: OrgLocation, ctx: OrukContext) {
  const label = labeller(ctx.taxonomy);
  const code = ctx.localAuthorityCode;
  const locationUuid = orukUuid(code, 'location', orgId, loc.id);
  return {
    id: locationUuid,
    location_type: 'physical' as const,
    name: loc.name,
    latitude: loc.lat,
    longitude: loc.lng,
    addresses: [{
      id: orukUuid(code, 'address', orgId, loc.id),
      location_id: locationUuid,
      address_1: loc.address,
      city: ctx.areaName,
      state_province: ctx.councilName,
      postal_code: formatPostcode(loc.postcode),
      country: 'GB',
      address_type: 'physical' as const,
    }],
    accessibility: loc.accessibility.map((feature) => ({
      id: orukUuid(code, 'accessibility', orgId, loc.id, feature),
      location_id: locationUuid,
      description: label('accessibility_features', feature),
    })),
  };
}

/** One attribute (a link to a taxonomy term) per theme, way of delivery and way in. */
function attributes(service: Service, serviceUuid: string, ctx: OrukContext) {
  const label = labeller(ctx.taxonomy);
  const code = ctx.localAuthorityCode;
  const terms = [
    ...service.themes.map((t) => ({ taxonomy: 'theme', term: t, name: label('themes', t) })),
    ...service.delivery.map((d) => ({ taxonomy: 'delivery', term: d, name: DELIVERY_LABELS[d] })),
    ...service.access.map((a) => ({ taxonomy: 'access', term: a, name: ACCESS_LABELS[a] })),
  ];
  return terms.map((t) => {
    const termUuid = orukUuid(code, 'taxonomy-term', t.taxonomy, t.term);
    return {
      id: orukUuid(code, 'attribute', service.id, t.taxonomy, t.term),
      link_id: serviceUuid,
      link_type: 'service',
      taxonomy_term_id: termUuid,
      taxonomy_term: { id: termUuid, name: t.name, description: t.name, taxonomy: t.taxonomy, term: t.term },
    };
  });
}

/** A fully nested service, as /services/{id} returns it. */
export function orukService(entry: OrgEntry, service: Service, ctx: OrukContext) {
  const { id: orgId, data: org } = entry;
  const code = ctx.localAuthorityCode;
  const label = labeller(ctx.taxonomy);
  const serviceUuid = orukServiceId(code, service.id);
  const venues = org.locations.filter((l) => service.locations.includes(l.id));
  return {
    ...orukServiceSummary(entry, service, ctx),
    schedules: schedules(service, serviceUuid, code),
    service_areas: serviceAreas(service, serviceUuid, ctx),
    service_at_locations: venues.map((loc) => ({
      id: orukUuid(code, 'service-at-location', service.id, loc.id),
      service_id: serviceUuid,
      location_id: orukUuid(code, 'location', orgId, loc.id),
      location: location(orgId, loc, ctx),
    })),
    // The profile's language object keeps only ids; HSDS 3.0's name and code are
    // added (extra fields are allowed) so the data says which language it is.
    languages: service.languages.map((lang) => ({
      id: orukUuid(code, 'language', service.id, lang),
      service_id: serviceUuid,
      name: label('languages', lang),
      code: lang,
    })),
    cost_options: [compact({
      id: orukUuid(code, 'cost-option', service.id),
      service_id: serviceUuid,
      option: COST_LABELS[service.cost],
      amount: service.cost === 'free' ? 0 : undefined,
      amount_description: service.cost_notes ?? COST_LABELS[service.cost],
    })],
    attributes: attributes(service, serviceUuid, ctx),
  };
}

export type OrukServiceSummary = ReturnType<typeof orukServiceSummary>;
export type OrukService = ReturnType<typeof orukService>;

/** Every service in the directory with its organisation, in a stable order (organisation, then service id). */
export function directoryServices(orgs: OrgEntry[]): { org: OrgEntry; service: Service }[] {
  return [...orgs]
    .sort((a, b) => a.id.localeCompare(b.id))
    .flatMap((org) => [...org.data.services].sort((a, b) => a.id.localeCompare(b.id)).map((service) => ({ org, service })));
}

export interface OrukPage<T> {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: T[];
}

/**
 * Items cut into pages with the standard's paging fields. A static site cannot
 * answer ?page=, so every page is its own file; an empty directory still has
 * page 1 (empty: true), so the list address always answers.
 */
export function paginate<T>(items: T[], pageSize: number = ORUK_PAGE_SIZE): OrukPage<T>[] {
  if (!Number.isInteger(pageSize) || pageSize < 1) throw new Error(`page size must be a whole number of at least 1; it is ${pageSize}`);
  const totalPages = Math.max(1, Math.ceil(items.length / pageSize));
  return Array.from({ length: totalPages }, (_, i) => {
    const contents = items.slice(i * pageSize, (i + 1) * pageSize);
    return {
      total_items: items.length,
      total_pages: totalPages,
      page_number: i + 1,
      size: contents.length,
      first_page: i === 0,
      last_page: i === totalPages - 1,
      empty: items.length === 0,
      contents,
    };
  });
}

/** Where list page n is published: page 1 is the list address itself. */
export function orukPagePath(n: number): string {
  return n === 1 ? '/api/oruk/services.json' : `/api/oruk/services/page/${n}.json`;
}

export function orukServicePath(serviceUuid: string): string {
  return `/api/oruk/services/${serviceUuid}.json`;
}
