/**
 * Money awarded, grouped by fund, year, ward, theme and recipient type. Each
 * group's rows are picked by the same filter the awards table uses
 * (grants-table.ts), so a total on /funding/ and the list it links to can never
 * disagree.
 *
 * How awards that belong to several groups count: an award naming several wards
 * (or themes) counts in full under each of them, so those rows add up to more
 * than the overall total; a borough-wide award has its own row and is never
 * divided between wards. Withdrawn awards are listed, never counted.
 */
import type { Taxonomy } from '../schemas/settings';
import type { FundItem } from './funding';
import { boroughWideLabel, NO_THEME_LABEL, NOT_LISTED_LABEL } from './grant-rows';
import { applyView, BOROUGH_WIDE, DEFAULT_VIEW, DIMENSIONS, NO_THEME, NOT_LISTED, totalOfRows, type Dimension, type GrantRow, type RowsTotal } from './grants-table';

export interface Group extends RowsTotal {
  value: string;
  label: string;
  /** A row that is not a taxonomy value: borough-wide, no theme given, recipient not listed. */
  special: boolean;
  rows: GrantRow[];
}

export interface Breakdown {
  dimension: Dimension;
  /** "fund", "ward", ...: for captions such as "Money awarded by ward". */
  noun: string;
  /** Groups with at least one award listed, in reading order. */
  groups: Group[];
  /** Values with no award listed (wards no award names, funds with no awards yet). */
  empty: { value: string; label: string }[];
  /** True when one award can sit in several groups (wards, themes), so the groups add up to more than the total. */
  overlapping: boolean;
}

interface Sources {
  funds: readonly FundItem[];
  taxonomy: Taxonomy;
  areaName: string;
}

interface Candidate {
  value: string;
  label: string;
  special?: boolean;
}

function candidates(dimension: Dimension, rows: readonly GrantRow[], { funds, taxonomy, areaName }: Sources): Candidate[] {
  const terms = (list: { id: string; label: string }[], special: Candidate): Candidate[] => {
    // A taxonomy id equal to one of our own group values would merge two different groups.
    const clash = list.find((t) => t.id === special.value);
    if (clash) throw new Error(`settings/taxonomy.json: the id "${clash.id}" is reserved for the "${special.label}" group on /funding/; rename it`);
    return [...list.map((t) => ({ value: t.id, label: t.label })), special];
  };
  switch (dimension) {
    case 'fund':
      return funds.map((f) => ({ value: f.id, label: f.data.name }));
    case 'year':
      return [...new Set(rows.map((r) => r.year))].sort().map((y) => ({ value: y, label: y }));
    case 'ward':
      return terms(taxonomy.wards, { value: BOROUGH_WIDE, label: boroughWideLabel(areaName), special: true });
    case 'theme':
      return terms(taxonomy.themes, { value: NO_THEME, label: NO_THEME_LABEL, special: true });
    case 'recipient-type':
      return terms(taxonomy.organisation_types, { value: NOT_LISTED, label: NOT_LISTED_LABEL, special: true });
  }
}

const NOUNS: Record<Dimension, string> = { fund: 'fund', year: 'year', ward: 'ward', theme: 'theme', 'recipient-type': 'type of recipient' };

/** One grouping of the awards, with each group's rows and total. */
export function breakdown(dimension: Dimension, rows: readonly GrantRow[], sources: Sources): Breakdown {
  const all = candidates(dimension, rows, sources).map((c) => {
    const groupRows = applyView(rows, { ...DEFAULT_VIEW, filters: { [dimension]: c.value } });
    return { value: c.value, label: c.label, special: c.special ?? false, rows: groupRows, ...totalOfRows(groupRows) };
  });
  const groups = all.filter((g) => g.listed > 0);
  // Years read as a timeline; everything else largest first. Special rows go last, apart.
  if (dimension !== 'year') {
    groups.sort((a, b) => Number(a.special) - Number(b.special) || b.amount - a.amount || a.label.localeCompare(b.label, 'en-GB'));
  }
  return {
    dimension,
    noun: NOUNS[dimension],
    groups,
    empty: all.filter((g) => g.listed === 0 && !g.special).map(({ value, label }) => ({ value, label })),
    overlapping: dimension === 'ward' || dimension === 'theme',
  };
}

export const DIMENSION_HEADINGS: Record<Dimension, string> = {
  fund: 'By fund',
  year: 'By year of award',
  ward: 'By ward',
  theme: 'By theme',
  'recipient-type': 'By type of recipient',
};

/** Every grouping, in the order /funding/ shows them. */
export function allBreakdowns(rows: readonly GrantRow[], sources: Sources): { breakdown: Breakdown; heading: string }[] {
  return DIMENSIONS.map((d) => ({ breakdown: breakdown(d, rows, sources), heading: DIMENSION_HEADINGS[d] }));
}
