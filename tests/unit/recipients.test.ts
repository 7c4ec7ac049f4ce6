/**
 * Following money to organisations: recipients not in the directory get one
 * page per org-id; an organisation's "Funding received" adds up every award and
 * pledge by stream, counting a pledge once and leaving out what never moved.
 */
import { describe, expect, it } from 'vitest';
import { orgIdForName } from '../../src/lib/org-id';
import { allRecipients, fundingReceived, recipientUrl, unlistedRecipients } from '../../src/lib/recipients';
import { fund, grant, organisations, project } from './money-test-data';

describe('recipients not in the directory', () => {
  const grants = [
    grant({ recipient: undefined, recipient_name: 'Underhill Allotments', recipient_org_id: '360G-BNE-ORG-UA', amount_awarded: 4200, award_date: '2026-07-20' }),
    grant({ recipient: undefined, recipient_name: 'Underhill Allotment Holders', recipient_org_id: '360G-BNE-ORG-UA', amount_awarded: 800, award_date: '2025-01-01', payments: [{ date: '2025-02-01', amount: 800 }] }),
    grant({ recipient: undefined, recipient_name: 'Underhill Allotments', recipient_org_id: '360G-BNE-ORG-UA', amount_awarded: 999, status: 'withdrawn' }),
    grant({ recipient: undefined, recipient_name: 'Lunch Club' }),
    grant({ recipient: 'org-a', amount_awarded: 50 }),
  ];

  it('groups awards by org-id, named as on the newest award, with the other names kept', () => {
    const [club, allotments] = unlistedRecipients(grants, organisations, 'BNE');
    expect(allotments!.recipient).toEqual({ name: 'Underhill Allotments', orgId: '360G-BNE-ORG-UA' });
    expect(allotments!.otherNames).toEqual(['Underhill Allotment Holders']);
    expect(club!.recipient.orgId).toBe('360G-BNE-ORG-lunch-club');
  });

  it('adds up the counted awards and what was paid, listing the withdrawn one without counting it', () => {
    const allotments = unlistedRecipients(grants, organisations, 'BNE').find((r) => r.recipient.orgId === '360G-BNE-ORG-UA')!;
    expect(allotments.grants).toHaveLength(3);
    expect(allotments).toMatchObject({ count: 2, amount: 5000, paid: 800 });
  });

  it('leaves directory organisations to their own pages', () => {
    expect(unlistedRecipients(grants, organisations, 'BNE').map((r) => r.recipient.orgId)).not.toContain('GB-CHC-1123456');
    expect(allRecipients(grants, organisations, 'BNE').map((r) => r.recipient.orgId)).toContain('GB-CHC-1123456');
  });

  it('links a listed recipient to its directory page and any other to its recipient page', () => {
    expect(recipientUrl({ name: 'Org A', orgId: 'GB-CHC-1123456', organisation: 'org-a' })).toBe('/directory/org-a/');
    expect(recipientUrl({ name: 'X', orgId: '360G-BNE-ORG-UA' })).toBe('/funding/recipients/360G-BNE-ORG-UA/');
  });

  it('mints the same org-id for the same name however it is written', () => {
    expect(orgIdForName("St Mary's Lunch Club", 'BNE')).toBe('360G-BNE-ORG-st-marys-lunch-club');
    expect(orgIdForName('St Mary’s  Lunch-Club!', 'BNE')).toBe('360G-BNE-ORG-st-marys-lunch-club');
    expect(orgIdForName('Café Élan', 'BNE')).toBe('360G-BNE-ORG-cafe-elan');
  });
});

describe("an organisation's funding received", () => {
  const funds = [fund('cif'), fund('cfb', 'crowdfund'), fund('s106', 'section-106'), fund('cil', 'cil-neighbourhood')];

  it('adds up every award by stream, with what was paid', () => {
    const grants = [
      grant({ fund: 'cif', amount_awarded: 12000, payments: [{ date: '2021-04-01', amount: 6000 }] }),
      grant({ fund: 'cif', amount_awarded: 3000.5 }),
      grant({ fund: 's106', amount_awarded: 48000, payments: [{ date: '2026-08-05', amount: 24000 }] }),
      grant({ fund: 'cil', amount_awarded: 999, status: 'withdrawn' }),
      grant({ fund: 'cif', recipient: 'org-b', amount_awarded: 77 }),
    ];
    const r = fundingReceived('org-a', { grants, funds, organisations, crowdfund: [] }, 'BNE');
    expect(r.streams.map((s) => [s.stream, s.count, s.amount, s.paid])).toEqual([
      ['grant-programme', 2, 15000.5, 6000],
      ['cil-neighbourhood', 0, 0, 0],
      ['section-106', 1, 48000, 24000],
    ]);
    expect(r.total).toEqual({ count: 3, amount: 63000.5, paid: 30000 });
    expect(r.streams.find((s) => s.stream === 'cil-neighbourhood')!.rows[0]!.counted).toBe(false);
  });

  it('counts a council pledge entered as an award once, and lists a pledge with no award entered', () => {
    const grants = [grant({ fund: 'cfb', amount_awarded: 5000, crowdfund_project: 'farm', payments: [{ date: '2019-06-14', amount: 5000 }] })];
    const crowdfund = [
      project('farm', { proposer: 'org-a', status: 'delivered', raised: 27350, target: 25000, council_pledge: 5000, council_pledge_status: 'paid' }),
      project('shed', { proposer: 'org-a', status: 'funded', raised: 8000, target: 8000, council_pledge: 2000, council_pledge_status: 'paid' }),
      project('mural', { proposer: 'org-a', status: 'unsuccessful', raised: 100, council_pledge: 1500, council_pledge_status: 'pledged' }),
      project('studio', { proposer: 'org-a', status: 'live', raised: 300, council_pledge: 5000, council_pledge_status: 'requested' }),
    ];
    const r = fundingReceived('org-a', { grants, funds, organisations, crowdfund }, 'BNE');
    const stream = r.streams.find((s) => s.stream === 'crowdfund')!;
    expect(stream.rows.map((row) => [row.kind, row.id, row.counted])).toEqual([
      ['award', grants[0]!.data.grant_id, true],
      ['pledge', 'shed', true],
      ['pledge', 'mural', false],
    ]);
    expect(stream.rows.find((row) => row.id === 'mural')!.status).toBe('Not paid');
    expect(stream).toMatchObject({ count: 2, amount: 7000, paid: 7000 });
  });

  it("keeps the crowd's money apart from the council's", () => {
    const crowdfund = [project('farm', { proposer: 'org-a', raised: 27350 }), project('other', { proposer: 'org-b', raised: 5 })];
    const r = fundingReceived('org-a', { grants: [], funds, organisations, crowdfund }, 'BNE');
    expect(r.campaigns.map((p) => p.id)).toEqual(['farm']);
    expect(r.raisedFromCrowd).toBe(27350);
    expect(r.total.amount).toBe(0);
    expect(r.streams).toEqual([]);
  });

  it('finds awards entered by org-id for an organisation in the directory', () => {
    const grants = [grant({ recipient: undefined, recipient_name: 'Org A Ltd', recipient_org_id: 'GB-CHC-1123456', amount_awarded: 250 })];
    expect(fundingReceived('org-a', { grants, funds, organisations, crowdfund: [] }, 'BNE').total.amount).toBe(250);
  });
});
