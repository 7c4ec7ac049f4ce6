/**
 * Every content type's schema, built from the area's settings so that allowed
 * wards, themes and limits come from content/settings, not from code.
 */
import { boardSchema } from './board';
import { covenantSchema } from './covenant';
import { crowdfundSchema } from './crowdfund';
import { fundSchema } from './fund';
import { grantSchema } from './grant';
import { meetingSchema } from './meeting';
import { organisationSchema } from './organisation';
import { pageSchema } from './page';
import type { Site, Taxonomy } from './settings';
import { taxonomyFields } from './taxonomy-fields';

export function buildSchemas(site: Site, taxonomy: Taxonomy) {
  const t = taxonomyFields(taxonomy);
  return {
    organisations: organisationSchema(t, site),
    funds: fundSchema(t),
    grants: grantSchema(t),
    crowdfund: crowdfundSchema(t, site),
    boards: boardSchema(t),
    meetings: meetingSchema(),
    covenant: covenantSchema(t),
    pages: pageSchema(),
  };
}
export type Schemas = ReturnType<typeof buildSchemas>;
export type CollectionName = keyof Schemas;
export const COLLECTIONS = ['organisations', 'funds', 'grants', 'crowdfund', 'boards', 'meetings', 'covenant', 'pages'] as const satisfies readonly CollectionName[];
