/**
 * The words residents read for the directory's fixed values (cost, delivery,
 * how to get access, status, age range). Stored values stay short ids; these
 * labels are the only place their wording lives.
 */
import type { ACCESS_ROUTES, ASSET_KINDS, COSTS, DELIVERY_MODES, ORGANISATION_STATUSES, SERVICE_STATUSES } from '../schemas/organisation';

type Of<T extends readonly string[]> = T[number];

export const COST_LABELS: Record<Of<typeof COSTS>, string> = { free: 'Free', 'low-cost': 'Low cost', paid: 'Paid' };

export const DELIVERY_LABELS: Record<Of<typeof DELIVERY_MODES>, string> = {
  'in-person': 'In person',
  phone: 'By phone',
  online: 'Online',
  'home-visit': 'Home visits',
};

export const ACCESS_LABELS: Record<Of<typeof ACCESS_ROUTES>, string> = {
  'self-referral': 'Contact them yourself (self-referral)',
  'professional-referral': 'Referral from a professional, such as a GP or social worker',
  'drop-in': 'Drop in, no appointment needed',
  booking: 'Book a place first',
};

export const ORGANISATION_STATUS_LABELS: Record<Of<typeof ORGANISATION_STATUSES>, string> = {
  active: 'Active',
  inactive: 'Not running at the moment',
  closed: 'Closed',
};

export const SERVICE_STATUS_LABELS: Record<Of<typeof SERVICE_STATUSES>, string> = {
  active: 'Running',
  paused: 'Paused',
  closed: 'Closed',
};

export const OFFER_LABELS: Record<Of<typeof ASSET_KINDS>, string> = {
  money: 'Money',
  people: 'People and services',
  insight: 'Insight',
  spaces: 'Spaces',
};

/** "All ages" when there is no limit; otherwise "18 and over", "Up to 25" or "11 to 18". */
export function ageRange(min: number | undefined, max: number | undefined): string {
  const hasMin = min !== undefined && min > 0;
  if (!hasMin && max === undefined) return 'All ages';
  if (!hasMin) return `Up to ${max}`;
  if (max === undefined) return `${min} and over`;
  return min === max ? `Age ${min} only` : `${min} to ${max}`;
}

/** A postcode as people write it: capitals, one space before the last three characters ("n31ab" → "N3 1AB"). */
export function formatPostcode(postcode: string): string {
  const compact = postcode.replace(/\s+/g, '').toUpperCase();
  return `${compact.slice(0, -3)} ${compact.slice(-3)}`;
}
