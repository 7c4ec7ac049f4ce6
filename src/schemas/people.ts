/**
 * How people appear: by role and organisation. A person's name is published only
 * for a public office holder (a councillor, say), and only when that flag is set.
 */
import { z } from 'astro/zod';
import { optional, optionalText, ref, text } from './fields';

export const memberFields = {
  /** The role, e.g. "Chair", "Cabinet Member for Communities", "Representative". */
  role: text(120),
  /** A directory organisation's id, where the organisation is listed. */
  organisation: optional(ref('an organisation')),
  /** The organisation's name when it is not in the directory (e.g. the council or an NHS body). */
  organisation_name: optionalText(150),
  /** Tick only for a public office holder; their name may then be published. */
  public_office_holder: z.boolean().default(false),
  /** The person's name: allowed only for a public office holder. */
  name: optionalText(120),
};

export function checkPersonNamed(m: { name?: string; public_office_holder: boolean; organisation?: string; organisation_name?: string }, ctx: z.RefinementCtx) {
  if (m.name && !m.public_office_holder)
    // params.private: the validator must not quote the name back into build logs.
    ctx.addIssue({ code: 'custom', path: ['name'], message: 'may be given only for a public office holder; record others by role and organisation', params: { private: true } });
  if (!m.organisation && !m.organisation_name)
    ctx.addIssue({ code: 'custom', path: ['organisation'], message: 'is required: choose a directory organisation or give organisation_name' });
}
