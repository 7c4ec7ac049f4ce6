/**
 * Our own result list (not Pagefind's UI): for each result its type, title,
 * distance (when a place is given), summary and where, built with DOM calls
 * and textContent so no result text is parsed as HTML. A result with a place
 * on the map gets a "Show on map" button; one with no fixed venue says so.
 */
import { formatMiles } from '../../lib/geo';
import type { Located } from '../../lib/nearby';
import { typeFromUrl } from '../../lib/search-filters';
import type { PagefindResult, PagefindResultData } from './pagefind';

export type Item = Located<PagefindResult>;

/** Plain text of a Pagefind excerpt (HTML with <mark>), parsed inertly in a <template>. */
function excerptText(excerpt: string): string {
  const t = document.createElement('template');
  t.innerHTML = excerpt;
  return t.content.textContent ?? '';
}

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string) => {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
};

const STATUS_WORDS: Record<string, string> = { paused: 'Paused', inactive: 'Not running at the moment', closed: 'Closed' };

export function renderItem(item: Item, data: PagefindResultData, places: { approximate?: true }[], onShowOnMap: (place: number) => void): HTMLLIElement {
  const li = el('li', 'result');
  li.dataset.resultId = item.row.id;
  if (item.group === 'near') li.dataset.places = item.record!.places.join(' ');
  const title = data.meta.title ?? item.record?.title ?? data.url;
  li.append(el('p', 'result__type', data.meta.type ?? typeFromUrl(data.url)));
  const heading = li.appendChild(el('h3', 'result__title'));
  const link = heading.appendChild(el('a', 'result__link', title));
  link.href = data.url;
  if (item.miles !== undefined) {
    li.append(el('p', 'result__distance', `${formatMiles(item.miles, Boolean(places[item.nearest!]?.approximate))} away`));
  }
  if (data.meta.org) li.append(el('p', 'result__org', `From ${data.meta.org}`));
  const status = data.meta.status ?? item.record?.status;
  if (status && STATUS_WORDS[status]) li.append(el('p', 'result__status', STATUS_WORDS[status]));
  const summary = data.meta.summary ?? excerptText(data.excerpt);
  if (summary) li.append(el('p', 'result__summary', summary));
  if (item.group === 'no-venue' && item.record?.reach) {
    li.append(el('p', 'result__reach', `No fixed venue: ${item.record.reach}`));
  } else if (data.meta.place) {
    li.append(el('p', 'result__place meta', `Where: ${data.meta.place}`));
  }
  if (item.group === 'near') {
    const place = item.nearest ?? item.record!.places[0];
    // The name comes from the content (no aria-label) so it contains the visible words.
    const button = el('button', 'result__map button--secondary', 'Show ');
    button.append(el('span', 'visually-hidden', `${title} `), 'on map');
    button.type = 'button';
    button.addEventListener('click', () => onShowOnMap(place));
    li.append(button);
  }
  return li;
}
