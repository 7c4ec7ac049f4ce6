/**
 * Every decision across the boards, with the money it moved, and the filters of
 * /decisions/ (board, year, whether it moved money). Each filter combination is
 * a static page of its own, so filtering works without JavaScript and a filtered
 * view has an address that can be shared.
 */
import type { Decision } from '../schemas/meeting';
import { grantsForDecision, totalOf, type GrantItem, type Total } from './funding';
import { boardOf, decisionsOf, type BoardItem, type MeetingItem } from './meetings';
import { urls } from './urls';

export interface DecisionRow {
  meeting: MeetingItem;
  decision: Decision;
  board?: BoardItem;
  year: string;
  /** Every award that points at the decision (withdrawn ones listed but not counted). */
  grants: GrantItem[];
  total: Total;
  /** True when at least one counted award came from it. */
  movedMoney: boolean;
}

/** Every decision, newest meeting first, with its board and the awards it made. */
export function decisionRows(meetings: readonly MeetingItem[], boards: readonly BoardItem[], grants: readonly GrantItem[]): DecisionRow[] {
  // Grants indexed by the decision they name, so a large site is not scanned once per decision.
  const byDecision = new Map<string, GrantItem[]>();
  for (const g of grants) {
    if (!g.data.meeting || !g.data.decision) continue;
    const key = `${g.data.meeting}|${g.data.decision}`;
    byDecision.set(key, [...(byDecision.get(key) ?? []), g]);
  }
  return decisionsOf(meetings).map(({ meeting, decision }) => {
    const made = grantsForDecision(byDecision.get(`${meeting.id}|${decision.id}`) ?? [], meeting.id, decision.id);
    const total = totalOf(made);
    return { meeting, decision, board: boardOf(meeting, boards), year: meeting.data.date.slice(0, 4), grants: made, total, movedMoney: total.count > 0 };
  });
}

export const MONEY_FILTERS = ['moved', 'none'] as const;
export type MoneyFilter = (typeof MONEY_FILTERS)[number];
export const MONEY_FILTER_LABELS: Record<MoneyFilter, string> = { moved: 'Moved money', none: 'No money' };

/** A view of the decisions; a missing key means "any". */
export interface DecisionFilter {
  board?: string;
  year?: string;
  money?: MoneyFilter;
}

export function matchesFilter(row: DecisionRow, filter: DecisionFilter): boolean {
  if (filter.board && row.meeting.data.board !== filter.board) return false;
  if (filter.year && row.year !== filter.year) return false;
  if (filter.money && row.movedMoney !== (filter.money === 'moved')) return false;
  return true;
}

/**
 * The address of a filtered view: /decisions/board/<id>/year/<yyyy>/money/<moved|none>/,
 * leaving out what is not filtered; /decisions/ itself for no filter.
 */
export function filterPath(filter: DecisionFilter): string {
  const parts = [filter.board && `board/${filter.board}`, filter.year && `year/${filter.year}`, filter.money && `money/${filter.money}`].filter(Boolean);
  return parts.length ? `${urls.decisions()}${parts.join('/')}/` : urls.decisions();
}

/** The rest parameter of a filtered page ("board/x/year/2026") for Astro's getStaticPaths. */
export function filterParam(filter: DecisionFilter): string | undefined {
  const path = filterPath(filter).slice(urls.decisions().length).replace(/\/$/, '');
  return path || undefined;
}

/** The key a filter is known by, for comparing filters. */
const keyOf = (f: DecisionFilter) => `${f.board ?? ''}|${f.year ?? ''}|${f.money ?? ''}`;

/** Every filter (including "any" on each axis) that matches a row: 2 × 2 × 2 of them. */
function filtersOf(row: DecisionRow): DecisionFilter[] {
  const money: MoneyFilter = row.movedMoney ? 'moved' : 'none';
  const out: DecisionFilter[] = [];
  for (const board of [undefined, row.meeting.data.board])
    for (const year of [undefined, row.year])
      for (const m of [undefined, money]) out.push({ ...(board && { board }), ...(year && { year }), ...(m && { money: m }) });
  return out;
}

// Counted once per list of rows: every filtered page asks for the counts of its
// filter links, and with thousands of decisions recounting per page would be slow.
const countCache = new WeakMap<readonly DecisionRow[], Map<string, number>>();

/** How many decisions each filter combination shows, for every combination that shows any. */
export function filterCounts(rows: readonly DecisionRow[]): Map<string, number> {
  let counts = countCache.get(rows);
  if (!counts) {
    counts = new Map();
    for (const row of rows) for (const f of filtersOf(row)) counts.set(keyOf(f), (counts.get(keyOf(f)) ?? 0) + 1);
    countCache.set(rows, counts);
  }
  return counts;
}

/**
 * Every filter combination that has at least one decision, the unfiltered view first.
 * Empty combinations get no page, and the filter links never point at one.
 */
export function filterCombinations(rows: readonly DecisionRow[]): DecisionFilter[] {
  const seen = new Map<string, DecisionFilter>([[keyOf({}), {}]]);
  for (const row of rows) for (const f of filtersOf(row)) seen.set(keyOf(f), f);
  return [...seen.values()].sort((a, b) => filterPath(a).localeCompare(filterPath(b)));
}

export interface FilterOption {
  label: string;
  /** Decisions this option would show, given the other filters as they are. */
  count: number;
  /** Where the option leads; undefined when it would show nothing. */
  href?: string;
  current: boolean;
}

export interface FilterGroup {
  name: 'board' | 'year' | 'money';
  legend: string;
  options: FilterOption[];
}

/**
 * The links of the filter bar for the current view: for each of board, year and money,
 * "All" and every value, each counted with the other two filters kept as they are.
 */
export function filterGroups(rows: readonly DecisionRow[], boards: readonly BoardItem[], current: DecisionFilter): FilterGroup[] {
  const counts = filterCounts(rows);
  const option = (label: string, filter: DecisionFilter, isCurrent: boolean): FilterOption => {
    const count = counts.get(keyOf(filter)) ?? 0;
    return { label, count, href: count > 0 ? filterPath(filter) : undefined, current: isCurrent };
  };
  const years = [...new Set(rows.map((r) => r.year))].sort().reverse();
  const withBoard = boards.filter((b) => rows.some((r) => r.meeting.data.board === b.id));
  return [
    {
      name: 'board',
      legend: 'Board',
      options: [
        option('All boards', { ...current, board: undefined }, !current.board),
        ...withBoard.map((b) => option(b.data.short_name ?? b.data.name, { ...current, board: b.id }, current.board === b.id)),
      ],
    },
    {
      name: 'year',
      legend: 'Year',
      options: [option('All years', { ...current, year: undefined }, !current.year), ...years.map((y) => option(y, { ...current, year: y }, current.year === y))],
    },
    {
      name: 'money',
      legend: 'Money',
      options: [
        option('With or without money', { ...current, money: undefined }, !current.money),
        ...MONEY_FILTERS.map((m) => option(MONEY_FILTER_LABELS[m], { ...current, money: m }, current.money === m)),
      ],
    },
  ];
}

/** "Decisions of the Partnership Board in 2026 that moved money": the heading of a filtered view. */
export function describeFilter(filter: DecisionFilter, boards: readonly BoardItem[]): string {
  const board = filter.board ? boards.find((b) => b.id === filter.board) : undefined;
  const parts = ['Decisions'];
  if (filter.board) parts.push(`of ${withArticle(board?.data.name ?? filter.board)}`);
  if (filter.year) parts.push(`in ${filter.year}`);
  if (filter.money === 'moved') parts.push('that moved money');
  if (filter.money === 'none') parts.push('that moved no money');
  return parts.join(' ');
}

/** "the Partnership Board", but "The Forum" stays as it is. */
function withArticle(name: string): string {
  return /^the\s/i.test(name) ? name : `the ${name}`;
}
