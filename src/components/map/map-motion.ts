/**
 * Marks the map aria-busy while it is moving to show new results. A search
 * fits the map to its places (an animated zoom), then markercluster regroups
 * (a second animation); until both have finished, markers slide over one
 * another. Screen readers are told the map is not ready yet, and the browser
 * tests wait for aria-busy="false" before checking what the map shows.
 */
import type * as Leaflet from 'leaflet';
import type { ClusterGroup } from './leaflet-setup';

/** Longer than Leaflet's zoom (0.25 s) and markercluster's regrouping (0.3 s), so the two count as one motion. */
const QUIET_MS = 400;

export function trackMapMotion(map: Leaflet.Map, clusters: ClusterGroup, box: HTMLElement): () => void {
  let timer: number | undefined;
  const moving = () => {
    window.clearTimeout(timer);
    box.setAttribute('aria-busy', 'true');
  };
  const maybeStill = () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => box.setAttribute('aria-busy', 'false'), QUIET_MS);
  };
  map.on('movestart zoomstart', moving);
  map.on('moveend', maybeStill);
  clusters.on('animationend', maybeStill);
  // Called when the map is told to change: busy now, still once nothing has moved for a moment.
  return () => {
    moving();
    maybeStill();
  };
}
