/** When an entry's "Last checked" date earns a warning, from the thresholds in settings. */
import { describe, expect, it } from 'vitest';
import { monthsBetween, reviewFreshness } from '../../src/lib/freshness';

const review = { warn_after_months: 6, stale_after_months: 12 };

describe('months between dates', () => {
  it('counts whole calendar months only', () => {
    expect(monthsBetween('2026-01-15', '2026-07-14')).toBe(5);
    expect(monthsBetween('2026-01-15', '2026-07-15')).toBe(6);
    expect(monthsBetween('2025-11-30', '2026-11-29')).toBe(11);
  });
  it('never goes below zero for a date in the future', () => {
    expect(monthsBetween('2027-01-01', '2026-01-01')).toBe(0);
  });
});

describe('review freshness', () => {
  it('is current before the warning threshold', () => {
    expect(reviewFreshness('2026-06-01', '2026-11-30', review)).toEqual({ level: 'current', months: 5 });
  });
  it('warns from the warning threshold', () => {
    expect(reviewFreshness('2026-05-01', '2026-11-01', review)).toEqual({ level: 'warn', months: 6 });
  });
  it('is stale from the stale threshold', () => {
    expect(reviewFreshness('2025-11-01', '2026-11-01', review)).toEqual({ level: 'stale', months: 12 });
  });
  it('follows the thresholds it is given', () => {
    expect(reviewFreshness('2026-08-01', '2026-11-01', { warn_after_months: 3, stale_after_months: 4 }).level).toBe('warn');
  });
});
