// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import { resolve } from 'node:path';
import { contentCheck } from './src/integrations/content-check';
import { pagefindDev } from './src/integrations/pagefind-dev';
import { securityHeaders } from './src/integrations/security-headers';
import { readSettings } from './src/lib/settings';

const contentDir = resolve(process.env.CONTENT_DIR || 'content');
// Broken settings are reported by contentCheck with everything else, so don't throw here.
const { settings } = readSettings(contentDir);

export default defineConfig({
  site: settings?.site.site_url,
  trailingSlash: 'ignore',
  // Keep the spaces between inline elements: Pagefind indexes the text as built.
  compressHTML: false,
  integrations: [contentCheck(), react(), pagefindDev(), securityHeaders()],
  // Stylesheets as files, never inline <style>: the Content-Security-Policy then needs no
  // per-page style hashes (src/integrations/security-headers.ts), and browsers cache them.
  build: { inlineStylesheets: 'never' },
  server: { host: '127.0.0.1', port: 4321 },
  // Separate output and cache folders let several builds run side by side (tests, benchmarks).
  outDir: process.env.OUT_DIR || 'dist',
  // A test's copy of public/ (images uploaded through the CMS in tests/e2e/cms-editing.test.ts).
  publicDir: process.env.PUBLIC_DIR || './public',
  cacheDir: process.env.ASTRO_CACHE_DIR || './node_modules/.astro',
  vite: {
    // The settings and content live outside src/; let the dev server watch them.
    server: { fs: { allow: ['.', contentDir] } },
    // The CMS (admin/cms.ts) is found late by the dev server; bundling it up front
    // avoids a forced reload on the first visit to /admin/.
    optimizeDeps: { include: ['decap-cms-app'] },
    // `npm start` gives its dev server its own dependency cache, so another Vite
    // process in the same checkout cannot swap the bundles under it (unset: Vite's default).
    cacheDir: process.env.VITE_CACHE_DIR,
  },
});
