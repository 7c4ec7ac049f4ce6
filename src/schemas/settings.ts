/**
 * The two settings files an area edits to adopt the site: content/settings/site.json
 * (names, map, limits, contacts) and content/settings/taxonomy.json (the lists
 * every other entry picks from).
 */
import { z } from 'astro/zod';
import { WHOLE_AREA } from '../lib/search-filters';
import { email, isHttpUrl, optional, slug, text, webUrl } from './fields';

const latitude = z.number({ error: 'must be a latitude in decimal degrees' }).min(-90).max(90);
const longitude = z.number({ error: 'must be a longitude in decimal degrees' }).min(-180).max(180);

/** A URL template with {z}/{x}/{y} or {postcode}-style placeholders, fetched by the visitor's browser. */
const urlTemplate = z
  .string()
  .refine((s) => isHttpUrl(s.replace(/\{[a-z]+\}/g, '0')), 'must be an https:// address template, e.g. https://tile.example.org/{z}/{x}/{y}.png');

export const siteSchema = z.strictObject({
  /** The name shown in the header and page titles. */
  site_name: text(80),
  /** Where the built site is published, used for canonical links and feeds. */
  site_url: webUrl,
  /** Short name of the area, e.g. "Barnet". */
  area_name: text(60),
  /** Name used in running text, e.g. "the London Borough of Barnet". */
  area_long_name: text(120),
  /** The council that runs the site. */
  council_name: text(120),
  /** ONS code of the local authority, e.g. E09000003. */
  local_authority_code: z.string().regex(/^[EWSN]\d{8}$/, 'must be an ONS local authority code such as E09000003'),
  /** The council's 360Giving organisation identifier, e.g. GB-LAE-BNE. */
  funder_org_id: z.string().regex(/^[A-Z]{2}-[A-Z]{2,5}-[A-Za-z0-9-]+$/, 'must be an org-id such as GB-LAE-BNE'),
  /** The council's name as a funder in open data. */
  funder_name: text(120),
  /** Short prefix used in generated identifiers, e.g. BNE in 360G-BNE-…. */
  id_prefix: z.string().regex(/^[A-Z0-9]{2,12}$/, 'must be 2 to 12 capital letters or digits'),
  /** True while the site shows demonstration content: every page then says so. */
  demo: z.boolean(),
  /** Where people get in touch. */
  contact: z.strictObject({
    /** Where residents report a problem with a page. */
    report_problem_email: email,
    /** Optional web form for reports; used instead of email when set. */
    report_problem_url: optional(webUrl),
    /** Who a faith group contacts about the covenant (a role, not a person's name). */
    covenant_contact: text(300),
  }),
  /** The map of the area. */
  map: z.strictObject({
    /** Where maps open. */
    centre: z.strictObject({
      /** Latitude in decimal degrees. */
      lat: latitude,
      /** Longitude in decimal degrees. */
      lng: longitude,
    }),
    /** The zoom maps open at (1 = the world, 18 = a street). */
    zoom: z.number().int().min(1).max(18),
    /** The area's bounding box: locations outside it are refused unless marked outside_area. */
    bounds: z.strictObject({
      /** Southern edge (latitude). */
      south: latitude,
      /** Western edge (longitude). */
      west: longitude,
      /** Northern edge (latitude). */
      north: latitude,
      /** Eastern edge (longitude). */
      east: longitude,
    }),
    /** Tile server template, fetched by visitors' browsers. */
    tile_url: urlTemplate,
    /** Attribution the tile provider requires (plain text; &copy; allowed). */
    tile_attribution: text(200),
    /** The page the attribution links to. */
    tile_attribution_url: webUrl,
  }),
  /** How a postcode typed on /explore/ is turned into a place. */
  geocoder: z.strictObject({
    /** Look-up for a full postcode; {postcode} is replaced. */
    postcode_url: urlTemplate,
    /** Look-up for an outward code such as N3; {outcode} is replaced. */
    outcode_url: urlTemplate,
    /**
     * Look postcodes up first in the site's own table, built by `npm run postcodes`
     * from an ONS Postcode Directory extract (public/data/postcodes/), so most
     * look-ups never leave the site. The services above then only explain misses.
     */
    static_table: z.boolean().default(false),
  }),
  /** Crowdfund Barnet (or the area's own civic crowdfunding). */
  crowdfund: z.strictObject({
    /** The most the council pledges to one crowdfund project, in pounds. */
    max_council_pledge: z.number().positive(),
    /** Name of the crowdfunding platform projects run on. */
    platform_name: text(60),
  }),
  /**
   * Where the "Exit this page" button on sensitive pages (themes marked sensitive)
   * sends people: a busy, neutral site that looks ordinary on a shared screen.
   */
  quick_exit_url: webUrl,
  /** How old an entry's last review may get before it is flagged. */
  review: z.strictObject({
    /** An entry not reviewed for this many months is flagged on its page. */
    warn_after_months: z.number().int().positive(),
    /** After this many months the flag is stronger. */
    stale_after_months: z.number().int().positive(),
  }),
});
export type Site = z.infer<typeof siteSchema>;

const term = z.strictObject({
  /** Stable id used in content files and URLs. */
  id: slug,
  /** The name people read. */
  label: text(80),
});

/** A place's id: any slug but the one search keeps for "the whole area". */
const placeId = slug.refine((id) => id !== WHOLE_AREA, `"${WHOLE_AREA}" is kept for things open to the whole area; choose another id`);
const place = term.extend({
  /** Stable id used in content files and URLs; not "whole-area". */
  id: placeId,
});

export const taxonomySchema = z.strictObject({
  /** Parliamentary constituencies; Residents Forums and wards refer to them. */
  constituencies: z.array(place).min(1),
  /** Wards, each in one constituency. */
  wards: z
    .array(
      place.extend({
        /** The constituency's id. */
        constituency: slug,
      }),
    )
    .min(1),
  /** What services and grants are about, e.g. food, older people. */
  themes: z.array(
    term.extend({
      /** Other words people search for, e.g. "foodbank" for food. */
      synonyms: z.array(text(60)).default([]),
      /** Pages on a sensitive theme carry a quick-exit button. */
      sensitive: z.boolean().default(false),
    }),
  ),
  /** Faith traditions, for faith groups and covenant signatories. */
  faith_traditions: z.array(term),
  /** Languages services are offered in. */
  languages: z.array(term),
  /** Venue accessibility features, e.g. step-free access. */
  accessibility_features: z.array(term),
  /** Kinds of organisation, e.g. charity, CIC, faith group. */
  organisation_types: z.array(term),
});
export type Taxonomy = z.infer<typeof taxonomySchema>;
