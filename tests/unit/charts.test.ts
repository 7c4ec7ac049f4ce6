import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { barChart, chartAlternative } from '../../src/lib/charts';

const bars = [
  { label: 'Hendon', value: 12000, valueText: '£12,000' },
  { label: 'Burnt Oak', value: 3000, valueText: '£3,000' },
  { label: 'Edgware', value: 6000, valueText: '£6,000' },
];
const options = { bars, title: 'Money awarded by ward', tableName: 'the table "Money awarded by ward"' };

function parse(svg: string) {
  const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
  return document.querySelector('svg')!;
}

describe('bar charts drawn at build time', () => {
  it('are one image to assistive technology, named by a title that points to the table', () => {
    const svg = parse(barChart(options));
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.firstElementChild?.tagName.toLowerCase()).toBe('title');
    expect(svg.firstElementChild?.textContent).toBe(
      'Bar chart, Money awarded by ward. 3 bars. Largest: Hendon, £12,000. Smallest: Burnt Oak, £3,000. Every figure is in the table "Money awarded by ward".',
    );
    // Nothing inside is announced piecemeal, and Plot's inline stylesheet is gone.
    expect(svg.querySelectorAll('[aria-label], style').length).toBe(0);
    expect(svg.hasAttribute('style')).toBe(false);
  });

  it('draw one bar per figure, in order, to scale', () => {
    const widths = [...parse(barChart(options)).querySelectorAll('rect')].map((r) => Number(r.getAttribute('width')));
    expect(widths).toHaveLength(3);
    expect(widths[1]! / widths[0]!).toBeCloseTo(0.25, 5);
    expect(widths[2]! / widths[0]!).toBeCloseTo(0.5, 5);
  });

  it('print each label and value as text', () => {
    const texts = [...parse(barChart(options)).querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toEqual(expect.arrayContaining(['Hendon', '£12,000', 'Burnt Oak', '£3,000', 'Edgware', '£6,000']));
  });

  it('escape labels from content, so an editor’s text can never become markup', () => {
    const svg = barChart({ ...options, bars: [{ label: '<script>alert(1)</script> & "Co"', value: 1, valueText: '£1' }] });
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp;');
    expect(parse(svg).querySelectorAll('script').length).toBe(0);
  });

  it('say so when there is nothing to draw', () => {
    expect(chartAlternative({ ...options, bars: [] })).toBe('Money awarded by ward: no figures yet.');
    expect(parse(barChart({ ...options, bars: [] })).querySelectorAll('rect').length).toBe(0);
  });
});
