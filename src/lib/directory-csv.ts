/**
 * /data/directory.csv: one row per service, with the organisation that runs
 * it, for people who want the directory in a spreadsheet. Written by toCsv
 * (src/lib/csv.ts), which guards every cell against formula injection.
 */
import type { Taxonomy } from '../schemas/settings';
import { toCsv, type Column } from './csv';
import type { OrgEntry } from './directory';
import { ACCESS_LABELS, COST_LABELS, DELIVERY_LABELS, formatPostcode } from './directory-labels';
import { orgId } from './org-id';
import { orukServiceId } from './open-referral';
import { formatSession, sessionsByDay } from './schedule';
import { labeller } from './taxonomy';
import { urls } from './urls';
import type { Service } from '../schemas/organisation';

export interface DirectoryCsvContext {
  siteUrl: string;
  idPrefix: string;
  localAuthorityCode: string;
  taxonomy: Taxonomy;
}

interface Row {
  org: OrgEntry;
  service: Service;
}

export function directoryColumns(ctx: DirectoryCsvContext): Column<Row>[] {
  const label = labeller(ctx.taxonomy);
  const venues = ({ org, service }: Row) => org.data.locations.filter((l) => service.locations.includes(l.id));
  const list = (values: string[]) => values.join('; ');
  return [
    { title: 'Service id', value: (r) => r.service.id },
    { title: 'Open Referral UK id', value: (r) => orukServiceId(ctx.localAuthorityCode, r.service.id) },
    { title: 'Service name', value: (r) => r.service.name },
    { title: 'Service status', value: (r) => r.service.status },
    { title: 'Description', value: (r) => r.service.description },
    { title: 'Organisation', value: (r) => r.org.data.name },
    { title: 'Organisation identifier', value: (r) => orgId(r.org.data, r.org.id, ctx.idPrefix) },
    { title: 'Organisation status', value: (r) => r.org.data.status },
    { title: 'Themes', value: (r) => list(r.service.themes.map((t) => label('themes', t))) },
    { title: 'Who it is for', value: (r) => r.service.eligibility },
    { title: 'Minimum age', value: (r) => r.service.min_age },
    { title: 'Maximum age', value: (r) => r.service.max_age },
    { title: 'Cost', value: (r) => COST_LABELS[r.service.cost] },
    { title: 'Cost notes', value: (r) => r.service.cost_notes },
    { title: 'Languages', value: (r) => list(r.service.languages.map((l) => label('languages', l))) },
    { title: 'How it is offered', value: (r) => list(r.service.delivery.map((d) => DELIVERY_LABELS[d])) },
    { title: 'How to get help', value: (r) => list(r.service.access.map((a) => ACCESS_LABELS[a])) },
    { title: 'Area served', value: (r) => (r.service.area_served === 'borough-wide' ? 'borough-wide' : list(r.service.area_served.map((w) => label('wards', w)))) },
    { title: 'Venues', value: (r) => list(venues(r).map((v) => `${v.name}, ${v.address}, ${formatPostcode(v.postcode)}`)) },
    { title: 'Wards of venues', value: (r) => list(venues(r).flatMap((v) => (v.ward ? [label('wards', v.ward)] : []))) },
    { title: 'Schedule', value: (r) => list(sessionsByDay(r.service.schedule).map((d) => `${d.label} ${d.sessions.map(formatSession).join(' and ')}`)) },
    { title: 'Schedule notes', value: (r) => r.service.schedule_notes },
    { title: 'Website', value: (r) => r.org.data.website },
    { title: 'Email', value: (r) => r.org.data.email },
    { title: 'Phone', value: (r) => r.org.data.phone },
    { title: 'Last checked', value: (r) => r.org.data.last_reviewed },
    { title: 'Page', value: (r) => new URL(urls.service(r.org.id, r.service.id), ctx.siteUrl).href },
  ];
}

/** Every service, ordered by organisation then service id (the Open Referral lists' order). */
export function directoryCsv(rows: Row[], ctx: DirectoryCsvContext): string {
  return toCsv(rows, directoryColumns(ctx));
}
