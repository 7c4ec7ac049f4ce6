/**
 * How fresh an entry is: whole months since someone last checked it, and
 * whether that passes the area's warning or "stale" thresholds from settings.
 */
export type Freshness = 'current' | 'warn' | 'stale';

/** Whole calendar months from one YYYY-MM-DD date to another (0 if the second is earlier). */
export function monthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.slice(0, 10).split('-').map(Number);
  const [ty, tm, td] = to.slice(0, 10).split('-').map(Number);
  const months = (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
  return Math.max(0, months);
}

export function reviewFreshness(
  lastReviewed: string,
  today: string,
  review: { warn_after_months: number; stale_after_months: number },
): { level: Freshness; months: number } {
  const months = monthsBetween(lastReviewed, today);
  const level: Freshness = months >= review.stale_after_months ? 'stale' : months >= review.warn_after_months ? 'warn' : 'current';
  return { level, months };
}
