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

/**
 * The org-id for a recipient known only by its name (no number given): minted
 * the same way, from the name, so every award to that name is joined up and
 * 360Giving's required recipient identifier is never empty.
 */
export function orgIdForName(name: string, prefix: string): string {
  const key = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `360G-${prefix}-ORG-${key || 'unnamed'}`;
}
