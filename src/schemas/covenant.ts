/**
 * The Faith Covenant: the promise, its history, commitments and signatories.
 * File: content/covenant/<id>.md (one entry); the body explains the covenant in our own words.
 */
import { z } from 'astro/zod';
import { isoDate, link, optional, ref, slug, text } from './fields';
import type { TaxonomyFields } from './taxonomy-fields';

export const COMMITMENT_STATUSES = ['not-started', 'in-progress', 'done'] as const;

export function covenantSchema(t: TaxonomyFields) {
  return z.strictObject({
    title: text(150),
    summary: text(400),
    adopted: isoDate,
    history: z.array(z.strictObject({ date: isoDate, event: text(400) })).default([]),
    commitments: z
      .array(
        z.strictObject({
          /** Stable id, e.g. "faith-in-commissioning". */
          id: slug,
          title: text(200),
          description: text(1000),
          /** Who is responsible, by role or body. */
          owner: text(150),
          status: z.enum(COMMITMENT_STATUSES, { error: `must be one of: ${COMMITMENT_STATUSES.join(', ')}` }),
          /** Links to meetings, decisions or pages that show progress. */
          evidence: z.array(z.strictObject({ label: text(150), url: link })).default([]),
          updated: isoDate,
        }),
      )
      .default([]),
    signatories: z
      .array(
        z.strictObject({
          /** The directory organisation's id. */
          organisation: ref('an organisation'),
          faith_tradition: t.faith,
          signed: isoDate,
        }),
      )
      .default([]),
    /** The board (its id) whose meetings follow the covenant. */
    steering_group: optional(ref('a board')),
    demo: z.boolean().default(false),
  });
}
export type Covenant = z.infer<ReturnType<typeof covenantSchema>>;
