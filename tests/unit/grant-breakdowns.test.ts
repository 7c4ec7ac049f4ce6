import { describe, expect, it } from 'vitest';
import { allBreakdowns, breakdown } from '../../src/lib/grant-breakdowns';
import { totalOfRows } from '../../src/lib/grants-table';
import { funds, sampleRows, taxonomy } from './grant-fixtures';

const rows = sampleRows();
const all = totalOfRows(rows);
const src = { funds, taxonomy, areaName: 'Barnet' };
const sumOf = (amounts: number[]) => Math.round(amounts.reduce((a, b) => a + b * 100, 0)) / 100;
const byValue = (b: ReturnType<typeof breakdown>) => Object.fromEntries(b.groups.map((g) => [g.value, { count: g.count, amount: g.amount, listed: g.listed }]));

describe('totals by fund, year and recipient type', () => {
  it.each(['fund', 'year', 'recipient-type'] as const)('every award sits in exactly one %s group, so the groups add up to the total', (dimension) => {
    const b = breakdown(dimension, rows, src);
    expect(b.overlapping).toBe(false);
    expect(sumOf(b.groups.map((g) => g.amount))).toBe(all.amount);
    expect(b.groups.reduce((n, g) => n + g.listed, 0)).toBe(all.listed);
  });

  it('by fund: withdrawn awards are listed in their fund but not counted', () => {
    expect(byValue(breakdown('fund', rows, src))).toEqual({
      cif: { count: 2, amount: 12500.5, listed: 3 },
      cil: { count: 2, amount: 7800, listed: 2 },
    });
  });

  it('by year: oldest first, as a timeline', () => {
    expect(breakdown('year', rows, src).groups.map((g) => [g.value, g.amount])).toEqual([['2021', 10800], ['2022', 9500.5]]);
  });

  it('by recipient type: recipients not in the directory have their own row, last', () => {
    const b = breakdown('recipient-type', rows, src);
    expect(b.groups.map((g) => [g.label, g.amount])).toEqual([
      ['Registered charity', 17000],
      ['Community interest company', 2500.5],
      ['Not listed in the directory', 800],
    ]);
  });

  it('lists a fund with no awards as empty instead of a £0 row', () => {
    expect(breakdown('fund', rows, src).empty).toEqual([{ value: 'unused', label: 'A fund with no awards' }]);
  });
});

describe('totals by ward', () => {
  const b = breakdown('ward', rows, src);

  it('counts an award for several wards in full under each', () => {
    expect(byValue(b)['hendon']).toEqual({ count: 1, amount: 10000, listed: 2 });
    expect(byValue(b)['burnt-oak']).toEqual({ count: 2, amount: 12500.5, listed: 2 });
    expect(b.overlapping).toBe(true);
  });

  it('gives borough-wide awards their own row, last, never divided between wards', () => {
    const last = b.groups.at(-1)!;
    expect(last).toMatchObject({ value: 'borough-wide', label: 'Borough-wide (all of Barnet)', special: true, amount: 7000 });
    expect(b.groups.filter((g) => !g.special).every((g) => g.rows.every((r) => !r.wards.includes('borough-wide')))).toBe(true);
  });

  it('each group’s rows add up to its total', () => {
    for (const g of b.groups) expect(sumOf(g.rows.filter((r) => r.counted).map((r) => r.amount_awarded))).toBe(g.amount);
  });
});

describe('totals by theme', () => {
  it('counts each theme in full and puts awards with no theme in a row of their own', () => {
    const b = breakdown('theme', rows, src);
    expect(byValue(b)).toEqual({
      food: { count: 2, amount: 12500.5, listed: 2 },
      carers: { count: 1, amount: 2500.5, listed: 1 },
      'no-theme': { count: 2, amount: 7800, listed: 3 },
    });
  });

  it('refuses a taxonomy id that clashes with a group of its own, naming the file and id', () => {
    const clash = { ...taxonomy, themes: [...taxonomy.themes, { id: 'no-theme', label: 'None', synonyms: [], sensitive: false }] };
    expect(() => breakdown('theme', rows, { ...src, taxonomy: clash })).toThrow(/settings\/taxonomy\.json: the id "no-theme" is reserved/);
  });
});

describe('all groupings', () => {
  it('come in the order /funding/ shows them, each with a heading', () => {
    expect(allBreakdowns(rows, src).map((b) => [b.breakdown.dimension, b.heading])).toEqual([
      ['fund', 'By fund'],
      ['year', 'By year of award'],
      ['ward', 'By ward'],
      ['theme', 'By theme'],
      ['recipient-type', 'By type of recipient'],
    ]);
  });
});
