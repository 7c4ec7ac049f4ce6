/**
 * Serves admin/config.yml at /admin/config.yml. The file stays at the top level
 * (where editors and the parity test find it); this endpoint publishes it as is.
 */
import type { APIRoute } from 'astro';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const prerender = true;

export const GET: APIRoute = () =>
  new Response(readFileSync(resolve('admin/config.yml'), 'utf8'), {
    headers: { 'Content-Type': 'text/yaml; charset=utf-8' },
  });
