/**
 * How the directory is cut up for people browsing it: A–Z, by theme and by
 * ward. Pure functions over organisation entries, so the pages stay simple
 * and the rules (what counts as "in a ward") are tested in one place.
 */
import type { OrgLocation, Organisation, Service } from '../schemas/organisation';
import type { Taxonomy } from '../schemas/settings';
import { ACCESS_LABELS, COST_LABELS, DELIVERY_LABELS, ORGANISATION_STATUS_LABELS, SERVICE_STATUS_LABELS, ageRange, formatPostcode } from './directory-labels';
import { formatSession, sessionsByDay } from './schedule';
import type { ShortlistService } from './shortlist';
import { labeller } from './taxonomy';
import { urls } from './urls';

export interface OrgEntry {
  id: string;
  data: Organisation;
}
export interface ServiceEntry {
  org: OrgEntry;
  service: Service;
}

const collator = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });
const byOrgName = (a: OrgEntry, b: OrgEntry) => collator.compare(a.data.name, b.data.name) || a.id.localeCompare(b.id);
const byServiceName = (a: ServiceEntry, b: ServiceEntry) =>
  collator.compare(a.service.name, b.service.name) || byOrgName(a.org, b.org);

const unique = <T>(values: T[]) => [...new Set(values)];

/** The organisation's own themes, then any its services add, without repeats. */
export function orgThemes(org: Organisation): string[] {
  return unique([...org.themes, ...org.services.flatMap((s) => s.themes)]);
}

/** Wards with one of the organisation's venues, then wards its services name; "borough-wide" is not a ward. */
export function orgWards(org: Organisation): string[] {
  const venueWards = org.locations.flatMap((l) => (l.ward ? [l.ward] : []));
  const servedWards = org.services.flatMap((s) => (s.area_served === 'borough-wide' ? [] : s.area_served));
  return unique([...venueWards, ...servedWards]);
}

/** True when any of its services is open to the whole area. */
export function servesWholeArea(org: Organisation): boolean {
  return org.services.some((s) => s.area_served === 'borough-wide');
}

/**
 * The letter an organisation is filed under: its first letter with accents
 * removed ("Ábaco" under A); names starting with a digit or symbol go under "#".
 */
export function initialOf(name: string): string {
  const first = name.trim().normalize('NFD').replace(/\p{Diacritic}/gu, '').charAt(0).toUpperCase();
  return /^[A-Z]$/.test(first) ? first : '#';
}

/**
 * Above this many organisations /directory/ links to a page per letter instead
 * of listing them all: at 1,000 the one page was 0.9 MB of HTML, at 10,000 9 MB,
 * too much for a phone. The letter pages exist at any size, so a letter can be linked.
 */
export const A_TO_Z_ON_ONE_PAGE = 300;

/** A letter's part of a URL or anchor: "a", or "other" for names starting with a digit or symbol. */
export const letterSlug = (letter: string): string => (letter === '#' ? 'other' : letter.toLowerCase());

/** A letter as a heading or link reads: "A", or "Other". */
export const letterLabel = (letter: string): string => (letter === '#' ? 'Other' : letter);

/** The id of a letter's heading on the one-page A to Z. */
export const letterAnchor = (letter: string): string => `letter-${letterSlug(letter)}`;

/** Organisations grouped by initial, groups in order ("#" first), names sorted within each. */
export function groupByInitial(orgs: OrgEntry[]): { letter: string; orgs: OrgEntry[] }[] {
  const groups = new Map<string, OrgEntry[]>();
  for (const org of [...orgs].sort(byOrgName)) {
    const letter = initialOf(org.data.name);
    const group = groups.get(letter);
    if (group) group.push(org);
    else groups.set(letter, [org]);
  }
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([letter, list]) => ({ letter, orgs: list }));
}

/** Organisations that work on a theme (directly or through a service), and the services tagged with it. */
export function themeDirectory(orgs: OrgEntry[], themeId: string): { organisations: OrgEntry[]; services: ServiceEntry[] } {
  return {
    organisations: orgs.filter((o) => orgThemes(o.data).includes(themeId)).sort(byOrgName),
    services: orgs
      .flatMap((org) => org.data.services.filter((s) => s.themes.includes(themeId)).map((service) => ({ org, service })))
      .sort(byServiceName),
  };
}

/** Themes from the taxonomy that at least one organisation or service uses, in taxonomy order, with counts. */
export function themesInUse<T extends { id: string }>(orgs: OrgEntry[], themes: T[]): (T & { organisations: number })[] {
  return themes
    .map((theme) => ({ ...theme, organisations: themeDirectory(orgs, theme.id).organisations.length }))
    .filter((t) => t.organisations > 0);
}

/**
 * What a ward page lists: organisations with a venue in the ward (and which
 * venues), services that name the ward in their area served, and services
 * open to the whole borough, kept apart so a resident sees what is local.
 */
export function wardDirectory(orgs: OrgEntry[], wardId: string) {
  const venues = orgs
    .map((org) => ({ org, locations: org.data.locations.filter((l: OrgLocation) => l.ward === wardId) }))
    .filter((v) => v.locations.length > 0)
    .sort((a, b) => byOrgName(a.org, b.org));
  const services = orgs.flatMap((org) => org.data.services.map((service) => ({ org, service })));
  return {
    venues,
    localServices: services.filter((s) => s.service.area_served !== 'borough-wide' && s.service.area_served.includes(wardId)).sort(byServiceName),
    boroughWideServices: services.filter((s) => s.service.area_served === 'borough-wide').sort(byServiceName),
  };
}

/**
 * Above this many borough-wide services a ward page counts them by theme (linking to
 * the theme pages, which list them) instead of listing them all: every ward page
 * repeats the list, and at 10,000 organisations it was 15 MB a page, far over the
 * page budget for a phone (measured by npm run bench, issue 7).
 */
export const WARD_BOROUGH_WIDE_LIST_LIMIT = 60;

/** How many of the services carry each theme, in taxonomy order, themes with none left out (a service with two themes counts in both). */
export function serviceCountsByTheme<T extends { id: string }>(entries: ServiceEntry[], themes: T[]): (T & { services: number })[] {
  const counts = new Map<string, number>();
  for (const { service } of entries) for (const t of unique(service.themes)) counts.set(t, (counts.get(t) ?? 0) + 1);
  return themes.filter((t) => counts.has(t.id)).map((t) => ({ ...t, services: counts.get(t.id)! }));
}

/** Number of organisations with a venue in, or a service naming, each ward (for the ward index). */
export function orgCountByWard(orgs: OrgEntry[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const org of orgs) for (const ward of orgWards(org.data)) counts.set(ward, (counts.get(ward) ?? 0) + 1);
  return counts;
}

/** Ids of the themes settings mark sensitive (their pages carry a quick-exit button). */
export function sensitiveThemeIds(taxonomy: Pick<Taxonomy, 'themes'>): Set<string> {
  return new Set(taxonomy.themes.filter((t) => t.sensitive).map((t) => t.id));
}

/** True when the organisation or any of its services works on a sensitive theme. */
export function isSensitiveOrg(org: Organisation, sensitive: Set<string>): boolean {
  return orgThemes(org).some((t) => sensitive.has(t));
}

/**
 * Every service as the shortlist page needs it, keyed by service id: the page
 * fetches this one file, so a shared link can be rebuilt on any device.
 */
export function shortlistRecords(orgs: OrgEntry[], taxonomy: Taxonomy, areaName: string): Record<string, ShortlistService> {
  const label = labeller(taxonomy);
  const records: Record<string, ShortlistService> = {};
  for (const { id: orgId, data: org } of orgs) {
    for (const s of org.services) {
      const venues = org.locations.filter((l) => s.locations.includes(l.id));
      const area = s.area_served === 'borough-wide' ? `All of ${areaName}` : `For people in ${s.area_served.map((w) => label('wards', w)).join(', ')}`;
      const status = org.status !== 'active' ? ORGANISATION_STATUS_LABELS[org.status] : s.status !== 'active' ? SERVICE_STATUS_LABELS[s.status] : undefined;
      records[s.id] = {
        id: s.id,
        name: s.name,
        url: urls.service(orgId, s.id),
        organisation: org.name,
        organisationUrl: urls.organisation(orgId),
        ...(status ? { status } : {}),
        summary: s.description,
        ...(s.eligibility ? { eligibility: s.eligibility } : {}),
        ages: ageRange(s.min_age, s.max_age),
        cost: `${COST_LABELS[s.cost]}${s.cost_notes ? `: ${s.cost_notes}` : ''}`,
        delivery: s.delivery.map((d) => DELIVERY_LABELS[d]).join(', '),
        access: s.access.map((a) => ACCESS_LABELS[a]).join('; '),
        when: [
          ...sessionsByDay(s.schedule).map((d) => `${d.label}: ${d.sessions.map((x) => `${formatSession(x)}${x.note ? ` (${x.note})` : ''}`).join(' and ')}`),
          ...(s.schedule_notes ? [s.schedule_notes] : []),
        ],
        where: [...venues.map((v) => `${v.name}, ${v.address}, ${formatPostcode(v.postcode)}`), area],
        contact: {
          ...(org.website ? { website: org.website } : {}),
          ...(org.email ? { email: org.email } : {}),
          ...(org.phone ? { phone: org.phone } : {}),
        },
      };
    }
  }
  return records;
}
