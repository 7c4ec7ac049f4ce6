/**
 * Checks within the settings that their schemas cannot see field by field:
 * each taxonomy id used once, every ward in a known constituency, a map box
 * that is the right way round. An area adopting the site edits these by hand.
 */
import type { Site, Taxonomy } from '../../schemas/settings';
import { fieldName, type ContentIssue } from './issues';

export function checkTaxonomy(taxonomy: Taxonomy): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const taxonomyIssue = (path: (string | number)[], message: string) => issues.push({ file: 'settings/taxonomy.json', field: fieldName(path), message });

  for (const [list, terms] of Object.entries(taxonomy) as [string, { id: string }[]][]) {
    const seen = new Map<string, number>();
    terms.forEach((term, i) => {
      const first = seen.get(term.id);
      if (first !== undefined) taxonomyIssue([list, i, 'id'], `"${term.id}" is already used by ${fieldName([list, first])}; each needs its own id`);
      else seen.set(term.id, i);
    });
  }
  const constituencies = taxonomy.constituencies.map((c) => c.id);
  taxonomy.wards.forEach((ward, i) => {
    if (!constituencies.includes(ward.constituency))
      taxonomyIssue(['wards', i, 'constituency'], `"${ward.constituency}" is not one of the constituencies: ${constituencies.join(', ')}`);
  });
  return issues;
}

export function checkSite(site: Site): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const siteIssue = (path: string[], message: string) => issues.push({ file: 'settings/site.json', field: fieldName(path), message });
  const { bounds, centre } = site.map;
  const boundsOk = bounds.south < bounds.north && bounds.west < bounds.east;
  if (bounds.south >= bounds.north) siteIssue(['map', 'bounds', 'north'], `must be greater than south (${bounds.south}); it is ${bounds.north}`);
  if (bounds.west >= bounds.east) siteIssue(['map', 'bounds', 'east'], `must be greater than west (${bounds.west}); it is ${bounds.east}`);
  // A centre outside a box drawn the wrong way round is the same mistake; say it once.
  if (boundsOk && (centre.lat < bounds.south || centre.lat > bounds.north || centre.lng < bounds.west || centre.lng > bounds.east))
    siteIssue(['map', 'centre'], `must be inside map.bounds (latitude ${bounds.south} to ${bounds.north}, longitude ${bounds.west} to ${bounds.east})`);
  if (site.review.warn_after_months > site.review.stale_after_months)
    siteIssue(['review', 'warn_after_months'], `must not be more than stale_after_months (${site.review.stale_after_months})`);
  return issues;
}
