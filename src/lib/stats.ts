/**
 * The headline figures on the home page, each computed from the content and
 * each pointing at the page that lists what it counts.
 */
import type { CrowdfundProject } from '../schemas/crowdfund';
import type { Grant } from '../schemas/grant';
import type { Meeting } from '../schemas/meeting';
import type { Taxonomy } from '../schemas/settings';
import { orgWards, type OrgEntry } from './directory';
import { sumBy } from './money';

interface Content {
  organisations: OrgEntry[];
  grants: { data: Pick<Grant, 'amount_awarded' | 'status'> }[];
  crowdfund: { data: Pick<CrowdfundProject, 'status'> }[];
  meetings: { data: Pick<Meeting, 'status'> }[];
}

/** A withdrawn award never went ahead, so it is not counted as money awarded. */
export const countsAsAwarded = (g: { status: Grant['status'] }) => g.status !== 'withdrawn';

export function headlineFigures(content: Content, taxonomy: Pick<Taxonomy, 'wards'>) {
  const wardIds = new Set(taxonomy.wards.map((w) => w.id));
  const covered = new Set(content.organisations.flatMap((o) => orgWards(o.data)).filter((w) => wardIds.has(w)));
  const awards = content.grants.filter((g) => countsAsAwarded(g.data));
  return {
    organisations: content.organisations.length,
    services: content.organisations.reduce((n, o) => n + o.data.services.length, 0),
    wardsCovered: covered.size,
    wardsTotal: wardIds.size,
    grantsAwarded: sumBy(awards, (g) => g.data.amount_awarded),
    awards: awards.length,
    crowdfundProjects: content.crowdfund.length,
    meetingsHeld: content.meetings.filter((m) => m.data.status === 'held').length,
  };
}
export type HeadlineFigures = ReturnType<typeof headlineFigures>;
