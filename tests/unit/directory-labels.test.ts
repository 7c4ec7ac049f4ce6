/** The words residents read for ages, postcodes and fixed values. */
import { describe, expect, it } from 'vitest';
import { ACCESS_LABELS, COST_LABELS, DELIVERY_LABELS, ageRange, formatPostcode } from '../../src/lib/directory-labels';
import { ACCESS_ROUTES, COSTS, DELIVERY_MODES } from '../../src/schemas/organisation';

describe('age range', () => {
  it('says "All ages" when there is no limit (0 is no lower limit)', () => {
    expect(ageRange(undefined, undefined)).toBe('All ages');
    expect(ageRange(0, undefined)).toBe('All ages');
  });
  it('reads a lower limit, an upper limit, and both', () => {
    expect(ageRange(18, undefined)).toBe('18 and over');
    expect(ageRange(undefined, 25)).toBe('Up to 25');
    expect(ageRange(11, 18)).toBe('11 to 18');
    expect(ageRange(16, 16)).toBe('Age 16 only');
  });
});

it('writes postcodes in capitals with the usual space', () => {
  expect(formatPostcode('n31ab')).toBe('N3 1AB');
  expect(formatPostcode(' en5  4qs ')).toBe('EN5 4QS');
});

it('has a label for every cost, delivery mode and access route the schema allows', () => {
  for (const [values, labels] of [[COSTS, COST_LABELS], [DELIVERY_MODES, DELIVERY_LABELS], [ACCESS_ROUTES, ACCESS_LABELS]] as const)
    for (const v of values) expect((labels as Record<string, string>)[v], v).toMatch(/\w/);
});
