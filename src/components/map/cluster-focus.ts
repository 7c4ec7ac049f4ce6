/**
 * Keyboard users who open a cluster (Enter) would otherwise lose focus: the
 * cluster's icon is removed as the map zooms in, and focus falls back to the
 * map. After the zoom, focus moves to whatever now shows the cluster's first
 * place (a smaller cluster or the marker itself), so Tab carries on from there.
 */
import type * as Leaflet from 'leaflet';
import type { ClusterGroup } from './leaflet-setup';

interface ClusterClick {
  layer: { getAllChildMarkers(): Leaflet.Marker[] };
  originalEvent?: Event;
}

export function keepFocusOnClusterZoom(map: Leaflet.Map, clusters: ClusterGroup): void {
  // Leaflet turns Enter on a focused cluster into "clusterkeypress", not a click.
  clusters.on('clusterclick clusterkeypress', (event) => {
    const { layer, originalEvent } = event as unknown as ClusterClick;
    if (event.type === 'clusterkeypress' && (originalEvent as KeyboardEvent | undefined)?.key !== 'Enter') return;
    const first = layer.getAllChildMarkers()[0];
    if (!first) return;
    let done = false;
    const focus = () => {
      if (done) return;
      done = true;
      const shown = clusters.getVisibleParent(first) ?? first;
      (shown.getElement?.() as HTMLElement | undefined)?.focus();
    };
    // markercluster regroups after the map's zoom ends and then signals 'animationend'. Listening
    // only from zoomend on skips an 'animationend' still due from an earlier change (a fresh
    // search), which would move focus to the old, larger cluster. The timer covers no animation.
    map.once('zoomend', () => {
      clusters.once('animationend', focus);
      window.setTimeout(focus, 600);
    });
  });
}
