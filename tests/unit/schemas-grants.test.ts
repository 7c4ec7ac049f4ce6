/** The grant schema: one funding decision, as published in 360Giving data. */
import { describe, expect, it } from 'vitest';
import { fixtureEntry, parsed, problems } from '../fixtures/schema-check';

const good = () => fixtureEntry('grants', 'ecf-r1-greenfield');

describe('grant schema', () => {
  it('accepts a grant to a directory organisation, with payments', () => {
    const grant = parsed('grants', good());
    expect(grant).toMatchObject({ grant_id: '360G-BNE-ECF-R1-01', amount_awarded: 1000, award_date: '2021-06-01', payments: [{ date: '2021-07-01', amount: 1000 }] });
  });

  it('accepts a grant to a recipient not in the directory, by name and org-id', () => {
    expect(problems('grants', fixtureEntry('grants', 'ecf-r1-lunch-club'))).toEqual([]);
  });

  it('needs a recipient: a directory organisation or a name', () => {
    const grant = good();
    delete grant.recipient;
    expect(problems('grants', grant)).toEqual(['recipient: is required: choose a directory organisation, or give recipient_name (and recipient_org_id) for one not listed']);
  });

  it('refuses a grant id that is not a 360Giving id', () => {
    expect(problems('grants', { ...good(), grant_id: 'BNE-CIF-1' })).toEqual(['grant_id: must start 360G- followed by letters, digits, _ or -, e.g. 360G-BNE-CIF-R1-01; you wrote "BNE-CIF-1"']);
    expect(problems('grants', { ...good(), grant_id: '360G-BNE CIF' })).toHaveLength(1);
  });

  it('refuses an org-id in the wrong form', () => {
    expect(problems('grants', { ...fixtureEntry('grants', 'ecf-r1-lunch-club'), recipient_org_id: 'GB-CHC-12' })).toEqual([
      'recipient_org_id: must be an org-id such as GB-CHC-1123456, GB-COH-01234567 or 360G-BNE-…; you wrote "GB-CHC-12"',
    ]);
    expect(problems('grants', { ...fixtureEntry('grants', 'ecf-r1-lunch-club'), recipient_org_id: 'GB-COH-1234567' })).toHaveLength(1);
  });

  it('accepts org-ids from other registers, such as the Scottish charity regulator', () => {
    for (const id of ['GB-CHC-1123456', 'GB-COH-01234567', 'GB-COH-SC123456', 'GB-SC-SC012345', 'GB-MPR-12345R', '360G-BNE-OAKLANE'])
      expect(problems('grants', { ...fixtureEntry('grants', 'ecf-r1-lunch-club'), recipient_org_id: id }), id).toEqual([]);
  });

  it('refuses negative, fractional-penny and text amounts', () => {
    expect(problems('grants', { ...good(), amount_awarded: -1000, amount_requested: 'lots' })).toEqual([
      'amount_requested: must be an amount in pounds written as a number, e.g. 12500 or 99.50 (no £ sign or commas); you wrote "lots"',
      'amount_awarded: must be zero or more: amounts cannot be negative; you wrote -1000',
    ]);
    expect(problems('grants', { ...good(), amount_awarded: 1000.001 })).toEqual(['amount_awarded: must have at most two decimal places (pence); you wrote 1000.001']);
  });

  it('refuses payments adding up to more than the award', () => {
    expect(problems('grants', { ...good(), payments: [{ date: '2021-07-01', amount: 600 }, { date: '2021-10-01', amount: 600 }] })).toEqual([
      'payments: add up to £1200.00, more than amount_awarded (£1000.00)',
    ]);
  });

  it('refuses a planned end before the planned start', () => {
    expect(problems('grants', { ...good(), planned_end: '2021-06-30' })).toEqual(['planned_end: must not be before planned_start (2021-07-01); it is 2021-06-30']);
  });

  it('refuses an unknown status and unknown wards', () => {
    const grant = { ...good(), status: 'paid', beneficiary_wards: ['finchley-church-end', 'hampstead'] };
    expect(problems('grants', grant)).toEqual([
      expect.stringMatching(/^beneficiary_wards\[2\]: "hampstead" is not a known ward; allowed: barnet-vale, /),
      'status: must be one of: awarded, in-progress, completed, withdrawn, clawed-back; you wrote "paid"',
    ]);
  });

  it('refuses a decision without its meeting', () => {
    const grant = good();
    delete grant.meeting;
    expect(problems('grants', grant)).toEqual(['meeting: is required when a decision is given']);
  });
});
