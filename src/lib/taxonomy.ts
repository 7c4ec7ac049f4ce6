/**
 * Turns taxonomy ids into the labels people read, and groups wards by constituency.
 */
import type { Taxonomy } from '../schemas/settings';

type ListName = Exclude<keyof Taxonomy, never>;

export function labeller(taxonomy: Taxonomy) {
  const maps = Object.fromEntries(
    (Object.keys(taxonomy) as ListName[]).map((k) => [k, new Map(taxonomy[k].map((t) => [t.id, t.label]))]),
  ) as Record<ListName, Map<string, string>>;
  /** The label for an id in a taxonomy list; the id itself if unknown (validation prevents that). */
  return (list: ListName, id: string): string => maps[list].get(id) ?? id;
}

export function wardsByConstituency(taxonomy: Taxonomy) {
  return taxonomy.constituencies.map((c) => ({ ...c, wards: taxonomy.wards.filter((w) => w.constituency === c.id) }));
}
