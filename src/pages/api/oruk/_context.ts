/**
 * What every Open Referral UK file is built from: the directory's services in
 * their published order, and the settings and Git dates the mapper needs.
 * (Underscored, so Astro does not make it a route.)
 */
import { siteContent } from '../../../data/content';
import { directoryServices, orukContext } from '../../../lib/open-referral';
import { loadSettings } from '../../../lib/settings';
import { lastChanged } from '../../../lib/git-history';

export async function orukSource() {
  const { organisations } = await siteContent();
  const { site, taxonomy } = loadSettings();
  // The organisation's file holds its services, so its last commit dates them all.
  const ctx = orukContext(site, taxonomy, (orgId) => lastChanged('organisations', orgId));
  return { services: directoryServices(organisations), ctx };
}

export function json(value: unknown): Response {
  return new Response(JSON.stringify(value), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
