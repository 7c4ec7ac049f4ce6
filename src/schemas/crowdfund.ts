/**
 * A civic crowdfunding project and the council's pledge to it.
 * File: content/crowdfund/<id>.md; the Markdown body tells the project's story.
 */
import { z } from 'astro/zod';
import { count, endNotBeforeStart, image, isoDate, money, optional, optionalText, postcode, ref, text, webUrl } from './fields';
import type { Site } from './settings';
import type { TaxonomyFields } from './taxonomy-fields';

export const PROJECT_STATUSES = ['idea', 'live', 'funded', 'unsuccessful', 'delivered'] as const;
export const PLEDGE_STATUSES = ['none', 'requested', 'pledged', 'paid', 'not-paid'] as const;

export function crowdfundSchema(t: TaxonomyFields, site: Site) {
  const max = site.crowdfund.max_council_pledge;
  return z
    .strictObject({
      /** The project's name, e.g. "A cold room for the Church End Community Pantry". */
      title: text(150),
      /** One or two sentences for lists. */
      summary: text(300),
      /** A directory organisation's id, if the proposer is listed. */
      proposer: optional(ref('an organisation')),
      /** The proposer's name when not in the directory (a group, or "A resident"). */
      proposer_name: optionalText(150),
      /** Where the project happens. */
      location: z.strictObject({
        /** The place, e.g. "Church End Community Pantry" or "Whetstone Green". */
        name: text(150),
        /** Its postcode, where it has one. */
        postcode: optional(postcode),
        /** Latitude in decimal degrees, inside the area, for the map. */
        lat: optional(z.number()),
        /** Longitude in decimal degrees, inside the area, for the map. */
        lng: optional(z.number()),
        /** The ward it is in. */
        ward: t.ward,
      }),
      /** What it is about, from the taxonomy's themes. */
      themes: z.array(t.theme).default([]),
      /** The campaign's target in pounds. */
      target: money,
      /** Raised so far, in pounds. */
      raised: money,
      /** How many people and organisations have pledged. */
      backers: count,
      /** The council's pledge, in pounds (at most the settings maximum). */
      council_pledge: money.max(max, `must be at most £${max.toLocaleString('en-GB')}, the council's maximum pledge (set in settings/site.json)`).default(0),
      /** Where the council's pledge stands: none, requested, pledged, paid or not paid. */
      council_pledge_status: z.enum(PLEDGE_STATUSES, { error: `must be one of: ${PLEDGE_STATUSES.join(', ')}` }).default('none'),
      /** When the campaign opened. */
      campaign_start: optional(isoDate),
      /** When the campaign closes (not before it opened). */
      campaign_end: optional(isoDate),
      /** Where the project is: idea, live, funded, unsuccessful or delivered. */
      status: z.enum(PROJECT_STATUSES, { error: `must be one of: ${PROJECT_STATUSES.join(', ')}` }),
      /** The project's page on the crowdfunding platform. */
      platform_url: optional(webUrl),
      /** Pictures, each with alt text. */
      images: z.array(image).default([]),
      /** News from the project, one row each. */
      updates: z
        .array(
          z.strictObject({
            /** When it happened. */
            date: isoDate,
            /** What happened, in plain words. */
            text: text(1000),
          }),
        )
        .default([]),
      /** Illustrative entry: the page says the details are for demonstration. */
      demo: z.boolean().default(false),
    })
    .superRefine(endNotBeforeStart('campaign_start', 'campaign_end'))
    .superRefine((p, ctx) => {
      // The map shows projects in the area; a point outside it is almost always a typo (or lat and lng swapped).
      const { south, north, west, east } = site.map.bounds;
      const { lat, lng } = p.location;
      if (lat !== undefined && (lat < south || lat > north))
        ctx.addIssue({ code: 'custom', path: ['location', 'lat'], message: `${lat} is outside ${site.area_name} (allowed ${south} to ${north}); check the latitude, or leave it out` });
      if (lng !== undefined && (lng < west || lng > east))
        ctx.addIssue({ code: 'custom', path: ['location', 'lng'], message: `${lng} is outside ${site.area_name} (allowed ${west} to ${east}); check the longitude, or leave it out` });
    })
    .superRefine((p, ctx) => {
      if (!p.proposer && !p.proposer_name)
        ctx.addIssue({ code: 'custom', path: ['proposer'], message: 'is required: choose a directory organisation or give proposer_name' });
      if (p.council_pledge_status === 'paid' && p.status === 'unsuccessful')
        ctx.addIssue({ code: 'custom', path: ['council_pledge_status'], message: 'cannot be "paid" on an unsuccessful campaign: a pledge is only paid when the target is reached; use "not-paid"' });
      if (p.council_pledge_status !== 'none' && p.council_pledge === 0)
        ctx.addIssue({ code: 'custom', path: ['council_pledge'], message: `must be more than 0 when the pledge status is "${p.council_pledge_status}"` });
    });
}
export type CrowdfundProject = z.infer<ReturnType<typeof crowdfundSchema>>;
