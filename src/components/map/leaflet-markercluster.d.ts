/** leaflet.markercluster ships no types; it is imported only for its side effect of extending the global L. */
declare module 'leaflet.markercluster';
