/**
 * CSV downloads: a heading row then one row per item, quoting done right, and
 * no cell an editor typed can run as a spreadsheet formula.
 */
import { describe, expect, it } from 'vitest';
import { toCsv, type Column } from '../../src/lib/csv';

interface Row { name: string; amount: number }
const columns: Column<Row>[] = [
  { title: 'Name', value: (r) => r.name },
  { title: 'Amount', value: (r) => r.amount },
];
const cells = (csv: string) => csv.replace(/^\uFEFF/, '').split('\r\n').filter(Boolean);

describe('a CSV file', () => {
  it('has the column titles, then a row per item, with Windows line ends', () => {
    expect(toCsv([{ name: 'Pantry', amount: 1000 }, { name: 'Club', amount: 99.5 }], columns)).toBe('\uFEFFName,Amount\r\nPantry,1000\r\nClub,99.5\r\n');
  });

  it('starts with a byte order mark so Excel reads £ and accents, unless asked not to', () => {
    expect(toCsv([], columns).startsWith('\uFEFF')).toBe(true);
    expect(toCsv([], columns, { bom: false })).toBe('Name,Amount\r\n');
  });

  it('quotes commas, quotes and line breaks inside a cell', () => {
    expect(cells(toCsv([{ name: 'Smith, "Jo"\nand co', amount: 1 }], columns, { bom: false }))[1]).toBe('"Smith, ""Jo""\nand co",1');
  });

  it('leaves an empty cell for a missing value', () => {
    expect(cells(toCsv([{ name: undefined as unknown as string, amount: 5 }], columns))[1]).toBe(',5');
  });
});

describe('formula injection', () => {
  const hostile = [
    '=HYPERLINK("https://evil.example.org","Click")',
    '+1+1',
    '-2+3',
    '@SUM(A1:A9)',
    '\t=1+1',
    '\r=1+1',
    '＝1+1', // full-width equals sign, which some spreadsheets treat as "="
  ];

  it.each(hostile.map((v) => [JSON.stringify(v), v]))('puts an apostrophe before %s so it is shown as text', (_label, value) => {
    const row = cells(toCsv([{ name: value, amount: 1 }], columns, { bom: false }))[1]!;
    const cell = row.slice(0, row.lastIndexOf(','));
    const text = cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell;
    expect(text).toBe(`'${value}`);
  });

  it('leaves ordinary text and negative numbers alone', () => {
    const rows = cells(toCsv([{ name: 'Food bank', amount: -50 }, { name: 'Co-op', amount: 0 }], columns, { bom: false }));
    expect(rows[1]).toBe('Food bank,-50');
    expect(rows[2]).toBe('Co-op,0');
  });
});
