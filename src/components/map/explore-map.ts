/**
 * The explore map: every matching place (not a page of them), clustered, in
 * step with the list. Selecting a place in the list zooms to it and opens it
 * here; selecting a marker here tells the page, which highlights the list.
 * Settings come from the container's data- attributes; a tile failure is
 * reported in the page and never stops the list from working.
 */
import { loadLeaflet, type ClusterGroup } from './leaflet-setup';
import { keepFocusOnClusterZoom } from './cluster-focus';
import { trackMapMotion } from './map-motion';
import { clusterIcon, pinIcon, popupContent, type MarkerData } from './markers';

export interface ExploreMap {
  /** Draws exactly these places, and the searched-from point and radius if given. */
  show(markers: MarkerData[], around?: { lat: number; lng: number; radiusMiles?: number }): void;
  /** Zooms to a place, opens it and marks it selected. */
  select(place: number): void;
  /** Marks a place selected (or none) without moving the map. */
  highlight(place: number | null): void;
  /** Call after the map's box was hidden and is shown again (phones' List / Map switch). */
  resize(): void;
}

interface Callbacks {
  onTileError(): void;
  /** A marker was opened on the map. */
  onSelect(place: number): void;
  /** "Show in the list" was pressed in a marker's popup. */
  onShowInList(place: number): void;
}

const METRES_PER_MILE = 1609.344;
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Leaflet puts attribution in as HTML: settings text is escaped (only "&copy;" is honoured) so it stays text. */
function attributionHtml(text: string, url: string): string {
  return `<a href="${escapeHtml(url)}">${escapeHtml(text.replace(/&copy;/g, '©'))}</a>`;
}

export async function createExploreMap(container: HTMLElement, on: Callbacks): Promise<ExploreMap> {
  const { L, clusterGroup } = await loadLeaflet();
  const d = container.dataset;
  const bounds = L.latLngBounds([Number(d.south), Number(d.west)], [Number(d.north), Number(d.east)]);
  const map = L.map(container, { scrollWheelZoom: false, maxBounds: bounds.pad(0.5) }).setView([Number(d.lat), Number(d.lng)], Number(d.zoom));
  const tiles = L.tileLayer(d.tileUrl!, { attribution: attributionHtml(d.attribution ?? '', d.attributionUrl ?? ''), maxZoom: 19 });
  let reported = false;
  tiles.on('tileerror', () => {
    if (!reported) on.onTileError();
    reported = true;
  });
  tiles.addTo(map);

  const clusters: ClusterGroup = clusterGroup({
    iconCreateFunction: (cluster) => clusterIcon(L, cluster.getChildCount()),
    showCoverageOnHover: false,
    chunkedLoading: true,
  });
  map.addLayer(clusters);
  keepFocusOnClusterZoom(map, clusters);
  const changing = trackMapMotion(map, clusters, container);
  const around = L.layerGroup().addTo(map);
  const markers = new Map<number, { marker: L.Marker; data: MarkerData }>();
  let selected: number | null = null;
  // A popup opened with Enter on its marker takes focus, so a keyboard user lands on its links;
  // one opened from the list's "Show on map" leaves focus in the list. (Keydown comes before
  // the keypress Leaflet opens popups on.)
  let byKeyboard = false;
  container.addEventListener('keydown', (e) => {
    byKeyboard = e.key === 'Enter' && (e.target as HTMLElement).classList.contains('map-pin');
    // Leaflet's own Escape only works while the map box itself has focus, not a marker or the popup.
    if (e.key === 'Escape' && (e.target as HTMLElement).closest('.leaflet-popup, .map-pin')) map.closePopup();
  });

  function highlight(place: number | null) {
    if (selected !== null && markers.has(selected)) {
      const old = markers.get(selected)!;
      old.marker.setIcon(pinIcon(L, old.data, false));
    }
    selected = place;
    if (place !== null && markers.has(place)) {
      const now = markers.get(place)!;
      now.marker.setIcon(pinIcon(L, now.data, true));
    }
  }

  function makeMarker(m: MarkerData): L.Marker {
    const marker = L.marker([m.lat, m.lng], { icon: pinIcon(L, m, false), keyboard: true, riseOnHover: true });
    marker.bindPopup(() => popupContent(m, () => on.onShowInList(m.place)), { autoPanPadding: L.point(24, 24) });
    marker.on('popupopen', (e) => {
      if (selected !== m.place) highlight(m.place);
      on.onSelect(m.place);
      if (byKeyboard) (e.popup.getElement()?.querySelector('a, button') as HTMLElement | null)?.focus();
      byKeyboard = false;
    });
    marker.on('popupclose', (e) => {
      // Escape or the close button inside the popup would drop focus on the page body: back to the marker.
      if (e.popup.getElement()?.contains(document.activeElement)) (marker.getElement() as HTMLElement | undefined)?.focus();
    });
    return marker;
  }

  return {
    show(list, origin) {
      changing();
      map.closePopup();
      clusters.clearLayers();
      around.clearLayers();
      markers.clear();
      selected = null;
      for (const m of list) markers.set(m.place, { marker: makeMarker(m), data: m });
      clusters.addLayers([...markers.values()].map((x) => x.marker));
      container.dataset.markerCount = String(markers.size);
      const points = list.map((m) => L.latLng(m.lat, m.lng));
      if (origin) {
        const centre = L.latLng(origin.lat, origin.lng);
        // Decoration, not controls: the searched-from point and the radius cannot take focus.
        L.circleMarker(centre, { radius: 7, weight: 3, color: '#0b0c0c', fillColor: '#ffbf47', fillOpacity: 1, interactive: false }).addTo(around);
        if (origin.radiusMiles) {
          const circle = L.circle(centre, { radius: origin.radiusMiles * METRES_PER_MILE, weight: 2, color: '#063f3b', fill: false, interactive: false }).addTo(around);
          map.fitBounds(circle.getBounds(), { padding: [16, 16] });
          return;
        }
        points.push(centre);
      }
      if (points.length) map.fitBounds(L.latLngBounds(points), { maxZoom: 15, padding: [24, 24] });
    },
    select(place) {
      const entry = markers.get(place);
      if (!entry) return;
      changing();
      highlight(place);
      clusters.zoomToShowLayer(entry.marker, () => entry.marker.openPopup());
    },
    highlight,
    resize() {
      map.invalidateSize();
    },
  };
}
