/**
 * The Faith Covenant: the promise, its history, commitments and signatories.
 * File: content/covenant/<id>.md (one entry); the body explains the covenant in our own words.
 */
import { z } from 'astro/zod';
import { isoDate, link, optional, optionalText, ref, slug, text } from './fields';
import type { TaxonomyFields } from './taxonomy-fields';

export const COMMITMENT_STATUSES = ['not-started', 'in-progress', 'done'] as const;

export function covenantSchema(t: TaxonomyFields) {
  return z.strictObject({
    /** The covenant's name, e.g. "Barnet Faith Covenant". */
    title: text(150),
    /** What the covenant promises, in one or two sentences. */
    summary: text(400),
    /** When the council first signed it. */
    adopted: isoDate,
    /** Milestones (adopted, renewed, relaunched, ...); shown oldest first. */
    history: z
      .array(
        z.strictObject({
          /** When it happened. */
          date: isoDate,
          /** What happened, in a sentence or two. */
          event: text(400),
        }),
      )
      .default([]),
    /** The promises made under the covenant, each tracked to done. */
    commitments: z
      .array(
        z.strictObject({
          /** Stable id, e.g. "faith-in-commissioning". */
          id: slug,
          /** The commitment in a few words. */
          title: text(200),
          /** What the commitment means in practice. */
          description: text(1000),
          /** Who is responsible, by role or body. */
          owner: text(150),
          /** How far it has got: not started, in progress or done. */
          status: z.enum(COMMITMENT_STATUSES, { error: `must be one of: ${COMMITMENT_STATUSES.join(', ')}` }),
          /** Links to meetings, decisions or pages that show progress. */
          evidence: z
            .array(
              z.strictObject({
                /** The link's text, e.g. "Steering group, 22 April 2026". */
                label: text(150),
                /** A page on this site (/meetings/...) or an http(s) address. */
                url: link,
              }),
            )
            .default([]),
          /** When the status or evidence was last checked. */
          updated: isoDate,
        }),
      )
      .default([]),
    /** Organisations that have signed, each a directory entry. */
    signatories: z
      .array(
        z
          .strictObject({
            /** The directory organisation's id. */
            organisation: ref('an organisation'),
            /** The signatory's faith tradition, from the taxonomy. */
            faith_tradition: t.faith,
            /** The date it signed. */
            signed: isoDate,
            /** Who to contact there about the covenant, by role, e.g. "Secretary" or "Covenant lead". */
            contact_role: optionalText(120),
            /**
             * The contact's name. Naming someone linked to a faith group reveals their belief,
             * so a name is published only when name_consent records that they agreed.
             */
            contact_name: optionalText(120),
            /** The date the contact agreed, in writing, to their name being published here. */
            name_consent: optional(isoDate),
          })
          .superRefine(checkContactNamed),
      )
      .default([]),
    /** The board (its id) whose meetings follow the covenant. */
    steering_group: optional(ref('a board')),
    /** Illustrative entry: the page says some details are for demonstration. */
    demo: z.boolean().default(false),
  });
}
/** A signatory's contact may be named only with their recorded consent, and is always given a role. */
function checkContactNamed(s: { contact_role?: string; contact_name?: string; name_consent?: string }, ctx: z.RefinementCtx) {
  if (!s.contact_name) return;
  if (!s.name_consent)
    // params.private: the validator must not quote the name back into build logs.
    ctx.addIssue({ code: 'custom', path: ['contact_name'], message: 'may be given only with the person\'s consent: enter the date they agreed to be named (name_consent), or record the contact by role only', params: { private: true } });
  if (!s.contact_role) ctx.addIssue({ code: 'custom', path: ['contact_role'], message: 'is required when a contact is named: give their role too, e.g. "Secretary"' });
}
export type Covenant = z.infer<ReturnType<typeof covenantSchema>>;
