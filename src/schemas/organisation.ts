/**
 * A voluntary, community or faith organisation in the directory, with the
 * places it works from (locations) and what it offers (services).
 * File: content/organisations/<id>.md; the Markdown body is the long description.
 */
import { z } from 'astro/zod';
import {
  bothTimes, charityNumber, companyNumber, count, email, image, isoDate, optional, optionalText, phone, postcode, slug, text, time, webUrl,
} from './fields';
import type { Site } from './settings';
import type { TaxonomyFields } from './taxonomy-fields';

export const ORGANISATION_STATUSES = ['active', 'inactive', 'closed'] as const;
export const LOCATION_PRECISIONS = ['exact', 'approximate'] as const;
export const COSTS = ['free', 'low-cost', 'paid'] as const;
export const DELIVERY_MODES = ['in-person', 'phone', 'online', 'home-visit'] as const;
export const ACCESS_ROUTES = ['self-referral', 'professional-referral', 'drop-in', 'booking'] as const;
export const SERVICE_STATUSES = ['active', 'paused', 'closed'] as const;
export const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export const ASSET_KINDS = ['money', 'people', 'insight', 'spaces'] as const;

/** One regular session: a day and its hours. Several sessions on one day are allowed. */
const session = z
  .strictObject({
    /** The day of the week. */
    day: z.enum(DAYS, { error: `must be one of: ${DAYS.join(', ')}` }),
    /** Opening time, 24-hour clock. */
    opens: time,
    /** Closing time (after it opens). */
    closes: time,
    /** e.g. "term time only" or "first Monday of the month". */
    note: optionalText(120),
  })
  .superRefine((s, ctx) => {
    if (bothTimes(s.opens, s.closes) && s.closes <= s.opens) ctx.addIssue({ code: 'custom', path: ['closes'], message: `must be after opens (${s.opens})` });
  });

export function organisationSchema(t: TaxonomyFields, site: Site) {
  const { south, north, west, east } = site.map.bounds;

  const location = z
    .strictObject({
      /** Stable id within this organisation, e.g. "main-hall". */
      id: slug,
      /** Name of the venue, e.g. "St Mary's Church Hall". */
      name: text(120),
      /** Street address without the postcode. */
      address: text(200),
      /** The venue's postcode (a full UK postcode). */
      postcode,
      /** Latitude in decimal degrees (WGS84). */
      lat: z.number({ error: 'must be a latitude in decimal degrees, e.g. 51.6012' }),
      /** Longitude in decimal degrees (WGS84). */
      lng: z.number({ error: 'must be a longitude in decimal degrees, e.g. -0.1935' }),
      /** "approximate" when the point marks a town centre or street, not the door. */
      location_precision: z.enum(LOCATION_PRECISIONS, { error: 'must be exact or approximate' }),
      /** Tick when the venue is deliberately outside the area, so its coordinates are allowed. */
      outside_area: z.boolean().default(false),
      /** The ward it is in; required inside the area. */
      ward: optional(t.ward),
      /** Accessibility features of the venue, from the taxonomy. */
      accessibility: z.array(t.accessibility).default([]),
      /** Regular opening hours of the venue. */
      opening_hours: z.array(session).default([]),
    })
    .superRefine((loc, ctx) => {
      if (loc.outside_area) return;
      if (loc.lat < south || loc.lat > north)
        ctx.addIssue({ code: 'custom', path: ['lat'], message: `${loc.lat} is outside ${site.area_name} (allowed ${south} to ${north}); if the venue really is outside, tick "outside the area" (outside_area: true)` });
      if (loc.lng < west || loc.lng > east)
        ctx.addIssue({ code: 'custom', path: ['lng'], message: `${loc.lng} is outside ${site.area_name} (allowed ${west} to ${east}); if the venue really is outside, tick "outside the area" (outside_area: true)` });
      if (!loc.ward) ctx.addIssue({ code: 'custom', path: ['ward'], message: 'is required for a venue inside the area' });
    });

  const service = z
    .strictObject({
      /** Stable id, unique across the whole directory, e.g. "age-uk-barnet-befriending". Never change it once published. */
      id: slug,
      /** The service's name, e.g. "Befriending". */
      name: text(120),
      /** What happens and who it helps, in plain words. */
      description: text(1500),
      /** What it helps with, from the taxonomy's themes. */
      themes: z.array(t.theme).min(1, 'must list at least one theme'),
      /** Who can use it, e.g. "Carers of adults with a learning disability living in Barnet". */
      eligibility: optionalText(500),
      /** Youngest age served; leave empty for no lower limit. */
      min_age: optional(count.max(120)),
      /** Oldest age served; leave empty for no upper limit. */
      max_age: optional(count.max(120)),
      /** Free, low cost or paid. */
      cost: z.enum(COSTS, { error: `must be one of: ${COSTS.join(', ')}` }),
      /** What it costs and any concessions, e.g. "£2 a session". */
      cost_notes: optionalText(300),
      /** Languages it is offered in, from the taxonomy. */
      languages: z.array(t.language).default([]),
      /** How it is delivered: in person, phone, online, home visit. */
      delivery: z.array(z.enum(DELIVERY_MODES, { error: `must be one of: ${DELIVERY_MODES.join(', ')}` })).min(1, 'must list at least one way the service is delivered'),
      /** "borough-wide" or a list of wards. */
      area_served: z.union([z.literal('borough-wide'), z.array(t.ward).min(1)], {
        error: 'must be "borough-wide" or a list of wards',
      }),
      /** Ids of this organisation's locations where the service runs; empty for phone, online or home visits. */
      locations: z.array(slug).default([]),
      /** How people get it: self-referral, professional referral, drop-in, booking. */
      access: z.array(z.enum(ACCESS_ROUTES, { error: `must be one of: ${ACCESS_ROUTES.join(', ')}` })).min(1, 'must say how people get access'),
      /** Regular sessions; several on one day are allowed. */
      schedule: z.array(session).default([]),
      /** Free-text timing where sessions do not fit, e.g. "by appointment". */
      schedule_notes: optionalText(300),
      /** Active, paused or closed. */
      status: z.enum(SERVICE_STATUSES, { error: `must be one of: ${SERVICE_STATUSES.join(', ')}` }).default('active'),
    })
    .superRefine((s, ctx) => {
      if (s.min_age !== undefined && s.max_age !== undefined && s.max_age < s.min_age)
        ctx.addIssue({ code: 'custom', path: ['max_age'], message: `must not be below min_age (${s.min_age})` });
    });

  return z
    .strictObject({
      /** The organisation's name as it uses it. */
      name: text(150),
      /** Other names people know it by, e.g. "CAB" for Citizens Advice; search finds these too. */
      alternate_names: z.array(text(150)).default([]),
      /** One or two sentences shown in lists and search results. */
      summary: text(200),
      /** What kind of organisation, from the taxonomy. */
      type: t.organisationType,
      /** Registered with the Charity Commission for England and Wales. */
      charity_number: optional(charityNumber),
      /** Registered at Companies House. */
      company_number: optional(companyNumber),
      /** What it works on, from the taxonomy's themes. */
      themes: z.array(t.theme).min(1, 'must list at least one theme'),
      /** For faith groups and places of worship. */
      faith_tradition: optional(t.faith),
      /** A member of the borough's VCFS infrastructure partnership. */
      partnership_member: z.boolean().default(false),
      /** What the organisation can bring to place-based work; each with a line of detail. */
      offers: z
        .array(
          z.strictObject({
            /** Money, people and services, insight, or spaces. */
            kind: z.enum(ASSET_KINDS, { error: `must be one of: ${ASSET_KINDS.join(', ')}` }),
            /** A line of detail, e.g. "Two meeting rooms free to community groups on weekday evenings". */
            detail: text(200),
          }),
        )
        .default([]),
      /** Its website (http or https). */
      website: optional(webUrl),
      /** The organisation's public address, never a private person's. */
      email: optional(email),
      /** The organisation's public number, never a private person's. */
      phone: optional(phone),
      /** Its logo, with alt text. */
      logo: optional(image),
      /** Active, inactive or closed; a closed organisation stays listed for the funding record. */
      status: z.enum(ORGANISATION_STATUSES, { error: `must be one of: ${ORGANISATION_STATUSES.join(', ')}` }),
      /** A short notice shown at the top of the page, e.g. "Closed over the holidays". */
      alert: optionalText(300),
      /** When someone last checked this entry was right. Required. */
      last_reviewed: isoDate,
      /** Illustrative entry: the page says the details are for demonstration. */
      demo: z.boolean().default(false),
      /** The places it works from. */
      locations: z.array(location).default([]),
      /** What it offers. */
      services: z.array(service).default([]),
    })
    .superRefine((org, ctx) => {
      const locationIds = new Set(org.locations.map((l) => l.id));
      org.services.forEach((s, i) =>
        s.locations.forEach((id, j) => {
          if (!locationIds.has(id))
            ctx.addIssue({ code: 'custom', path: ['services', i, 'locations', j], message: `"${id}" is not one of this organisation's locations (${[...locationIds].join(', ') || 'none'})` });
        }),
      );
      const seen = new Set<string>();
      org.locations.forEach((l, i) => {
        if (seen.has(l.id)) ctx.addIssue({ code: 'custom', path: ['locations', i, 'id'], message: `"${l.id}" is used by two locations; each needs its own id` });
        seen.add(l.id);
      });
    });
}
export type Organisation = z.infer<ReturnType<typeof organisationSchema>>;
export type OrgLocation = Organisation['locations'][number];
export type Service = Organisation['services'][number];
