/**
 * One funding decision: an award from a fund to a recipient.
 * File: content/grants/<id>.md; the Markdown body is the longer description.
 */
import { z } from 'astro/zod';
import { endNotBeforeStart, isoDate, money, optional, optionalText, ref, slug, text } from './fields';
import type { TaxonomyFields } from './taxonomy-fields';

export const GRANT_STATUSES = ['awarded', 'in-progress', 'completed', 'withdrawn', 'clawed-back'] as const;
/** 360Giving identifiers: 360G- then letters, digits, underscores and hyphens. */
export const GRANT_ID_PATTERN = /^360G-[A-Za-z0-9_-]+$/;
// The last alternative admits other org-id lists (GB-SC-, GB-NIC-, …) but not a malformed charity or company number.
export const ORG_ID_PATTERN = /^(GB-CHC-\d{6,7}|GB-COH-(\d{8}|[A-Z]{2}\d{6})|360G-[A-Za-z0-9_-]+|(?!GB-CHC-|GB-COH-)[A-Z]{2}-[A-Z]{2,6}-[A-Za-z0-9_-]+)$/;

export function grantSchema(t: TaxonomyFields) {
  return z
    .strictObject({
      /** 360Giving grant identifier, e.g. 360G-BNE-CIF-R1-01. Never change it once published. */
      grant_id: z
        .string({ error: 'must be a 360Giving id such as 360G-BNE-CIF-R1-01' })
        .regex(GRANT_ID_PATTERN, 'must start 360G- followed by letters, digits, _ or -, e.g. 360G-BNE-CIF-R1-01'),
      /** What the award is for, in a few words. */
      title: text(200),
      /** One or two sentences on what the money is for. */
      summary: text(400),
      /** The fund's id. */
      fund: ref('a fund'),
      /** The round's id within that fund, e.g. round-1. */
      round: optional(slug),
      /** A directory organisation's id; leave empty and fill recipient_name for one not listed. */
      recipient: optional(ref('an organisation')),
      /** Name of a recipient not in the directory. */
      recipient_name: optionalText(150),
      /** Org-id of a recipient not in the directory, e.g. GB-CHC-1123456. */
      recipient_org_id: optional(z.string().regex(ORG_ID_PATTERN, 'must be an org-id such as GB-CHC-1123456, GB-COH-01234567 or 360G-BNE-…')),
      /** What the recipient asked for, in pounds, where known. */
      amount_requested: optional(money),
      /** What was awarded, in pounds. */
      amount_awarded: money,
      /** When the award was made. */
      award_date: isoDate,
      /** When the funded work is planned to start. */
      planned_start: optional(isoDate),
      /** When the funded work is planned to end (not before it starts). */
      planned_end: optional(isoDate),
      /** Its priorities, from the taxonomy's themes. */
      themes: z.array(t.theme).default([]),
      /** Wards that benefit, or "borough-wide". */
      beneficiary_wards: z.union([z.literal('borough-wide'), z.array(t.ward).min(1)], { error: 'must be "borough-wide" or a list of wards' }),
      /** The meeting that made the decision (its id). */
      meeting: optional(ref('a meeting')),
      /** The decision's id within that meeting. */
      decision: optional(slug),
      /** Where it stands: awarded, in progress, completed, withdrawn or clawed back. */
      status: z.enum(GRANT_STATUSES, { error: `must be one of: ${GRANT_STATUSES.join(', ')}` }),
      /** Payments made so far, one row each. */
      payments: z
        .array(
          z.strictObject({
            /** When it was paid. */
            date: isoDate,
            /** How much, in pounds. */
            amount: money,
            /** e.g. "first instalment". */
            note: optionalText(200),
          }),
        )
        .default([]),
      /** What the money achieved, once known. */
      outcome: optionalText(1500),
      /** A crowdfund project this award relates to (its id). */
      crowdfund_project: optional(ref('a crowdfund project')),
      /** The amount split is illustrative, not published: the page says so. */
      demo: z.boolean().default(false),
    })
    .superRefine(endNotBeforeStart('planned_start', 'planned_end'))
    .superRefine((g, ctx) => {
      if (!g.recipient && !g.recipient_name)
        ctx.addIssue({ code: 'custom', path: ['recipient'], message: 'is required: choose a directory organisation, or give recipient_name (and recipient_org_id) for one not listed' });
      if (g.decision && !g.meeting)
        ctx.addIssue({ code: 'custom', path: ['meeting'], message: 'is required when a decision is given' });
      const paid = g.payments.reduce((sum, p) => sum + p.amount, 0);
      // A negative award is reported on its own; comparing payments with it would only add noise.
      if (g.amount_awarded >= 0 && paid - g.amount_awarded > 0.005)
        ctx.addIssue({ code: 'custom', path: ['payments'], message: `add up to £${paid.toFixed(2)}, more than amount_awarded (£${g.amount_awarded.toFixed(2)})` });
    });
}
export type Grant = z.infer<ReturnType<typeof grantSchema>>;
