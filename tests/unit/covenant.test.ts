import { describe, expect, it } from 'vitest';
import { commitmentSummary, historyInOrder, signatoriesByTradition, signatoryContact, signatureOf } from '../../src/lib/covenant';

const commitment = (id: string, status: 'done' | 'in-progress' | 'not-started') => ({ id, title: id, description: 'd', owner: 'Council', status, evidence: [], updated: '2026-01-01' });

describe('covenant', () => {
  it('counts commitments by status, every status shown even when none', () => {
    const s = commitmentSummary([commitment('a', 'done'), commitment('b', 'done'), commitment('c', 'in-progress')]);
    expect(s.total).toBe(3);
    expect(s.done).toBe(2);
    expect(s.byStatus.map((x) => [x.status, x.count])).toEqual([
      ['done', 2],
      ['in-progress', 1],
      ['not-started', 0],
    ]);
  });

  it('tells the history oldest first', () => {
    expect(historyInOrder([{ date: '2021-05-01', event: 'Renewed' }, { date: '2015-03-01', event: 'Adopted' }]).map((h) => h.event)).toEqual(['Adopted', 'Renewed']);
  });

  it('groups signatories by faith tradition in the taxonomy’s order', () => {
    const groups = signatoriesByTradition(
      [
        { organisation: 'b', faith_tradition: 'jewish', signed: '2021-06-01' },
        { organisation: 'a', faith_tradition: 'christian', signed: '2015-03-01' },
      ],
      [{ id: 'christian', label: 'Christian' }, { id: 'hindu', label: 'Hindu' }, { id: 'jewish', label: 'Jewish' }],
    );
    expect(groups.map((g) => g.tradition.id)).toEqual(['christian', 'jewish']);
  });
});

describe('covenant signatories on directory pages', () => {
  const covenants = [{ data: { signatories: [
    { organisation: 'mosque', faith_tradition: 'muslim', signed: '2021-07-11' },
    { organisation: 'forum', faith_tradition: 'interfaith', signed: '2021-01-01' },
    { organisation: 'forum', faith_tradition: 'interfaith', signed: '2015-06-15' },
  ] } }];

  it('finds an organisation’s signature, the earliest if it signed more than once', () => {
    expect(signatureOf('mosque', covenants)?.signed).toBe('2021-07-11');
    expect(signatureOf('forum', covenants)?.signed).toBe('2015-06-15');
  });

  it('finds none for an organisation that has not signed', () => {
    expect(signatureOf('church', covenants)).toBeUndefined();
    expect(signatureOf('mosque', [])).toBeUndefined();
  });

  it('shows a signatory\'s contact by role, naming the person only when their consent is recorded', () => {
    expect(signatoryContact({ contact_role: 'Secretary' })).toBe('Secretary');
    expect(signatoryContact({ contact_role: 'Secretary', contact_name: 'Alex Example' })).toBe('Secretary');
    expect(signatoryContact({ contact_role: 'Secretary', contact_name: 'Alex Example', name_consent: '2026-05-01' })).toBe('Alex Example, Secretary');
    expect(signatoryContact({})).toBeUndefined();
  });
});
