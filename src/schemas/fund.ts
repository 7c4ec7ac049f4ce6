/**
 * A funding programme (grant fund, crowdfund, CIL, Section 106, …) and its rounds.
 * File: content/funds/<id>.md; the Markdown body describes the programme.
 */
import { z } from 'astro/zod';
import { count, endNotBeforeStart, isoDate, money, optional, optionalText, ref, slug, text, webUrl } from './fields';
import { ORG_ID_PATTERN } from './grant';
import type { TaxonomyFields } from './taxonomy-fields';

export const FUND_TYPES = ['grant-programme', 'crowdfund', 'cil-neighbourhood', 'section-106', 'response-fund', 'social-value'] as const;
export const ROUND_STATUSES = ['planned', 'open', 'assessing', 'complete'] as const;

export function fundSchema(t: TaxonomyFields) {
  const round = z
    .strictObject({
      /** Stable id within the fund, e.g. "round-1". */
      id: slug,
      /** The round's name, e.g. "Round 1". */
      name: text(120),
      /** When applications open. */
      opens: optional(isoDate),
      /** When applications close (not before they open). */
      closes: optional(isoDate),
      /** When the awards were decided. */
      decided: optional(isoDate),
      /** "complete" means every award is entered: the build then checks the counts and total agree with the grants. */
      status: z.enum(ROUND_STATUSES, { error: `must be one of: ${ROUND_STATUSES.join(', ')}` }),
      /** Money available in this round, in pounds. */
      budget: optional(money),
      /** What the round set out to fund. */
      priorities: z.array(text(200)).default([]),
      /** Number of applications received. */
      applications_received: optional(count),
      /** Number of applications that reached the panel. */
      applications_assessed: optional(count),
      /** Number of applications funded; must match the grants entered once the round is complete. */
      applications_funded: optional(count),
      /** Total awarded in pounds as published; must match the grants entered once complete. */
      total_awarded: optional(money),
      /** Total requested by the funded applications, in pounds, where known. */
      total_requested: optional(money),
      /** The meeting that decided the round (its id). */
      decided_at: optional(ref('a meeting')),
    })
    .superRefine(endNotBeforeStart('opens', 'closes'))
    .superRefine((r, ctx) => {
      const { applications_received: rec, applications_assessed: ass, applications_funded: fun } = r;
      if (rec !== undefined && ass !== undefined && ass > rec)
        ctx.addIssue({ code: 'custom', path: ['applications_assessed'], message: `cannot be more than applications_received (${rec})` });
      if (ass !== undefined && fun !== undefined && fun > ass)
        ctx.addIssue({ code: 'custom', path: ['applications_funded'], message: `cannot be more than applications_assessed (${ass})` });
    });

  return z
    .strictObject({
      /** The programme's name, e.g. "Community Innovation Fund". */
      name: text(120),
      /** Short name, e.g. CIF. */
      short_name: optionalText(20),
      /** One or two sentences for lists. */
      summary: text(300),
      /** What kind of money it is: grant programme, crowdfund, CIL neighbourhood, Section 106, response fund or social value. */
      type: z.enum(FUND_TYPES, { error: `must be one of: ${FUND_TYPES.join(', ')}` }),
      /** Who puts money in, e.g. "London Borough of Barnet", "North Central London CCG". */
      funders: z.array(text(120)).min(1, 'must name at least one funder'),
      /**
       * The organisation that makes the awards, when it is not the council (e.g. a
       * fund run by a partner with money it raised). Open data then names it as the
       * funder instead of the council. Give both fields or neither.
       */
      funder_name: optionalText(120),
      /** That organisation's org-id, e.g. GB-CHC-1123456, or a 360G- id when it has no registered number. */
      funder_org_id: optional(z.string().regex(ORG_ID_PATTERN, 'must be an org-id such as GB-CHC-1123456, GB-COH-01234567 or 360G-BNE-…')),
      /** Who can apply. */
      eligibility: optionalText(1000),
      /** What it funds, from the taxonomy's themes. */
      themes: z.array(t.theme).default([]),
      /** Where to read more or apply. */
      website: optional(webUrl),
      /** Started when (YYYY-MM-DD). */
      launched: optional(isoDate),
      /** Prefix of this fund's 360Giving grant ids, e.g. CIF gives 360G-BNE-CIF-…. */
      grant_id_prefix: optional(z.string().regex(/^[A-Z0-9]{2,12}$/, 'must be 2 to 12 capital letters or digits')),
      /** Its funding rounds, each with its dates, budget, figures and deciding meeting. */
      rounds: z.array(round).default([]),
      /** Illustrative entry: the page says some figures are for demonstration. */
      demo: z.boolean().default(false),
  })
    .superRefine((f, ctx) => {
      // Open data needs both a name and an identifier for a funder; one without the other is a half-finished edit.
      if (f.funder_name && !f.funder_org_id)
        ctx.addIssue({ code: 'custom', path: ['funder_org_id'], message: 'is required when funder_name is given: open data names a funder by both' });
      if (f.funder_org_id && !f.funder_name)
        ctx.addIssue({ code: 'custom', path: ['funder_name'], message: 'is required when funder_org_id is given: open data names a funder by both' });
    });
}
export type Fund = z.infer<ReturnType<typeof fundSchema>>;
export type Round = Fund['rounds'][number];
