/**
 * Markers and clusters with names a screen reader reads. A marker stands for
 * one place (a venue; every result there is listed in its popup); Leaflet
 * makes it a focusable role="button", and its name is hidden text inside it:
 * "St Mary's Hall: 3 results, 0.4 miles". A cluster says how many places it
 * holds and that Enter zooms in. Pins are inline SVG (no image files), and a
 * selected place gets a larger, yellow pin.
 */
import type * as Leaflet from 'leaflet';

export interface MarkerItem {
  title: string;
  url: string;
  /** e.g. "Service"; the organisation's name is added for a service. */
  type: string;
  org?: string;
}

export interface MarkerData {
  /** The place's index in the points file: what list and map use to find each other. */
  place: number;
  lat: number;
  lng: number;
  name: string;
  approximate?: boolean;
  /** Distance from the chosen place, already worded ("1.2 miles"). */
  distance?: string;
  items: MarkerItem[];
}

const PIN_SVG = '<svg viewBox="0 0 30 40" aria-hidden="true" focusable="false"><path d="M15 1C7.3 1 1 7.2 1 14.9 1 25.4 15 39 15 39s14-13.6 14-24.1C29 7.2 22.7 1 15 1z"/><circle cx="15" cy="15" r="5"/></svg>';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function markerLabel(m: MarkerData): string {
  const parts = [plural(m.items.length, 'result', 'results'), m.distance, m.approximate ? 'approximate location' : undefined];
  return `${m.name}: ${parts.filter(Boolean).join(', ')}`;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function pinIcon(L: typeof Leaflet, m: MarkerData, selected: boolean): Leaflet.DivIcon {
  return L.divIcon({
    html: `${PIN_SVG}<span class="visually-hidden">${escapeHtml(markerLabel(m))}</span>`,
    className: selected ? 'map-pin map-pin--selected' : 'map-pin',
    iconSize: selected ? [36, 48] : [30, 40],
    iconAnchor: selected ? [18, 48] : [15, 40],
    popupAnchor: [0, selected ? -44 : -36],
  });
}

/** The popup: the place, then each result there as a link; built as DOM so no text is parsed as HTML. */
export function popupContent(m: MarkerData, onShowInList: () => void): HTMLElement {
  const box = document.createElement('div');
  box.className = 'map-popup';
  const title = box.appendChild(document.createElement('p'));
  title.appendChild(document.createElement('strong')).textContent = m.name;
  if (m.distance) title.append(` (${m.distance})`);
  if (m.approximate) box.appendChild(document.createElement('p')).textContent = 'Approximate location';
  const list = box.appendChild(document.createElement('ul'));
  for (const item of m.items) {
    const li = list.appendChild(document.createElement('li'));
    const a = li.appendChild(document.createElement('a'));
    a.href = item.url;
    a.textContent = item.title;
    li.append(` (${item.type}${item.org ? `, ${item.org}` : ''})`);
  }
  const button = box.appendChild(document.createElement('button'));
  button.type = 'button';
  button.className = 'button--secondary map-popup__list-button';
  button.textContent = 'Show in the list';
  button.addEventListener('click', onShowInList);
  return box;
}

/** Cluster icon whose text names it: "12 places here. Press Enter to zoom in." */
export function clusterIcon(L: typeof Leaflet, count: number): Leaflet.DivIcon {
  const size = count < 10 ? 'small' : count < 100 ? 'medium' : 'large';
  return L.divIcon({
    html: `<div><span>${count}<span class="visually-hidden"> places here. Press Enter to zoom in.</span></span></div>`,
    className: `marker-cluster marker-cluster-${size}`,
    iconSize: L.point(40, 40),
  });
}
