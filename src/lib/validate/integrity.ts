/**
 * Checks the links between entries that a schema cannot see on its own: that a
 * grant's fund, round, recipient, meeting and decision exist, that ids are unique,
 * and that a completed round's published figures agree with the grants entered.
 */
import type { Board } from '../../schemas/board';
import type { Covenant } from '../../schemas/covenant';
import type { CrowdfundProject } from '../../schemas/crowdfund';
import type { Fund } from '../../schemas/fund';
import type { Grant } from '../../schemas/grant';
import type { Meeting } from '../../schemas/meeting';
import type { Organisation } from '../../schemas/organisation';
import type { ContentIssue } from './issues';

export interface Parsed<T> {
  id: string;
  file: string;
  data: T;
}

export interface ParsedContent {
  organisations: Parsed<Organisation>[];
  funds: Parsed<Fund>[];
  grants: Parsed<Grant>[];
  crowdfund: Parsed<CrowdfundProject>[];
  boards: Parsed<Board>[];
  meetings: Parsed<Meeting>[];
  covenant: Parsed<Covenant>[];
}

export function checkIntegrity(c: ParsedContent): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const ids = (list: Parsed<unknown>[]) => new Set(list.map((e) => e.id));
  const orgs = ids(c.organisations);
  const boards = ids(c.boards);
  const meetings = new Map(c.meetings.map((m) => [m.id, m]));
  const funds = new Map(c.funds.map((f) => [f.id, f]));
  const projects = ids(c.crowdfund);

  const missing = (file: string, field: string, value: string, what: string, folder: string) =>
    issues.push({ file, field, message: `points at ${what} "${value}" that does not exist: no file ${folder}/${value}.md` });
  const orgRef = (file: string, field: string, id: string | undefined) => {
    if (id && !orgs.has(id)) missing(file, field, id, 'organisation', 'organisations');
  };
  const meetingRef = (file: string, field: string, id: string | undefined) => {
    if (id && !meetings.has(id)) missing(file, field, id, 'meeting', 'meetings');
  };

  // Ids that must be unique across files: the second one named says where the first is.
  const unique = (kind: string, seen: Map<string, string>, value: string, file: string, field: string) => {
    const first = seen.get(value);
    if (first) issues.push({ file, field, message: `"${value}" is already used as a ${kind} id in ${first}; each ${kind} needs its own id` });
    else seen.set(value, file);
  };

  const serviceIds = new Map<string, string>();
  for (const o of c.organisations)
    o.data.services.forEach((s, i) => unique('service', serviceIds, s.id, o.file, `services.${i}.id`));

  const grantIds = new Map<string, string>();
  for (const g of c.grants) {
    const d = g.data;
    unique('grant', grantIds, d.grant_id, g.file, 'grant_id');
    const fund = funds.get(d.fund);
    if (!fund) missing(g.file, 'fund', d.fund, 'fund', 'funds');
    else if (d.round && !fund.data.rounds.some((r) => r.id === d.round))
      issues.push({ file: g.file, field: 'round', message: `"${d.round}" is not a round of fund "${d.fund}" (rounds: ${fund.data.rounds.map((r) => r.id).join(', ') || 'none'})` });
    orgRef(g.file, 'recipient', d.recipient);
    meetingRef(g.file, 'meeting', d.meeting);
    const meeting = d.meeting ? meetings.get(d.meeting) : undefined;
    if (meeting && d.decision && !meeting.data.decisions.some((x) => x.id === d.decision))
      issues.push({ file: g.file, field: 'decision', message: `"${d.decision}" is not a decision of meeting "${d.meeting}" (decisions: ${meeting.data.decisions.map((x) => x.id).join(', ') || 'none'})` });
    if (d.crowdfund_project && !projects.has(d.crowdfund_project)) missing(g.file, 'crowdfund_project', d.crowdfund_project, 'crowdfund project', 'crowdfund');
  }

  for (const f of c.funds)
    f.data.rounds.forEach((r, i) => {
      meetingRef(f.file, `rounds.${i}.decided_at`, r.decided_at);
      if (r.status !== 'complete') return;
      const awards = c.grants.filter((g) => g.data.fund === f.id && g.data.round === r.id && g.data.status !== 'withdrawn');
      const total = awards.reduce((sum, g) => sum + g.data.amount_awarded, 0);
      if (r.applications_funded !== undefined && r.applications_funded !== awards.length)
        issues.push({ file: f.file, field: `rounds.${i}.applications_funded`, message: `says ${r.applications_funded} but ${awards.length} grant files are entered for round "${r.id}"; a complete round's figures must agree with its grants` });
      if (r.total_awarded !== undefined && Math.abs(r.total_awarded - total) > 0.005)
        issues.push({ file: f.file, field: `rounds.${i}.total_awarded`, message: `says £${r.total_awarded.toFixed(2)} but the grants entered for round "${r.id}" add up to £${total.toFixed(2)}; a complete round's figures must agree with its grants` });
    });

  for (const p of c.crowdfund) orgRef(p.file, 'proposer', p.data.proposer);

  for (const b of c.boards) b.data.members.forEach((m, i) => orgRef(b.file, `members.${i}.organisation`, m.organisation));

  const decisionIds = new Map<string, string>();
  for (const m of c.meetings) {
    const d = m.data;
    if (!boards.has(d.board)) missing(m.file, 'board', d.board, 'board', 'boards');
    meetingRef(m.file, 'minutes_approved_at', d.minutes_approved_at);
    d.attendance.forEach((a, i) => orgRef(m.file, `attendance.${i}.organisation`, a.organisation));
    d.declarations.forEach((a, i) => orgRef(m.file, `declarations.${i}.organisation`, a.organisation));
    d.decisions.forEach((x, i) => unique('decision', decisionIds, x.id, m.file, `decisions.${i}.id`));
  }

  for (const cov of c.covenant) {
    const signed = new Map<string, string>();
    cov.data.signatories.forEach((s, i) => {
      orgRef(cov.file, `signatories.${i}.organisation`, s.organisation);
      unique('signatory', signed, s.organisation, cov.file, `signatories.${i}.organisation`);
    });
    if (cov.data.steering_group && !boards.has(cov.data.steering_group)) missing(cov.file, 'steering_group', cov.data.steering_group, 'board', 'boards');
  }
  return issues;
}
