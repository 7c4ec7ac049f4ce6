import { describe, expect, it } from 'vitest';
import {
  decisionRows,
  describeFilter,
  filterCombinations,
  filterGroups,
  filterParam,
  filterPath,
  matchesFilter,
  type DecisionFilter,
} from '../../src/lib/decisions';
import { board, decision, grant, meeting } from './meeting-entries';

const boards = [board('panel', 'Funding panel'), board('forum', 'Hendon Residents Forum', { short_name: 'Hendon' }), board('quiet', 'The Quiet Group')];
const meetings = [
  meeting('p-2021', { board: 'panel', date: '2021-03-24', decisions: [decision('awards'), decision('noted', { outcome: 'noted' })] }),
  meeting('f-2026', { board: 'forum', date: '2026-06-09', decisions: [decision('larder'), decision('withdrawn-only')] }),
];
const grants = [
  grant('360G-A', { meeting: 'p-2021', decision: 'awards', amount_awarded: 5000 }),
  grant('360G-B', { meeting: 'p-2021', decision: 'awards', amount_awarded: 2500.5 }),
  grant('360G-C', { meeting: 'f-2026', decision: 'larder', amount_awarded: 800 }),
  grant('360G-D', { meeting: 'f-2026', decision: 'withdrawn-only', amount_awarded: 900, status: 'withdrawn' }),
];
const rows = decisionRows(meetings, boards, grants);
const ids = (filter: DecisionFilter) => rows.filter((r) => matchesFilter(r, filter)).map((r) => r.decision.id);

describe('decisions across boards', () => {
  it('lists every decision, newest meeting first, with its board and year', () => {
    expect(rows.map((r) => [r.decision.id, r.board?.id, r.year])).toEqual([
      ['larder', 'forum', '2026'],
      ['withdrawn-only', 'forum', '2026'],
      ['awards', 'panel', '2021'],
      ['noted', 'panel', '2021'],
    ]);
  });

  it('adds up the awards each decision made', () => {
    const awards = rows.find((r) => r.decision.id === 'awards')!;
    expect(awards.grants.map((g) => g.data.grant_id).sort()).toEqual(['360G-A', '360G-B']);
    expect(awards.total).toEqual({ count: 2, amount: 7500.5 });
  });

  it('counts a decision whose only award was withdrawn as moving no money, but still lists the award', () => {
    const row = rows.find((r) => r.decision.id === 'withdrawn-only')!;
    expect(row.movedMoney).toBe(false);
    expect(row.grants).toHaveLength(1);
  });
});

describe('filtering decisions', () => {
  it('filters by board, year and money, alone and together', () => {
    expect(ids({ board: 'panel' })).toEqual(['awards', 'noted']);
    expect(ids({ year: '2026' })).toEqual(['larder', 'withdrawn-only']);
    expect(ids({ money: 'moved' })).toEqual(['larder', 'awards']);
    expect(ids({ money: 'none' })).toEqual(['withdrawn-only', 'noted']);
    expect(ids({ board: 'forum', money: 'none' })).toEqual(['withdrawn-only']);
    expect(ids({ board: 'forum', year: '2021' })).toEqual([]);
  });

  it('gives each view an address with its filters in a fixed order, and /decisions/ for none', () => {
    expect(filterPath({})).toBe('/decisions/');
    expect(filterPath({ money: 'moved', board: 'panel' })).toBe('/decisions/board/panel/money/moved/');
    expect(filterPath({ board: 'forum', year: '2026', money: 'none' })).toBe('/decisions/board/forum/year/2026/money/none/');
    expect(filterParam({})).toBeUndefined();
    expect(filterParam({ year: '2021' })).toBe('year/2021');
  });

  it('makes a page for every combination that has decisions and none for an empty one', () => {
    const combos = filterCombinations(rows);
    const paths = combos.map(filterPath);
    expect(paths[0]).toBe('/decisions/');
    expect(new Set(paths).size).toBe(paths.length);
    for (const combo of combos) expect(ids(combo).length, filterPath(combo)).toBeGreaterThan(0);
    expect(paths).toContain('/decisions/board/forum/year/2026/money/none/');
    expect(paths).not.toContain('/decisions/board/forum/year/2021/');
    // Every non-empty combination is there: board (2 + any) × year (matching) × money.
    const expected = new Set<string>();
    for (const b of [undefined, 'panel', 'forum'])
      for (const y of [undefined, '2021', '2026'])
        for (const m of [undefined, 'moved', 'none'] as const) {
          const f = { ...(b && { board: b }), ...(y && { year: y }), ...(m && { money: m }) };
          if (ids(f).length > 0) expected.add(filterPath(f));
        }
    expect(new Set(paths)).toEqual(expected);
  });

  it('counts each filter option with the other filters kept, and links only options that show something', () => {
    const groups = filterGroups(rows, boards, { board: 'forum' });
    const boardGroup = groups.find((g) => g.name === 'board')!;
    // The Quiet Group made no decisions, so it is not offered.
    expect(boardGroup.options.map((o) => [o.label, o.count, o.current])).toEqual([
      ['All boards', 4, false],
      ['Funding panel', 2, false],
      ['Hendon', 2, true],
    ]);
    const years = groups.find((g) => g.name === 'year')!.options;
    expect(years.map((o) => [o.label, o.count, o.href])).toEqual([
      ['All years', 2, '/decisions/board/forum/'],
      ['2026', 2, '/decisions/board/forum/year/2026/'],
      ['2021', 0, undefined],
    ]);
    const money = groups.find((g) => g.name === 'money')!.options;
    expect(money.map((o) => [o.label, o.count])).toEqual([
      ['With or without money', 2],
      ['Moved money', 1],
      ['No money', 1],
    ]);
  });

  it('says in words what a filtered view shows', () => {
    expect(describeFilter({}, boards)).toBe('Decisions');
    expect(describeFilter({ board: 'panel', year: '2021', money: 'moved' }, boards)).toBe('Decisions of the Funding panel in 2021 that moved money');
    expect(describeFilter({ board: 'quiet', money: 'none' }, boards)).toBe('Decisions of The Quiet Group that moved no money');
  });
});
