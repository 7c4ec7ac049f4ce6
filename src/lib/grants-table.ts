/**
 * The table of all awards as data: one row per award, the filters and sort
 * order a reader can choose, the query string that records them (so a shared
 * URL reproduces the view) and the exports of exactly the rows shown.
 *
 * Runs in the browser (the /funding/grants/ script) and at build time (the
 * static filtered pages and the totals on /funding/), so both always agree on
 * which rows a filter picks. No Node or Astro imports here.
 */
import { toCsv, type Column } from './csv';
import { sumBy } from './money';

/** Group values that are not taxonomy ids: shown as their own rows, never spread over others. */
export const BOROUGH_WIDE = 'borough-wide';
export const NO_THEME = 'no-theme';
export const NOT_LISTED = 'not-listed';

export interface GrantRow {
  /** The 360Giving identifier, e.g. 360G-BNE-CIF-R1-01. */
  id: string;
  url: string;
  title: string;
  recipient: string;
  recipient_org_id: string;
  /** The recipient's page: its directory entry when listed, else its page under /funding/recipients/. */
  recipient_url: string;
  /** Organisation type id from the taxonomy, or NOT_LISTED for a recipient not in the directory. */
  recipient_type: string;
  recipient_type_label: string;
  fund: string;
  fund_name: string;
  /** "<fund>:<round>", unique across funds (round ids repeat from fund to fund). */
  round?: string;
  round_name?: string;
  year: string;
  award_date: string;
  amount_awarded: number;
  amount_requested?: number;
  status: string;
  status_label: string;
  /** Ward ids, or [BOROUGH_WIDE]. */
  wards: string[];
  ward_labels: string[];
  /** Theme ids; empty when the award names none (filtered as NO_THEME). */
  themes: string[];
  theme_labels: string[];
  /** False for a withdrawn award: listed, never added into a total. */
  counted: boolean;
}

/** The filters, in the order the form shows them; each is also a query-string key. */
export const FILTER_KEYS = ['fund', 'round', 'year', 'ward', 'theme', 'recipient-type', 'status', 'recipient', 'min', 'max'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
/** The groupings /funding/ totals by: each has a static page per value at /funding/grants/<dimension>/<value>/. */
export const DIMENSIONS = ['fund', 'year', 'ward', 'theme', 'recipient-type'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export const SORT_KEYS = ['date', 'amount', 'title', 'recipient', 'fund', 'status'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDir = 'asc' | 'desc';

export interface GrantView {
  filters: Partial<Record<FilterKey, string>>;
  sort: SortKey;
  dir: SortDir;
}

/** Newest award first: the order the page is built in. */
export const DEFAULT_VIEW: GrantView = { filters: {}, sort: 'date', dir: 'desc' };

const isFilterKey = (key: string): key is FilterKey => (FILTER_KEYS as readonly string[]).includes(key);
const isSortKey = (key: string): key is SortKey => (SORT_KEYS as readonly string[]).includes(key);

/** An amount typed into a min/max box, or undefined when it is not a number. */
function amountOf(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const n = Number(value.replace(/[£,\s]/g, ''));
  return Number.isFinite(n) ? n : undefined;
}

/** The view a query string asks for; unknown keys and empty values are ignored. */
export function viewFromQuery(query: string | URLSearchParams): GrantView {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  const filters: GrantView['filters'] = {};
  for (const [key, raw] of params) {
    const value = raw.trim();
    if (!isFilterKey(key) || value === '') continue;
    if ((key === 'min' || key === 'max') && amountOf(value) === undefined) continue;
    filters[key] = value;
  }
  const sortParam = params.get('sort') ?? '';
  const sort = isSortKey(sortParam) ? sortParam : DEFAULT_VIEW.sort;
  const dirParam = params.get('dir');
  const dir: SortDir = dirParam === 'asc' || dirParam === 'desc' ? dirParam : defaultDir(sort);
  return { filters, sort, dir };
}

/** Text columns read A to Z first; dates and amounts biggest (newest) first. */
export function defaultDir(sort: SortKey): SortDir {
  return sort === 'date' || sort === 'amount' ? 'desc' : 'asc';
}

/** "?ward=hendon&sort=amount", or "" for the default view; keys in a fixed order so equal views give equal URLs. */
export function queryFromView(view: GrantView): string {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = view.filters[key];
    if (value !== undefined && value !== '') params.set(key, value);
  }
  if (view.sort !== DEFAULT_VIEW.sort || view.dir !== defaultDir(view.sort)) {
    params.set('sort', view.sort);
    params.set('dir', view.dir);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Whether a row passes one filter. */
export function matches(row: GrantRow, key: FilterKey, value: string): boolean {
  switch (key) {
    case 'fund':
      return row.fund === value;
    case 'round':
      return row.round === value;
    case 'year':
      return row.year === value;
    case 'ward':
      // A ward's rows are the awards that name it: a borough-wide award is not split across wards.
      return row.wards.includes(value);
    case 'theme':
      return value === NO_THEME ? row.themes.length === 0 : row.themes.includes(value);
    case 'recipient-type':
      return row.recipient_type === value;
    case 'status':
      return row.status === value;
    case 'recipient':
      return row.recipient.toLocaleLowerCase('en-GB').includes(value.toLocaleLowerCase('en-GB'));
    case 'min':
      return row.amount_awarded >= (amountOf(value) ?? -Infinity);
    case 'max':
      return row.amount_awarded <= (amountOf(value) ?? Infinity);
  }
}

const compareText = (a: string, b: string) => a.localeCompare(b, 'en-GB', { sensitivity: 'base', numeric: true });

function compare(sort: SortKey, a: GrantRow, b: GrantRow): number {
  switch (sort) {
    case 'date':
      return a.award_date.localeCompare(b.award_date);
    case 'amount':
      return a.amount_awarded - b.amount_awarded;
    case 'title':
      return compareText(a.title, b.title);
    case 'recipient':
      return compareText(a.recipient, b.recipient);
    case 'fund':
      return compareText(a.fund_name, b.fund_name) || compareText(a.round_name ?? '', b.round_name ?? '');
    case 'status':
      return compareText(a.status_label, b.status_label);
  }
}

/** The rows a view shows, in its order. Ties fall back to newest first, then id, so the order never wobbles. */
export function applyView(rows: readonly GrantRow[], view: GrantView): GrantRow[] {
  const active = Object.entries(view.filters).filter(([, v]) => v !== undefined && v !== '') as [FilterKey, string][];
  const sign = view.dir === 'asc' ? 1 : -1;
  return rows
    .filter((row) => active.every(([key, value]) => matches(row, key, value)))
    .sort((a, b) => sign * compare(view.sort, a, b) || b.award_date.localeCompare(a.award_date) || a.id.localeCompare(b.id));
}

export interface RowsTotal {
  /** Rows listed, withdrawn ones included. */
  listed: number;
  /** Rows that count towards the total. */
  count: number;
  amount: number;
}

/** What a set of rows adds up to: withdrawn awards listed but not counted. */
export function totalOfRows(rows: readonly GrantRow[]): RowsTotal {
  const counted = rows.filter((r) => r.counted);
  return { listed: rows.length, count: counted.length, amount: sumBy(counted, (r) => r.amount_awarded) };
}

/** The CSV download's columns (360Giving titles where there is one); links made absolute on `origin`. */
export function exportColumns(origin: string): Column<GrantRow>[] {
  return [
    { title: 'Identifier', value: (r) => r.id },
    { title: 'Title', value: (r) => r.title },
    { title: 'Recipient Org:Name', value: (r) => r.recipient },
    { title: 'Recipient Org:Identifier', value: (r) => r.recipient_org_id },
    { title: 'Recipient type', value: (r) => r.recipient_type_label },
    { title: 'Grant Programme:Title', value: (r) => r.fund_name },
    { title: 'Round', value: (r) => r.round_name ?? '' },
    { title: 'Amount Awarded', value: (r) => r.amount_awarded },
    { title: 'Amount Requested', value: (r) => r.amount_requested },
    { title: 'Award Date', value: (r) => r.award_date },
    { title: 'Status', value: (r) => r.status_label },
    { title: 'Counted in totals', value: (r) => (r.counted ? 'yes' : 'no') },
    { title: 'Beneficiary Location:Name', value: (r) => r.ward_labels.join('; ') },
    { title: 'Themes', value: (r) => r.theme_labels.join('; ') },
    { title: 'URL', value: (r) => new URL(r.url, origin).href },
  ];
}

/** The rows shown, as a CSV file (formula injection guarded by csv.ts). */
export function exportCsv(rows: readonly GrantRow[], origin: string): string {
  return toCsv(rows, exportColumns(origin));
}

/** The rows as JSON: the view's address (which reproduces them), how many, and the rows themselves. */
export function exportJson(rows: readonly GrantRow[], viewUrl: string): string {
  const origin = new URL(viewUrl).origin;
  return `${JSON.stringify({ view: viewUrl, count: rows.length, grants: rows.map((r) => ({ ...r, url: new URL(r.url, origin).href })) }, null, 2)}\n`;
}
