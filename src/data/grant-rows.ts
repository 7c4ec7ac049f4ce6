/**
 * The awards table's rows and their groupings for the whole site, built once
 * per build from the content and settings and shared by /funding/,
 * /funding/grants/ and its filtered pages.
 */
import { siteContent } from './content';
import { allBreakdowns } from '../lib/grant-breakdowns';
import { grantRows } from '../lib/grant-rows';
import type { GrantRow } from '../lib/grants-table';
import { loadSettings } from '../lib/settings';

let rowsCache: Promise<GrantRow[]> | undefined;

export function allGrantRows(): Promise<GrantRow[]> {
  rowsCache ??= siteContent().then(({ grants, funds, organisations }) => {
    const { site, taxonomy } = loadSettings();
    return grantRows(grants, { funds, organisations, taxonomy, idPrefix: site.id_prefix, areaName: site.area_name });
  });
  return rowsCache;
}

let breakdownsCache: Promise<ReturnType<typeof allBreakdowns>> | undefined;

/** Totals by fund, year, ward, theme and type of recipient, each with its rows. */
export function siteBreakdowns(): Promise<ReturnType<typeof allBreakdowns>> {
  breakdownsCache ??= Promise.all([siteContent(), allGrantRows()]).then(([{ funds }, rows]) => {
    const { site, taxonomy } = loadSettings();
    return allBreakdowns(rows, { funds, taxonomy, areaName: site.area_name });
  });
  return breakdownsCache;
}
