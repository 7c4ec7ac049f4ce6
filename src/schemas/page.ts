/**
 * A plain information page: about, accessibility statement, privacy, how to get listed.
 * File: content/pages/<id>.md, published at /<id>/.
 */
import { z } from 'astro/zod';
import { isoDate, optional, text } from './fields';

export function pageSchema() {
  return z.strictObject({
    /** The page title, shown as its heading. */
    title: text(120),
    /** One sentence shown under the title and in search results. */
    summary: text(300),
    /** When the page was last checked. */
    updated: optional(isoDate),
  });
}
export type Page = z.infer<ReturnType<typeof pageSchema>>;
