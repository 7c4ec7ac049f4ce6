/**
 * schema.org data for an organisation page, and the one safe way to put JSON
 * inside a <script> element: "<" escaped so editor text cannot close the tag.
 */
import type { Organisation } from '../schemas/organisation';
import { formatPostcode } from './directory-labels';

export function organisationJsonLd(org: Organisation, pageUrl: string, identifier: string, areaName: string) {
  const postalAddress = (l: Organisation['locations'][number]) => ({
    '@type': 'PostalAddress',
    streetAddress: l.address,
    postalCode: formatPostcode(l.postcode),
    addressLocality: areaName,
    addressCountry: 'GB',
  });
  const [main] = org.locations;
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    '@id': pageUrl,
    name: org.name,
    ...(org.alternate_names.length ? { alternateName: org.alternate_names } : {}),
    description: org.summary,
    url: org.website ?? pageUrl,
    identifier,
    ...(org.email ? { email: org.email } : {}),
    ...(org.phone ? { telephone: org.phone } : {}),
    ...(main ? { address: postalAddress(main) } : {}),
    ...(org.locations.length
      ? {
          location: org.locations.map((l) => ({
            '@type': 'Place',
            name: l.name,
            address: postalAddress(l),
            geo: { '@type': 'GeoCoordinates', latitude: l.lat, longitude: l.lng },
          })),
        }
      : {}),
  };
}

/** JSON that is safe inside <script>: no "<" can end the element or open a comment. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
