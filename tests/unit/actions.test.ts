import { describe, expect, it } from 'vitest';
import { byState, countsByBoard, countsByOwner, ownerOf, stateTotals, trackActions } from '../../src/lib/actions';
import { action, board, meeting } from './meeting-entries';

const today = '2026-11-24';
const boards = [board('b-first', 'First board'), board('a-second', 'Second board'), board('idle', 'Idle board')];
const meetings = [
  meeting('m-second', {
    board: 'a-second',
    actions: [
      action('a1', { owner_role: 'Chair', due: '2026-11-01' }),
      action('a2', { owner_role: 'Chair', due: '2026-12-01', status: 'done' }),
    ],
  }),
  meeting('m-first', {
    board: 'b-first',
    actions: [
      action('x1', { owner_role: 'Officer', owner_organisation: 'Council', due: '2026-12-31' }),
      action('x2', { owner_role: 'Chief Officer', owner_organisation: 'Barnet Together', due: '2026-10-31' }),
      action('x3', { owner_role: 'Officer', owner_organisation: 'Council', due: '2026-11-23' }),
      action('x4', { owner_role: 'Officer', owner_organisation: 'Council', status: 'cancelled' }),
      action('x5', { owner_role: 'Officer', owner_organisation: 'Council' }),
    ],
  }),
];

describe('the action tracker', () => {
  const tracked = trackActions(meetings, boards, today);

  it('names an owner by role and organisation', () => {
    expect(ownerOf({ owner_role: 'Chief Officer', owner_organisation: 'Barnet Together' })).toBe('Chief Officer, Barnet Together');
    expect(ownerOf({ owner_role: 'Chair' })).toBe('Chair');
  });

  it('orders actions by board (in the boards’ order), then owner, then due date with undated last', () => {
    expect(tracked.map((t) => t.action.id)).toEqual(['x2', 'x3', 'x1', 'x4', 'x5', 'a1', 'a2']);
  });

  it('works out overdue against the date: open and due before it', () => {
    const state = Object.fromEntries(tracked.map((t) => [t.action.id, t.state]));
    expect(state).toEqual({ a1: 'overdue', a2: 'done', x1: 'open', x2: 'overdue', x3: 'overdue', x4: 'cancelled', x5: 'open' });
    expect(trackActions(meetings, boards, '2026-10-01').filter((t) => t.state === 'overdue')).toEqual([]);
  });

  it('splits by state, overdue first, every state present', () => {
    expect(byState(tracked).map((g) => [g.state, g.actions.map((a) => a.action.id)])).toEqual([
      ['overdue', ['x2', 'x3', 'a1']],
      ['open', ['x1', 'x5']],
      ['done', ['a2']],
      ['cancelled', ['x4']],
    ]);
    expect(byState([]).map((g) => g.actions.length)).toEqual([0, 0, 0, 0]);
  });

  it('counts by board, leaving out boards with no actions', () => {
    expect(countsByBoard(tracked, boards).map((r) => [r.board.id, r.counts])).toEqual([
      ['b-first', { overdue: 2, open: 2, done: 0, cancelled: 1 }],
      ['a-second', { overdue: 1, open: 0, done: 1, cancelled: 0 }],
    ]);
  });

  it('counts by owner, owners in alphabetical order, and the counts add up to the totals', () => {
    const rows = countsByOwner(tracked);
    expect(rows.map((r) => r.owner)).toEqual(['Chair', 'Chief Officer, Barnet Together', 'Officer, Council']);
    expect(rows[2].counts).toEqual({ overdue: 1, open: 2, done: 0, cancelled: 1 });
    const totals = stateTotals(tracked);
    for (const state of ['overdue', 'open', 'done', 'cancelled'] as const)
      expect(rows.reduce((n, r) => n + r.counts[state], 0)).toBe(totals[state]);
  });
});
