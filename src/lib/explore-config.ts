/**
 * What the explore script needs from the settings, handed to it as one data-
 * attribute: where to look postcodes up (see src/lib/geocode.ts).
 */
import type { Site } from '../schemas/settings';
import type { GeocoderConfig } from './geocode';

/** Where `npm run postcodes` writes the static table inside public/, and so where the site serves it. */
export const POSTCODE_TABLE_PATH = '/data/postcodes/';

export function geocoderConfig(site: Site): GeocoderConfig {
  return {
    postcodeUrl: site.geocoder.postcode_url,
    outcodeUrl: site.geocoder.outcode_url,
    staticTable: site.geocoder.static_table ?? false,
    staticTablePath: POSTCODE_TABLE_PATH,
    localAuthorityCode: site.local_authority_code,
    areaName: site.area_name,
    bounds: site.map.bounds,
  };
}
