// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { contentCheck } from './src/integrations/content-check';
import { pagefindDev } from './src/integrations/pagefind-dev';

const contentDir = resolve(process.env.CONTENT_DIR || 'content');
const site = JSON.parse(readFileSync(`${contentDir}/settings/site.json`, 'utf8'));

export default defineConfig({
  site: site.site_url,
  trailingSlash: 'ignore',
  // Keep the spaces between inline elements: Pagefind indexes the text as built.
  compressHTML: false,
  integrations: [contentCheck(), react(), pagefindDev()],
  server: { host: '127.0.0.1', port: 4321 },
  // Separate output and cache folders let several builds run side by side (tests, benchmarks).
  outDir: process.env.OUT_DIR || 'dist',
  cacheDir: process.env.ASTRO_CACHE_DIR || './node_modules/.astro',
  vite: {
    // The settings and content live outside src/; let the dev server watch them.
    server: { fs: { allow: ['.', contentDir] } },
    // The CMS (admin/cms.ts) is found late by the dev server; bundling it up front
    // avoids a forced reload on the first visit to /admin/.
    optimizeDeps: { include: ['decap-cms-app'] },
  },
});
