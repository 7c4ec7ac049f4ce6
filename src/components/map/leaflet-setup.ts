/**
 * Leaflet and markercluster bundled from node_modules (no CDN). markercluster
 * is a UMD script that extends the global `L`, so Leaflet is put on window
 * first and the plugin imported after. Marker images come through Vite (?url)
 * because Leaflet's own icon-path guess 404s in a bundle. Stylesheets: see
 * leaflet-styles.ts.
 */
import L from 'leaflet';
import { clusterStyles } from './leaflet-styles';
import iconUrl from 'leaflet/dist/images/marker-icon.png?url';
import iconRetinaUrl from 'leaflet/dist/images/marker-icon-2x.png?url';
import shadowUrl from 'leaflet/dist/images/marker-shadow.png?url';

declare global {
  interface Window { L: typeof L }
}

export interface ClusterGroup extends L.FeatureGroup {
  zoomToShowLayer(layer: L.Layer, callback?: () => void): void;
  clearLayers(): this;
  addLayers(layers: L.Layer[]): this;
  getVisibleParent(marker: L.Marker): L.Marker | null;
}
type ClusterFactory = (options: {
  iconCreateFunction: (cluster: { getChildCount(): number }) => L.DivIcon;
  showCoverageOnHover?: boolean;
  chunkedLoading?: boolean;
}) => ClusterGroup;

export const markerIcon = L.icon({
  iconUrl, iconRetinaUrl, shadowUrl,
  iconSize: [25, 41], iconAnchor: [12, 41], popupAnchor: [1, -34], shadowSize: [41, 41],
});

/** Leaflet plus the cluster group factory, loaded in the right order. */
export async function loadLeaflet(): Promise<{ L: typeof L; clusterGroup: ClusterFactory }> {
  window.L = L;
  await Promise.all([import('leaflet.markercluster'), clusterStyles()]);
  return { L, clusterGroup: (L as unknown as { markerClusterGroup: ClusterFactory }).markerClusterGroup };
}
