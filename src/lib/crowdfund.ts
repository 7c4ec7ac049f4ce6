/**
 * Crowdfund figures: each project's progress and the council pledge's real
 * status, and the programme in totals. The crowd's money and the council's are
 * always kept apart, and a pledge to a campaign that missed its target is
 * counted as not paid, whatever the entry last said.
 */
import type { CrowdfundProject } from '../schemas/crowdfund';
import { share, sumBy } from './money';
import { urls } from './urls';

export interface Project {
  id: string;
  data: CrowdfundProject;
}

export type PledgeStatus = CrowdfundProject['council_pledge_status'];
export type ProjectStatus = CrowdfundProject['status'];

export const PROJECT_STATUS_LABELS: Record<ProjectStatus, string> = {
  live: 'Raising money now',
  funded: 'Funded',
  delivered: 'Delivered',
  idea: 'Ideas being developed',
  unsuccessful: 'Did not reach target',
};

export const PLEDGE_STATUS_LABELS: Record<PledgeStatus, string> = {
  none: 'No council pledge',
  requested: 'Pledge requested',
  pledged: 'Pledged, not yet paid',
  paid: 'Paid',
  'not-paid': 'Not paid',
};

/**
 * The pledge's status as it stands: council money is only paid when the crowd
 * reaches the target, so on an unsuccessful campaign a pledge is not paid.
 */
export function pledgeStatus(project: CrowdfundProject): PledgeStatus {
  if (project.council_pledge_status === 'none') return 'none';
  if (project.status === 'unsuccessful') return 'not-paid';
  return project.council_pledge_status;
}

/** A pledge made (whether or not paid since): a request alone is not a pledge. */
export const PLEDGED: readonly PledgeStatus[] = ['pledged', 'paid', 'not-paid'];

/** The projects whose pledge, as it stands (pledgeStatus), is one of these. */
export function withPledgeStatus(projects: readonly Project[], statuses: readonly PledgeStatus[]): Project[] {
  return projects.filter((p) => statuses.includes(pledgeStatus(p.data)));
}

export interface Progress {
  raised: number;
  target: number;
  /** Whole per cent of the target raised; can pass 100. */
  percent: number;
  reached: boolean;
}

export function progress(project: CrowdfundProject): Progress {
  return {
    raised: project.raised,
    target: project.target,
    percent: Math.floor(share(project.raised, project.target) * 100),
    reached: project.target > 0 && project.raised >= project.target,
  };
}

export interface ProgrammeFigures {
  projects: number;
  /** Raised from the crowd across every project. */
  raised: number;
  backers: number;
  /** Council money promised (paid, waiting, or lapsed). */
  pledged: number;
  /** Council money actually paid. */
  paid: number;
  /** Pledges that lapsed because the campaign failed, or were otherwise not paid. */
  notPaid: number;
  /** Pledges asked for but not yet made: shown, never counted as pledged. */
  requested: number;
  /** Pounds from the crowd for every pound the council paid, on projects it paid; undefined if none. */
  crowdPerCouncilPound?: number;
}

export function programmeFigures(projects: readonly Project[]): ProgrammeFigures {
  const withStatus = (statuses: readonly PledgeStatus[]) => withPledgeStatus(projects, statuses);
  const paidProjects = withStatus(['paid']);
  const paid = sumBy(paidProjects, (p) => p.data.council_pledge);
  const raisedWherePaid = sumBy(paidProjects, (p) => p.data.raised);
  return {
    projects: projects.length,
    raised: sumBy(projects, (p) => p.data.raised),
    backers: projects.reduce((n, p) => n + p.data.backers, 0),
    pledged: sumBy(withStatus(PLEDGED), (p) => p.data.council_pledge),
    paid,
    notPaid: sumBy(withStatus(['not-paid']), (p) => p.data.council_pledge),
    requested: sumBy(withStatus(['requested']), (p) => p.data.council_pledge),
    crowdPerCouncilPound: paid > 0 ? Math.round((raisedWherePaid / paid) * 100) / 100 : undefined,
  };
}

/** Order the programme page lists projects in: what people can back first. */
export const STATUS_ORDER: readonly ProjectStatus[] = ['live', 'funded', 'delivered', 'idea', 'unsuccessful'];

export function projectsByStatus(projects: readonly Project[]) {
  return STATUS_ORDER.map((status) => ({ status, label: PROJECT_STATUS_LABELS[status], projects: projects.filter((p) => p.data.status === status) })).filter(
    (group) => group.projects.length > 0,
  );
}

const FINISHED: readonly ProjectStatus[] = ['funded', 'delivered', 'unsuccessful'];

/**
 * The campaigns that finished (funded, delivered or unsuccessful), grouped by
 * the year their campaign ended, with those that reached their target. Newest
 * year first. Campaigns still running, or ideas not yet launched, are in no year.
 * The figures in "Success by year" and the pages listing their rows both come
 * from here, so they cannot disagree.
 */
export function finishedByYear(projects: readonly Project[]): { year: string; finished: Project[]; succeeded: Project[] }[] {
  const finished = projects.filter((p) => p.data.campaign_end && FINISHED.includes(p.data.status));
  const years = [...new Set(finished.map((p) => p.data.campaign_end!.slice(0, 4)))].sort().reverse();
  return years.map((year) => {
    const inYear = finished.filter((p) => p.data.campaign_end!.startsWith(year));
    return { year, finished: inYear, succeeded: inYear.filter((p) => p.data.status !== 'unsuccessful') };
  });
}

/** Of the campaigns that finished in each year, how many succeeded. Newest year first. */
export function successByYear(projects: readonly Project[]) {
  return finishedByYear(projects).map(({ year, finished, succeeded }) => ({ year, finished: finished.length, succeeded: succeeded.length }));
}

/** A project drawn on a crowdfund map. */
export interface ProjectPoint {
  id: string;
  name: string;
  /** Where, in words (the location's name). */
  place: string;
  lat: number;
  lng: number;
  url: string;
}

/** Projects that give coordinates, as map points; the others are only in the lists. */
export function projectPoints(projects: readonly Project[]): ProjectPoint[] {
  return projects.flatMap((p) => {
    const { lat, lng, name } = p.data.location;
    return lat === undefined || lng === undefined ? [] : [{ id: p.id, name: p.data.title, place: name, lat, lng, url: urls.crowdfund(p.id) }];
  });
}
