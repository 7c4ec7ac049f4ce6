/** schema.org data on organisation pages, and JSON that cannot break out of its <script>. */
import { describe, expect, it } from 'vitest';
import { jsonForScript, organisationJsonLd } from '../../src/lib/json-ld';
import { org, venue } from './directory-entries';

describe('organisation JSON-LD', () => {
  it('describes the organisation with its address and identifier', () => {
    const hub = org('hub', 'Hub', { website: 'https://hub.example.org', phone: '020 7946 0000', locations: [venue('hall', 'hendon', { postcode: 'nw4 4bt' })] });
    const data = organisationJsonLd(hub.data, 'https://site.example.org/directory/hub/', 'GB-CHC-1123456', 'Barnet');
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Organization',
      name: 'Hub',
      url: 'https://hub.example.org',
      identifier: 'GB-CHC-1123456',
      telephone: '020 7946 0000',
      address: { '@type': 'PostalAddress', streetAddress: '1 Example Road', postalCode: 'NW4 4BT', addressLocality: 'Barnet', addressCountry: 'GB' },
    });
    expect(data.location).toHaveLength(1);
  });

  it('uses the page address when the organisation has no website, and leaves out an address it does not have', () => {
    const data = organisationJsonLd(org('x', 'X').data, 'https://site.example.org/directory/x/', 'id', 'Barnet');
    expect(data.url).toBe('https://site.example.org/directory/x/');
    expect(data).not.toHaveProperty('address');
  });
});

it('escapes "<" so editor text cannot close the script element', () => {
  const json = jsonForScript({ name: '</script><script>alert(1)</script>' });
  expect(json).not.toContain('<');
  expect(JSON.parse(json)).toEqual({ name: '</script><script>alert(1)</script>' });
});
