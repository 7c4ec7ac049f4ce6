/**
 * A board, panel, forum or group that meets and decides.
 * File: content/boards/<id>.md; the Markdown body holds its terms of reference.
 */
import { z } from 'astro/zod';
import { optional, optionalText, text, webUrl } from './fields';
import { checkPersonNamed, memberFields } from './people';
import type { TaxonomyFields } from './taxonomy-fields';

export function boardSchema(t: TaxonomyFields) {
  return z.strictObject({
    /** The full name, e.g. "Barnet Partnership Board". */
    name: text(150),
    /** A short name for tables and breadcrumbs, e.g. "CIF panel". */
    short_name: optionalText(40),
    /** Why the board exists, in a sentence or two. */
    purpose: text(600),
    /** How often it meets, e.g. "Quarterly". */
    meets: text(120),
    /** The constituency a Residents Forum or Area Committee covers. */
    constituency: optional(t.constituency),
    /** Where its official papers are published, if elsewhere too. */
    website: optional(webUrl),
    /** Members by role and organisation; a name only for a public office holder. */
    members: z.array(z.strictObject(memberFields).superRefine(checkPersonNamed)).default([]),
  });
}
export type Board = z.infer<ReturnType<typeof boardSchema>>;
