/** The covenant schema: the Faith Covenant, its history, commitments and signatories. */
import { describe, expect, it } from 'vitest';
import { fixtureEntry, parsed, problems } from '../fixtures/schema-check';

const good = () => fixtureEntry('covenant', 'faith-covenant');

describe('covenant schema', () => {
  it('accepts the covenant with commitments, evidence links and signatories', () => {
    const covenant = parsed('covenant', good());
    expect(covenant.adopted).toBe('2015-07-01');
    expect(covenant.commitments[0].evidence.map((e: { url: string }) => e.url)).toEqual(['/meetings/2021-06-01-funding-panel/', 'https://guidance.example.org']);
    expect(covenant.signatories).toEqual([{ organisation: 'oak-lane-faith-centre', faith_tradition: 'interfaith', signed: '2021-09-01' }]);
  });

  it('refuses a commitment status outside its list and evidence that could run script', () => {
    const covenant = good();
    covenant.commitments[0].status = 'started';
    covenant.commitments[0].evidence[1].url = 'javascript:alert(1)';
    expect(problems('covenant', covenant)).toEqual([
      'commitments[1].status: must be one of: not-started, in-progress, done; you wrote "started"',
      'commitments[1].evidence[2].url: must start https://, http://, mailto: or tel:, or be a path on this site starting with /; you wrote "javascript:alert(1)"',
    ]);
  });

  it('needs each signatory\'s faith tradition and signing date, from the taxonomy', () => {
    const covenant = good();
    covenant.signatories[0] = { organisation: 'oak-lane-faith-centre', faith_tradition: 'Christian', signed: '1 May 2021' };
    expect(problems('covenant', covenant)).toEqual([
      expect.stringMatching(/^signatories\[1\]\.faith_tradition: "Christian" is not a known faith tradition; allowed: .*\. Did you mean "christian"\?$/),
      'signatories[1].signed: must be a date written YYYY-MM-DD, e.g. 2021-03-24; you wrote "1 May 2021"',
    ]);
  });

  it('gives a signatory\'s covenant contact by role, and refuses a name unless the entry records the person\'s consent', () => {
    const byRole = good();
    byRole.signatories[0].contact_role = 'Secretary';
    expect(parsed('covenant', byRole).signatories[0]).toMatchObject({ contact_role: 'Secretary' });

    const withConsent = good();
    Object.assign(withConsent.signatories[0], { contact_role: 'Secretary', contact_name: 'Alex Example', name_consent: '2026-05-01' });
    expect(parsed('covenant', withConsent).signatories[0]).toMatchObject({ contact_name: 'Alex Example', name_consent: '2026-05-01' });

    const noConsent = good();
    Object.assign(noConsent.signatories[0], { contact_role: 'Secretary', contact_name: 'Alex Example' });
    const lines = problems('covenant', noConsent);
    expect(lines).toEqual([
      "signatories[1].contact_name: may be given only with the person's consent: enter the date they agreed to be named (name_consent), or record the contact by role only",
    ]);
    // The refused name is never repeated into the build log.
    expect(lines.join('\n')).not.toContain('Alex');

    const noRole = good();
    Object.assign(noRole.signatories[0], { contact_name: 'Alex Example', name_consent: '2026-05-01' });
    expect(problems('covenant', noRole)).toEqual(['signatories[1].contact_role: is required when a contact is named: give their role too, e.g. "Secretary"']);

    const badConsent = good();
    Object.assign(badConsent.signatories[0], { contact_role: 'Secretary', contact_name: 'Alex Example', name_consent: 'yes' });
    expect(problems('covenant', badConsent)).toEqual(['signatories[1].name_consent: must be a date written YYYY-MM-DD, e.g. 2021-03-24; you wrote "yes"']);
  });
});
