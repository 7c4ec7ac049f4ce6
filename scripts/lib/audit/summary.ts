/**
 * Lighthouse's result in a few lines: the four category scores, the
 * performance metrics, and every audit that cost points, with its advice.
 */
import type { Result } from 'lighthouse';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];
export const GOALS: Record<Category, number> = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 };

export type Scores = Record<Category, number>;

export function scoresOf(lhr: Result): Scores {
  return Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])) as Scores;
}

const METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'];

export function metricsOf(lhr: Result): string {
  return METRICS.map((id) => lhr.audits[id]).filter(Boolean).map((a) => `${a!.title}: ${a!.displayValue ?? '–'}`).join('; ');
}

/** Audits in a category that scored below full marks and carry weight, with their short description. */
export function shortfalls(lhr: Result, category: Category): string[] {
  const refs = lhr.categories[category]?.auditRefs ?? [];
  return refs
    .filter((ref) => ref.weight > 0 || category === 'performance')
    .map((ref) => lhr.audits[ref.id]!)
    .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'notApplicable' && a.scoreDisplayMode !== 'manual')
    .map((a) => `${a.title}${a.displayValue ? ` (${a.displayValue})` : ''}`);
}
