/**
 * CSV files for spreadsheets, written by csv-stringify (quoting, line breaks and
 * commas inside cells are its job). Every text cell an editor could have typed
 * is guarded against formula injection: a cell starting with = + - @, a tab or a
 * carriage return (or their full-width forms) gets a leading apostrophe, so a
 * spreadsheet shows it as text instead of running it (OWASP "CSV Injection").
 * Numbers are written as numbers; a negative number is not a formula.
 *
 * Used at build time (the /data/*.csv files) and in the browser (filtered
 * downloads), so it imports the library's browser-safe synchronous build.
 */
import { stringify } from 'csv-stringify/browser/esm/sync';

export type Cell = string | number | boolean | null | undefined;

export interface Column<T> {
  /** The heading in the first row. */
  title: string;
  value: (row: T) => Cell;
}

export interface CsvOptions {
  /**
   * Start with a byte order mark so Excel reads the file as UTF-8 (names with
   * accents, the £ sign). On by default; off for text another program parses.
   */
  bom?: boolean;
}

/** A CSV file: a heading row of column titles, then one row per item. */
export function toCsv<T>(rows: readonly T[], columns: readonly Column<T>[], options: CsvOptions = {}): string {
  const records = [columns.map((c) => c.title), ...rows.map((row) => columns.map((c) => c.value(row)))];
  return stringify(records, {
    bom: options.bom ?? true,
    escape_formulas: true,
    // RFC 4180 line ends, which every spreadsheet reads.
    record_delimiter: 'windows',
    cast: { boolean: (b) => (b ? 'true' : 'false') },
  });
}
