/** The crowdfund schema: a civic crowdfunding project and the council's pledge. */
import { describe, expect, it } from 'vitest';
import { fixtureEntry, fixtureSettings, parsed, problems } from '../fixtures/schema-check';

const good = () => fixtureEntry('crowdfund', 'orchard-garden');

describe('crowdfund schema', () => {
  it('accepts a funded project with the largest pledge allowed', () => {
    expect(fixtureSettings.site.crowdfund.max_council_pledge).toBe(5000);
    expect(parsed('crowdfund', good())).toMatchObject({ council_pledge: 5000, council_pledge_status: 'paid', location: { postcode: 'EN5 4QS', ward: 'high-barnet' } });
  });

  it('refuses a pledge over the maximum in settings', () => {
    expect(problems('crowdfund', { ...good(), council_pledge: 5000.01 })).toEqual([
      "council_pledge: must be at most £5,000, the council's maximum pledge (set in settings/site.json); you wrote 5000.01",
    ]);
  });

  it('refuses a pledge status without a pledge, and a paid pledge on a failed campaign', () => {
    expect(problems('crowdfund', { ...good(), council_pledge: 0, council_pledge_status: 'pledged' })).toEqual(['council_pledge: must be more than 0 when the pledge status is "pledged"']);
    expect(problems('crowdfund', { ...good(), status: 'unsuccessful' })).toEqual([
      'council_pledge_status: cannot be "paid" on an unsuccessful campaign: a pledge is only paid when the target is reached; use "not-paid"',
    ]);
  });

  it('refuses a campaign that ends before it starts', () => {
    expect(problems('crowdfund', { ...good(), campaign_end: '2021-03-31' })).toEqual(['campaign_end: must not be before campaign_start (2021-04-01); it is 2021-03-31']);
  });

  it('refuses a location outside the area, an unknown ward and a malformed postcode', () => {
    const project = good();
    Object.assign(project.location, { lat: 51.7, ward: 'hampstead', postcode: 'EN5' });
    expect(problems('crowdfund', project)).toEqual([
      'location.postcode: must be a full UK postcode such as "N3 1AB" or "EN5 4QS"; you wrote "EN5"',
      expect.stringMatching(/^location\.ward: "hampstead" is not a known ward; allowed: /),
      'location.lat: 51.7 is outside Barnet (allowed 51.555 to 51.671); check the latitude, or leave it out',
    ]);
  });

  it('needs a proposer, a status and amounts as numbers', () => {
    const project: Record<string, any> = { ...good(), target: '£12,000', status: 'open' };
    delete project.proposer;
    expect(problems('crowdfund', project)).toEqual([
      'target: must be an amount in pounds written as a number, e.g. 12500 or 99.50 (no £ sign or commas); you wrote "£12,000"',
      'status: must be one of: idea, live, funded, unsuccessful, delivered; you wrote "open"',
    ]);
    expect(problems('crowdfund', { ...good(), proposer: undefined, status: 'live' })).toEqual(['proposer: is required: choose a directory organisation or give proposer_name']);
  });

  it('refuses a platform link that is not a web address', () => {
    expect(problems('crowdfund', { ...good(), platform_url: 'javascript:alert(1)' })).toEqual(['platform_url: must be a web address starting https:// or http://; you wrote "javascript:alert(1)"']);
  });
});
