/**
 * The org-id an organisation is known by in open data (360Giving, Open Referral):
 * its charity number, else its company number, else one we mint from its id.
 * See https://org-id.guide for the GB-CHC and GB-COH lists.
 */
export function orgId(org: { charity_number?: string; company_number?: string }, id: string, prefix: string): string {
  if (org.charity_number) return `GB-CHC-${org.charity_number}`;
  if (org.company_number) return `GB-COH-${org.company_number}`;
  return `360G-${prefix}-ORG-${id}`;
}
