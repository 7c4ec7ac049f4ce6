/**
 * Markers and clusters with names a screen reader can read: each marker is a
 * keyboard-focusable button (Leaflet's role="button") named by its image's alt
 * text; each cluster says how many places it holds and that it zooms in.
 */
import type * as Leaflet from 'leaflet';
import type { MapPoint } from '../../lib/geo';
import { markerIcon } from './leaflet-setup';

export function markerLabel(p: MapPoint): string {
  const where = p.venue && p.venue !== p.name ? `, ${p.venue}` : '';
  return `${p.name}${where}${p.approximate ? ' (approximate location)' : ''}`;
}

/** The popup: the place's page, and its services, built as DOM so no text is parsed as HTML. */
function popupContent(p: MapPoint): HTMLElement {
  const box = document.createElement('div');
  const title = box.appendChild(document.createElement('p'));
  const link = title.appendChild(document.createElement('a'));
  link.href = p.url;
  link.textContent = p.name;
  if (p.venue && p.venue !== p.name) title.append(document.createElement('br'), p.venue);
  if (p.approximate) box.appendChild(document.createElement('p')).textContent = 'Approximate location';
  if (p.services?.length) {
    const list = box.appendChild(document.createElement('ul'));
    for (const s of p.services) {
      const a = list.appendChild(document.createElement('li')).appendChild(document.createElement('a'));
      a.href = s.url;
      a.textContent = s.name;
    }
  }
  return box;
}

export function makeMarker(L: typeof Leaflet, p: MapPoint): Leaflet.Marker {
  const label = markerLabel(p);
  return L.marker([p.lat, p.lng], { icon: markerIcon, alt: label, title: label, keyboard: true }).bindPopup(() => popupContent(p));
}

/** Cluster icon whose text names it: "12 places here. Select to zoom in." */
export function clusterIcon(L: typeof Leaflet, count: number): Leaflet.DivIcon {
  const size = count < 10 ? 'small' : count < 100 ? 'medium' : 'large';
  return L.divIcon({
    html: `<div><span>${count}<span class="visually-hidden"> places here. Select to zoom in.</span></span></div>`,
    className: `marker-cluster marker-cluster-${size}`,
    iconSize: L.point(40, 40),
  });
}
