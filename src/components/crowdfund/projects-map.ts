/**
 * Draws a ProjectsMap: Leaflet from our own bundle (no CDN), one keyboard-
 * focusable marker per project named by its title, a popup linking to the
 * project's page. A tile failure is reported in the page, never thrown.
 */
import L from 'leaflet';
import { markerIcon } from '../map/leaflet-setup';
import { leafletStyles } from '../map/leaflet-styles';
import type { ProjectPoint } from '../../lib/crowdfund';

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Leaflet inserts attribution as HTML: the settings text is escaped so it stays text (only "&copy;" becomes ©). */
function attributionHtml(text: string, url: string): string {
  return `<a href="${escapeHtml(url)}">${escapeHtml(text.replace(/&copy;/g, '©'))}</a>`;
}

/** The popup, built as DOM so a project's title is never parsed as HTML. */
function popup(p: ProjectPoint): HTMLElement {
  const box = document.createElement('p');
  const link = box.appendChild(document.createElement('a'));
  link.href = p.url;
  link.textContent = p.name;
  box.append(document.createElement('br'), p.place);
  return box;
}

export async function drawProjectsMap(wrap: HTMLElement): Promise<void> {
  const container = wrap.querySelector<HTMLElement>('[data-projects-map]');
  const message = wrap.querySelector<HTMLElement>('[data-projects-map-message]');
  if (!container) return;
  await leafletStyles();
  const d = container.dataset;
  const points = JSON.parse(d.points ?? '[]') as ProjectPoint[];
  wrap.hidden = false;
  const map = L.map(container, { scrollWheelZoom: false });
  const tiles = L.tileLayer(d.tileUrl!, { attribution: attributionHtml(d.attribution ?? '', d.attributionUrl ?? ''), maxZoom: 19 });
  tiles.once('tileerror', () => {
    if (!message) return;
    message.textContent = 'The map background could not be loaded. The projects are listed on this page.';
    message.hidden = false;
  });
  tiles.addTo(map);
  for (const p of points) {
    L.marker([p.lat, p.lng], { icon: markerIcon, alt: p.name, title: p.name, keyboard: true }).bindPopup(() => popup(p)).addTo(map);
  }
  if (points.length === 1) map.setView([points[0]!.lat, points[0]!.lng], 15);
  else map.fitBounds(L.latLngBounds(points.map((p) => [p.lat, p.lng])), { maxZoom: 15, padding: [24, 24] });
}
