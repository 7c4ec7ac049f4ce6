/** /api/oruk/index.json: what this API is (the standard's "/" endpoint), for tools that read it. */
import type { APIRoute } from 'astro';
import { ORUK_API_DETAILS } from '../../../lib/open-referral';
import { json } from './_context';

export const GET: APIRoute = () => json(ORUK_API_DETAILS);
