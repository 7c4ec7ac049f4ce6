/**
 * Fields whose allowed values come from content/settings/taxonomy.json, so an
 * area changes its wards or themes by editing settings, not code.
 */
import { z } from 'astro/zod';
import type { Taxonomy } from './settings';

export function oneOf(values: readonly { id: string }[], what: string) {
  const ids = values.map((v) => v.id);
  return z
    .string({ error: `must be one ${what}: ${ids.join(', ')}` })
    // params.allowed lets the validator suggest the nearest id for a typo ("did you mean …").
    .refine((v) => ids.includes(v), { error: (issue) => `"${String(issue.input)}" is not a known ${what}; allowed: ${ids.join(', ')}`, params: { allowed: ids } });
}

export function taxonomyFields(taxonomy: Taxonomy) {
  return {
    theme: oneOf(taxonomy.themes, 'theme'),
    ward: oneOf(taxonomy.wards, 'ward'),
    constituency: oneOf(taxonomy.constituencies, 'constituency'),
    faith: oneOf(taxonomy.faith_traditions, 'faith tradition'),
    language: oneOf(taxonomy.languages, 'language'),
    accessibility: oneOf(taxonomy.accessibility_features, 'accessibility feature'),
    organisationType: oneOf(taxonomy.organisation_types, 'organisation type'),
  };
}
export type TaxonomyFields = ReturnType<typeof taxonomyFields>;
