/**
 * The demonstration content in content/ is what a fresh clone shows, so it must
 * stay enough to show every part of the site working: the minimums the foundation
 * issue sets (organisations across wards, the named funds and boards, round 1 of
 * the Community Innovation Fund adding up to its published total, crowdfund
 * projects, meetings whose decisions made awards and carry actions, the covenant).
 * Read from content/ itself, whatever CONTENT_DIR a run points the build at.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validateContent } from '../../src/lib/validate';

const CONTENT = fileURLToPath(new URL('../../content', import.meta.url));
const { content, issues } = validateContent(CONTENT);
const c = content!;

describe('the demonstration content', () => {
  it('validates', () => {
    expect(issues).toEqual([]);
  });

  it('has at least 25 organisations, with services and places, across at least 12 wards', () => {
    expect(c.organisations.length).toBeGreaterThanOrEqual(25);
    const wards = new Set(c.organisations.flatMap((o) => o.data.locations.map((l) => l.ward)).filter(Boolean));
    expect(wards.size).toBeGreaterThanOrEqual(12);
    expect(c.organisations.filter((o) => o.data.services.length > 0 && o.data.locations.length > 0).length).toBeGreaterThanOrEqual(12);
  });

  it('has the funds the issue names, one of each kind', () => {
    const names = c.funds.map((f) => f.data.name).join(' | ');
    for (const name of ['Community Innovation Fund', 'Crowdfund Barnet', 'Community Response Fund', 'Space2Grow']) expect(names).toContain(name);
    for (const type of ['cil-neighbourhood', 'section-106'] as const) expect(c.funds.some((f) => f.data.type === type), type).toBe(true);
  });

  it('has round 1 of the Community Innovation Fund with its figures and seven awards adding up to exactly £126,000, marked illustrative', () => {
    const fund = c.funds.find((f) => f.data.name === 'Community Innovation Fund')!;
    const round = fund.data.rounds.find((r) => r.id === 'round-1')!;
    expect(round).toMatchObject({ applications_funded: 7, total_awarded: 126000, status: 'complete' });
    expect(round.applications_received).toBeGreaterThan(round.applications_assessed!);
    const awards = c.grants.filter((g) => g.data.fund === fund.id && g.data.round === 'round-1');
    expect(awards).toHaveLength(7);
    expect(awards.reduce((n, g) => n + g.data.amount_awarded, 0)).toBe(126000);
    // The published figure is the total; the split between the seven is illustrative and each award says so.
    expect(awards.every((g) => g.data.demo)).toBe(true);
  });

  it('has at least 6 crowdfund projects, GROW and Sowing Stitches among them', () => {
    expect(c.crowdfund.length).toBeGreaterThanOrEqual(6);
    const proposers = c.crowdfund.map((p) => p.data.proposer);
    expect(proposers).toEqual(expect.arrayContaining(['grow', 'sowing-stitches']));
  });

  it('has the Partnership Board, the CIF panel, the Communities and Faith Steering Group and three Residents Forums', () => {
    const names = c.boards.map((b) => b.data.name);
    expect(names).toEqual(expect.arrayContaining(['Barnet Partnership Board', 'Community Innovation Fund panel', 'Communities and Faith Steering Group']));
    expect(names.filter((n) => n.endsWith('Residents Forum'))).toHaveLength(3);
  });

  it('has at least 6 meetings whose decisions made awards and that carry actions', () => {
    const madeAwards = (m: (typeof c.meetings)[number]) => m.data.decisions.some((d) => c.grants.some((g) => g.data.meeting === m.id && g.data.decision === d.id));
    expect(c.meetings.filter((m) => madeAwards(m) && m.data.actions.length > 0).length).toBeGreaterThanOrEqual(6);
  });

  it('has the covenant, with its history from 2015, commitments and signatories', () => {
    const covenant = c.covenant[0].data;
    expect(covenant.history.some((h) => h.date.startsWith('2015'))).toBe(true);
    expect(covenant.history.some((h) => h.date.startsWith('2021'))).toBe(true);
    expect(covenant.commitments.length).toBeGreaterThan(0);
    expect(covenant.signatories.length).toBeGreaterThan(0);
    expect(covenant.steering_group).toBeDefined();
  });
});
