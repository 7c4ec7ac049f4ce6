/**
 * Entry of the content manager at /admin/. Bundled by Vite with the site's own
 * React (never a CDN script or a second React). The configuration is read from
 * /admin/config.yml, named by the <link rel="cms-config-url"> in
 * src/pages/admin/index.astro.
 */
// First: in dev, React Fast Refresh needs its preamble before any component module
// runs (Astro adds it only to pages with islands). It is empty in a build.
import '@vitejs/plugin-react/preamble';
import CMS from 'decap-cms-app';
import previewStyle from './preview.css?url';
import { registerQuickRelation } from './widgets/quick-relation';
import { registerWardsOrBorough } from './widgets/wards-or-borough';

registerQuickRelation();
registerWardsOrBorough();
CMS.registerPreviewStyle(previewStyle);
CMS.init();
