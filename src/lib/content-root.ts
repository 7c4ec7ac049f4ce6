/**
 * Where content lives. CONTENT_DIR points the build at another folder (the
 * synthetic scale fixtures, a test's broken set) without touching content/.
 */
import { resolve } from 'node:path';

export function contentRoot(): string {
  return resolve(process.env.CONTENT_DIR || 'content');
}
