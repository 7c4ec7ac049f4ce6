/**
 * Charts drawn at build time with Observable Plot into a server-side DOM
 * (linkedom), and served as inline SVG: no chart script runs in the browser.
 *
 * Each chart is one image to assistive technology (role="img" with a text
 * alternative); the figures themselves are in the data table printed beside it.
 * Labels come from content (fund and ward names), so they are set as text nodes
 * and serialised by the DOM, which escapes them: nothing an editor types can
 * become markup.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';

export interface Bar {
  label: string;
  value: number;
  /** The value as people read it, e.g. "£12,000" or "37". */
  valueText: string;
}

export interface BarChartOptions {
  bars: readonly Bar[];
  /** Names the chart, e.g. "Money awarded by ward". Starts the text alternative. */
  title: string;
  /** Where the same figures are as text, e.g. "the table “Money awarded by ward” beside it". */
  tableName: string;
  /**
   * Drawn width in CSS pixels; the SVG scales down to fit narrower screens. Kept
   * modest so its text is still about 12px on a 320px-wide phone.
   */
  width?: number;
}

/** Height of one bar's band: a line of label text above a bar. */
const BAND = 46;
const FONT_SIZE = 15;
const BAR_HEIGHT = 18;

/**
 * What a screen reader hears: the title, how many bars, the largest and the
 * smallest, and where to read every figure. The table is the full alternative,
 * so the label stays short enough to listen to.
 */
export function chartAlternative({ bars, title, tableName }: BarChartOptions): string {
  if (bars.length === 0) return `${title}: no figures yet.`;
  const sorted = [...bars].sort((a, b) => b.value - a.value);
  const first = sorted[0]!;
  const last = sorted.at(-1)!;
  const extremes =
    bars.length === 1 ? `One bar: ${first.label}, ${first.valueText}.` : `${bars.length} bars. Largest: ${first.label}, ${first.valueText}. Smallest: ${last.label}, ${last.valueText}.`;
  return `Bar chart, ${title}. ${extremes} Every figure is in ${tableName}.`;
}

/** A horizontal bar chart, each bar under its label with its value at the end, as an SVG string. */
export function barChart(options: BarChartOptions): string {
  const { bars, width = 380 } = options;
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const keys = bars.map((_, i) => String(i));
  const data = bars.map((bar, i) => ({ ...bar, key: keys[i] }));
  const max = Math.max(0, ...bars.map((b) => b.value));
  // Room after the longest bar for its value (about 0.6em a character).
  const valueRoom = Math.ceil(Math.max(0, ...bars.map((b) => b.valueText.length)) * FONT_SIZE * 0.65) + 12;
  const svg = Plot.plot({
    document: document as unknown as Document,
    width,
    height: Math.max(1, bars.length) * BAND,
    margin: 0,
    marginRight: valueRoom,
    // The band scale keeps bars in the given order; labels are drawn as text marks, not an axis.
    y: { axis: null, domain: keys, padding: 0 },
    x: { axis: null, domain: [0, max || 1] },
    marks: [
      Plot.barX(data, { x: 'value', y: 'key', fill: '#0b5d57', insetTop: BAND - BAR_HEIGHT - 4, insetBottom: 4 }),
      Plot.text(data, { x: 'value', y: 'key', text: 'valueText', textAnchor: 'start', fontSize: FONT_SIZE, dx: 6, dy: BAND / 2 - BAR_HEIGHT / 2 - 4 }),
      Plot.text(data, {
        x: 0,
        y: 'key',
        text: 'label',
        textAnchor: 'start',
        fontSize: FONT_SIZE,
        // Up from the middle of the band to sit above its bar.
        dy: -(BAND / 2 - FONT_SIZE / 2 - 2),
        // A name longer than the chart is cut with an ellipsis; the table beside has it in full.
        // Plot estimates text width from typical glyph widths; system fonts run wider, so leave room.
        lineWidth: (width / FONT_SIZE) * 0.85,
        textOverflow: 'ellipsis',
      }),
    ],
  }) as unknown as Element;

  // One image with one name: Plot's own per-mark labels, stylesheet and inline style are
  // dropped (the component styles the chart) so nothing inside is announced piecemeal.
  svg.querySelector('style')?.remove();
  svg.removeAttribute('style');
  for (const el of [svg, ...svg.querySelectorAll('[aria-label], [aria-description]')]) {
    el.removeAttribute('aria-label');
    el.removeAttribute('aria-description');
  }
  svg.setAttribute('class', 'chart');
  svg.setAttribute('role', 'img');
  // The name goes in a <title>, a text node the serialiser escapes, rather than an attribute.
  const title = document.createElementNS('http://www.w3.org/2000/svg', 'title');
  title.textContent = chartAlternative(options);
  svg.prepend(title);
  return svg.outerHTML;
}
