/** The fund schema: a funding programme and its rounds. */
import { describe, expect, it } from 'vitest';
import { fixtureEntry, parsed, problems } from '../fixtures/schema-check';

const good = () => fixtureEntry('funds', 'community-fund');

describe('fund schema', () => {
  it('accepts a fund with a complete and a planned round', () => {
    const fund = parsed('funds', good());
    expect(fund.rounds.map((r: { id: string; status: string }) => [r.id, r.status])).toEqual([['round-1', 'complete'], ['round-2', 'planned']]);
    expect(fund.rounds[0].total_awarded).toBe(3000.5);
  });

  it('refuses an unknown fund type and a fund with no funder', () => {
    expect(problems('funds', { ...good(), type: 'lottery', funders: [] })).toEqual([
      'type: must be one of: grant-programme, crowdfund, cil-neighbourhood, section-106, response-fund, social-value; you wrote "lottery"',
      'funders: must name at least one funder',
    ]);
  });

  it('refuses a round that closes before it opens', () => {
    const fund = good();
    fund.rounds[0].closes = '2021-01-01';
    expect(problems('funds', fund)).toEqual(['rounds[1].closes: must not be before opens (2021-02-01); it is 2021-01-01']);
  });

  it('refuses a round status outside its list', () => {
    const fund = good();
    fund.rounds[0].status = 'done';
    expect(problems('funds', fund)).toEqual(['rounds[1].status: must be one of: planned, open, assessing, complete; you wrote "done"']);
  });

  it('refuses application counts that cannot be true', () => {
    const fund = good();
    Object.assign(fund.rounds[0], { applications_assessed: 12, applications_funded: 13 });
    expect(problems('funds', fund)).toEqual([
      'rounds[1].applications_assessed: cannot be more than applications_received (10); you wrote 12',
      'rounds[1].applications_funded: cannot be more than applications_assessed (12); you wrote 13',
    ]);
  });

  it('refuses a negative budget and a fractional count', () => {
    const fund = good();
    Object.assign(fund.rounds[0], { budget: -5, applications_received: 10.5 });
    expect(problems('funds', fund)).toEqual([
      'rounds[1].budget: must be zero or more: amounts cannot be negative; you wrote -5',
      'rounds[1].applications_received: must be a whole number; you wrote 10.5',
    ]);
  });

  it('refuses a grant id prefix in lower case', () => {
    expect(problems('funds', { ...good(), grant_id_prefix: 'ecf' })).toEqual(['grant_id_prefix: must be 2 to 12 capital letters or digits; you wrote "ecf"']);
  });
});
