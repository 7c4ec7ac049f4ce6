/**
 * Our own result list (not Pagefind's UI): type, title, summary and place for
 * each result, built with DOM calls and textContent so no result text is parsed
 * as HTML. Items that have a map point get a "Show on map" button.
 */
import type { MapPoint } from '../../lib/geo';
import { typeFromUrl } from '../../lib/search-meta';
import type { PagefindResultData } from './pagefind';

export interface ResultItem {
  type: string;
  title: string;
  url: string;
  summary: string;
  place?: string;
  /** Parts of the page that matched, e.g. services: [name, url]. */
  parts: { title: string; url: string }[];
  /** Map point to show, if the result has one. */
  pointId?: string;
}

/** Plain text of a Pagefind excerpt (HTML with <mark>), parsed inertly in a <template>. */
function excerptText(excerpt: string): string {
  const t = document.createElement('template');
  t.innerHTML = excerpt;
  return t.content.textContent ?? '';
}

export function fromPagefind(r: PagefindResultData, point?: MapPoint): ResultItem {
  return {
    type: r.meta.type ?? typeFromUrl(r.url),
    title: r.meta.title ?? r.url,
    url: r.url,
    summary: r.meta.summary ?? excerptText(r.excerpt),
    place: r.meta.place,
    parts: (r.sub_results ?? []).filter((s) => s.url.includes('#service-')).map((s) => ({ title: s.title, url: s.url })),
    pointId: point?.id,
  };
}

export function fromPoint(p: MapPoint): ResultItem {
  return {
    type: p.type === 'crowdfund' ? 'Crowdfund project' : 'Organisation',
    title: p.name,
    url: p.url,
    summary: p.approximate ? 'Approximate location' : '',
    place: p.venue,
    parts: (p.services ?? []).map((s) => ({ title: s.name, url: s.url })),
    pointId: p.id,
  };
}

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string) => {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
};

export function renderItem(item: ResultItem, onShowOnMap: (pointId: string) => void): HTMLLIElement {
  const li = el('li', 'result');
  li.append(el('p', 'result__type', item.type));
  const link = el('h3', 'result__title').appendChild(el('a', 'result__link', item.title));
  link.href = item.url;
  li.append(link.parentElement!);
  if (item.summary) li.append(el('p', 'result__summary', item.summary));
  if (item.place) li.append(el('p', 'result__place meta', `Where: ${item.place}`));
  if (item.parts.length) {
    const list = el('ul', 'result__parts');
    for (const part of item.parts) {
      const a = list.appendChild(el('li', '')).appendChild(el('a', '', part.title));
      a.href = part.url;
    }
    li.append(list);
  }
  if (item.pointId) {
    // The name comes from the content (no aria-label) so it contains the visible words.
    const button = el('button', 'result__map button--secondary', 'Show ');
    button.append(el('span', 'visually-hidden', `${item.title} `), 'on map');
    button.type = 'button';
    button.addEventListener('click', () => onShowOnMap(item.pointId!));
    li.append(button);
  }
  return li;
}
