/**
 * The explore map: settings from the container's data- attributes, points
 * from /data/points.json, markers clustered. Tile failures are reported in the
 * page and never stop the list from working.
 */
import type { MapPoint } from '../../lib/geo';
import { loadLeaflet, type ClusterGroup } from './leaflet-setup';
import { keepFocusOnClusterZoom } from './cluster-focus';
import { clusterIcon, makeMarker } from './markers';

export interface ExploreMap {
  /** Draws only these points (all when given every point). */
  show(points: MapPoint[]): void;
  /** Zooms to a point and opens its popup. */
  focus(id: string): void;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Leaflet puts attribution in as HTML: settings text is escaped (only "&copy;" is honoured) so it stays text. */
function attributionHtml(text: string, url: string): string {
  return `<a href="${escapeHtml(url)}">${escapeHtml(text.replace(/&copy;/g, '©'))}</a>`;
}

export async function createExploreMap(container: HTMLElement, onTileError: () => void): Promise<ExploreMap> {
  const { L, clusterGroup } = await loadLeaflet();
  const d = container.dataset;
  const bounds = L.latLngBounds([Number(d.south), Number(d.west)], [Number(d.north), Number(d.east)]);
  const map = L.map(container, { scrollWheelZoom: false, maxBounds: bounds.pad(0.5) }).setView([Number(d.lat), Number(d.lng)], Number(d.zoom));
  const tiles = L.tileLayer(d.tileUrl!, { attribution: attributionHtml(d.attribution ?? '', d.attributionUrl ?? ''), maxZoom: 19 });
  let reported = false;
  tiles.on('tileerror', () => {
    if (!reported) onTileError();
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
  const markers = new Map<string, L.Marker>();

  return {
    show(points) {
      clusters.clearLayers();
      markers.clear();
      for (const p of points) markers.set(p.id, makeMarker(L, p));
      clusters.addLayers([...markers.values()]);
      if (points.length > 0) map.fitBounds(L.latLngBounds(points.map((p) => [p.lat, p.lng])), { maxZoom: 15, padding: [24, 24] });
    },
    focus(id) {
      const marker = markers.get(id);
      if (!marker) return;
      container.scrollIntoView({ block: 'nearest' });
      clusters.zoomToShowLayer(marker, () => marker.openPopup());
    },
  };
}
