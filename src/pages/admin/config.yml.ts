/**
 * Serves admin/config.yml at /admin/config.yml. The file stays at the top level,
 * where maintainers and tests/unit/cms-parity.test.ts read it; this publishes it
 * as is (built to a file; in dev, edits show on the next reload).
 */
import type { APIRoute } from 'astro';
import config from '../../../admin/config.yml?raw';

export const prerender = true;

export const GET: APIRoute = () => new Response(config, { headers: { 'Content-Type': 'text/yaml; charset=utf-8' } });
