/**
 * The projects behind each figure on /crowdfund/ that is not simply "every
 * project": what the council pledged, paid and did not pay, and each year's
 * finished campaigns and those that reached their target. Each becomes a static
 * page (/crowdfund/figures/<slug>/) listing exactly those rows, so a figure's
 * link works without JavaScript, and the page recomputes the figure from the
 * rows it lists. The rows are picked by the same functions that compute the
 * figures (crowdfund.ts), so a figure and its list cannot disagree.
 */
import { finishedByYear, PLEDGED, withPledgeStatus, type Project } from './crowdfund';

export type FigureKind = 'pledged' | 'paid' | 'not-paid' | 'finished' | 'reached-target';

export interface FigureRows {
  slug: string;
  kind: FigureKind;
  /** The year the campaigns closed, for "finished" and "reached-target". */
  year?: string;
  projects: Project[];
}

export const figureSlug = {
  pledged: 'pledged',
  paid: 'paid',
  notPaid: 'not-paid',
  finished: (year: string) => `finished-${year}`,
  reachedTarget: (year: string) => `reached-target-${year}`,
};

/** Every figure's rows; a figure with no rows gets no page (and its zero no link). */
export function figureRows(projects: readonly Project[]): FigureRows[] {
  const all: FigureRows[] = [
    { slug: figureSlug.pledged, kind: 'pledged', projects: withPledgeStatus(projects, PLEDGED) },
    { slug: figureSlug.paid, kind: 'paid', projects: withPledgeStatus(projects, ['paid']) },
    { slug: figureSlug.notPaid, kind: 'not-paid', projects: withPledgeStatus(projects, ['not-paid']) },
    ...finishedByYear(projects).flatMap(({ year, finished, succeeded }): FigureRows[] => [
      { slug: figureSlug.finished(year), kind: 'finished', year, projects: finished },
      { slug: figureSlug.reachedTarget(year), kind: 'reached-target', year, projects: succeeded },
    ]),
  ];
  return all.filter((f) => f.projects.length > 0);
}
