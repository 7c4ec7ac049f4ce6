/**
 * Fills each small venue map (VenueMap.astro) once it is near the screen, so a
 * page with several venues loads Leaflet only when someone scrolls to them.
 */
import { leafletStyles } from '../map/leaflet-styles';

const ZOOM = 16;
// A wider view when the point only marks the street or area.
const ZOOM_APPROXIMATE = 15;

async function draw(figure: HTMLElement): Promise<void> {
  const box = figure.querySelector<HTMLElement>('.venue-map__map');
  if (!box) return;
  const { default: L } = await import('leaflet');
  await leafletStyles();
  const point: [number, number] = [Number(box.dataset.lat), Number(box.dataset.lng)];
  figure.hidden = false;
  const map = L.map(box, {
    center: point,
    zoom: 'approximate' in box.dataset ? ZOOM_APPROXIMATE : ZOOM,
    // A picture, not a tool: nothing to drag, zoom or tab into.
    dragging: false, touchZoom: false, scrollWheelZoom: false, doubleClickZoom: false, boxZoom: false,
    keyboard: false, zoomControl: false, attributionControl: false,
  });
  const tiles = L.tileLayer(box.dataset.tileUrl ?? '', { maxZoom: 19 });
  // Tiles that cannot load leave a grey box that says nothing: take it away; the address remains.
  tiles.once('tileerror', () => { map.remove(); figure.hidden = true; });
  tiles.addTo(map);
  // A circle, not Leaflet's image marker: no icon files to bundle, and it cannot take focus.
  L.circleMarker(point, { radius: 9, weight: 3, color: '#063f3b', fillColor: '#0b5d57', fillOpacity: 0.9, interactive: false }).addTo(map);
  // Leaflet puts its own tabindex on the container; the map is a picture, not a control.
  box.removeAttribute('tabindex');
}

export function showVenueMaps(): void {
  const figures = [...document.querySelectorAll<HTMLElement>('[data-venue-map]')];
  if (!figures.length) return;
  // A hidden element never intersects, so watch the venue section each map sits in.
  const figureOf = new Map<Element, HTMLElement>(figures.map((f) => [f.parentElement ?? f, f]));
  const observer = new IntersectionObserver((entries) => {
    for (const entry of entries) {
      const figure = figureOf.get(entry.target);
      if (!entry.isIntersecting || !figure) continue;
      observer.unobserve(entry.target);
      // A map that cannot load stays hidden: the address is written out beside it.
      draw(figure).catch(() => {});
    }
  }, { rootMargin: '200px' });
  for (const anchor of figureOf.keys()) observer.observe(anchor);
}
