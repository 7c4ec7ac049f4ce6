/**
 * Organisation entries for the directory tests, parsed through the real schema
 * (so defaults are filled in as in a build) from a few lines of input each.
 */
import type { OrgEntry } from '../../src/lib/directory';
import type { Organisation } from '../../src/schemas/organisation';
import { parsed } from '../fixtures/schema-check';

const base = { summary: 'A test organisation.', type: 'charity', themes: ['food'], status: 'active', last_reviewed: '2026-10-01' };

export const venue = (id: string, ward: string | undefined, extra: Record<string, unknown> = {}) => ({
  id, name: `${id} venue`, address: '1 Example Road', postcode: 'N3 1AB', lat: 51.6, lng: -0.2, location_precision: 'exact', ward, ...extra,
});

export const service = (id: string, extra: Record<string, unknown> = {}) => ({
  id, name: `${id} service`, description: 'Help.', themes: ['food'], cost: 'free', delivery: ['in-person'],
  area_served: 'borough-wide', access: ['drop-in'], ...extra,
});

export function org(id: string, name: string, extra: Record<string, unknown> = {}): OrgEntry {
  return { id, data: parsed<Organisation>('organisations', { ...base, name, ...extra }) };
}
