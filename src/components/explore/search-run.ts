/**
 * One search: Pagefind for the words and filters, the counts beside each
 * filter option, and the join of every result to its map record.
 *
 * Counts: Pagefind counts each option among the current results, which is
 * right for a group with nothing ticked (ticking it would narrow to that
 * many). In a group with ticks the options combine with OR, so their counts
 * come from a second search that leaves that group's own ticks out: "how many
 * would I get with this option too".
 *
 * The join uses explore-keys.json (result id → record); without it (an index
 * built without scripts/search-index.ts) the first results' details are
 * fetched to join by url, and only those can be placed.
 */
import { FILTER_NAMES, type FilterName } from '../../lib/search-filters';
import { pagefindFilters, type ExploreState } from '../../lib/explore-state';
import { normaliseUrl, type MapRecord, type PointsFile } from '../../lib/geo';
import { browseOrder } from '../../lib/nearby';
import type { FilterCounts, Pagefind, PagefindResult } from './pagefind';

/** Without the keys file, at most this many results' details are fetched to find their places. */
const MAX_JOIN_BY_URL = 200;

export interface SearchRows {
  /** Each result with its map record and that record's index in the points file, when it has one. */
  rows: { row: PagefindResult; record?: MapRecord; index?: number }[];
  counts: FilterCounts;
}

export interface JoinData {
  points: PointsFile;
  /** From explore-keys.json; undefined when it could not be loaded. */
  recordById?: Map<string, number>;
}

export async function runSearch(pagefind: Pagefind, state: ExploreState, join: JoinData): Promise<SearchRows | null> {
  // null asks Pagefind for everything that matches the filters (with none: every page).
  const term = state.q || null;
  const main = await pagefind.search(term, { filters: pagefindFilters(state.filters) });
  if (!main) return null;
  const counts: FilterCounts = { ...main.filters };
  const active = FILTER_NAMES.filter((name) => state.filters[name]?.length);
  const others = await Promise.all(active.map((name) => pagefind.search(term, { filters: pagefindFilters(state.filters, name) })));
  active.forEach((name: FilterName, i) => { counts[name] = others[i]?.filters[name] ?? {}; });
  const rows = await joinRecords(main.results, join);
  return { rows: term ? rows : browseOrder(rows), counts };
}

async function joinRecords(results: PagefindResult[], join: JoinData): Promise<SearchRows['rows']> {
  const { records } = join.points;
  if (join.recordById) {
    return results.map((row) => {
      const i = join.recordById!.get(row.id);
      return i === undefined ? { row } : { row, record: records[i], index: i };
    });
  }
  const byUrl = new Map(records.map((r, i) => [normaliseUrl(r.url), i]));
  const data = await Promise.all(results.slice(0, MAX_JOIN_BY_URL).map((r) => r.data()));
  return results.map((row, i) => {
    const index = data[i] ? byUrl.get(normaliseUrl(data[i].url)) : undefined;
    return index === undefined ? { row } : { row, record: records[index], index };
  });
}
