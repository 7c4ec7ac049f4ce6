/**
 * Leaflet's stylesheets, linked when a map is about to be drawn rather than in
 * the page head. Imported as plain CSS (even from a lazily loaded script) Astro
 * links them in the head of every page with a map, where they hold up the
 * first paint for something only JavaScript draws (Lighthouse counted ~0.3 s on
 * slow 4G on /explore/). As ?url assets they are still our own hashed files
 * (no CDN, and style-src 'self' allows them).
 */
import leafletCss from 'leaflet/dist/leaflet.css?url';
import clusterCss from 'leaflet.markercluster/dist/MarkerCluster.css?url';

const loaded = new Map<string, Promise<void>>();

function stylesheet(href: string): Promise<void> {
  let done = loaded.get(href);
  if (!done) {
    done = new Promise<void>((resolve, reject) => {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = href;
      link.addEventListener('load', () => resolve());
      link.addEventListener('error', () => reject(new Error(`stylesheet ${href} could not be loaded`)));
      // First in the head, so the page's own rules (which restyle some of Leaflet's) still win.
      document.head.prepend(link);
    });
    loaded.set(href, done);
  }
  return done;
}

/** Resolves once Leaflet's rules apply, so Leaflet measures a styled container. */
export const leafletStyles = (): Promise<void> => stylesheet(leafletCss).then(() => undefined);

/** Leaflet's and markercluster's rules. */
export const clusterStyles = (): Promise<void> => Promise.all([stylesheet(leafletCss), stylesheet(clusterCss)]).then(() => undefined);
