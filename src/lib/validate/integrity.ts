/**
 * Checks the links between entries that a schema cannot see on its own: that a
 * grant's fund, round, recipient, meeting and decision exist, that ids are unique,
 * and that a completed round's published figures agree with the grants entered.
 *
 * An entry that failed its own schema still counts as existing (its problems are
 * already reported), so one mistake gives one line, not a cascade.
 */
import type { Board } from '../../schemas/board';
import type { Covenant } from '../../schemas/covenant';
import type { CrowdfundProject } from '../../schemas/crowdfund';
import type { Fund } from '../../schemas/fund';
import type { Grant } from '../../schemas/grant';
import type { Meeting } from '../../schemas/meeting';
import type { Organisation } from '../../schemas/organisation';
import { fieldName, type ContentIssue } from './issues';
import { closest } from './suggest';

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

/** Ids of every file read in each collection, valid or not. */
export type KnownIds = Record<keyof ParsedContent, ReadonlySet<string>>;

type Path = (string | number)[];

export function checkIntegrity(c: ParsedContent, known: KnownIds = idsOf(c)): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const add = (file: string, path: Path, message: string) => issues.push({ file, field: fieldName(path), message });
  const meetings = new Map(c.meetings.map((m) => [m.id, m]));
  const funds = new Map(c.funds.map((f) => [f.id, f]));

  /** A link to another entry must name a file that exists; suggest the nearest id for a typo. */
  const link = (collection: keyof ParsedContent, what: string) => (file: string, path: Path, id: string | undefined) => {
    if (!id || known[collection].has(id)) return;
    const guess = closest(id, known[collection]);
    add(file, path, `points at ${what} "${id}" that does not exist (no file ${collection}/${id}.md)${guess ? `. Did you mean "${guess}"?` : `; check the spelling, or add that entry first`}`);
  };
  const organisation = link('organisations', 'an organisation');
  const meeting = link('meetings', 'a meeting');
  const board = link('boards', 'a board');
  const fund = link('funds', 'a fund');
  const project = link('crowdfund', 'a crowdfund project');

  /** Ids that must be unique: the second use names where the first is. */
  const uniqueIds = (kind: string, say = (value: string, where: string) => `"${value}" is also used as a ${kind} id by ${where}; each ${kind} needs its own id`) => {
    const seen = new Map<string, { file: string; path: Path }>();
    return (value: string, file: string, path: Path) => {
      const first = seen.get(value);
      if (!first) return void seen.set(value, { file, path });
      add(file, path, say(value, first.file === file ? `${fieldName(first.path)} in this file` : `${first.file} (${fieldName(first.path)})`));
    };
  };

  const serviceId = uniqueIds('service');
  for (const o of c.organisations) o.data.services.forEach((s, i) => serviceId(s.id, o.file, ['services', i, 'id']));

  const grantId = uniqueIds('grant');
  for (const g of c.grants) {
    const d = g.data;
    grantId(d.grant_id, g.file, ['grant_id']);
    fund(g.file, ['fund'], d.fund);
    const f = funds.get(d.fund);
    if (f && d.round && !f.data.rounds.some((r) => r.id === d.round))
      add(g.file, ['round'], `"${d.round}" is not a round of fund "${d.fund}"; its rounds are: ${f.data.rounds.map((r) => r.id).join(', ') || 'none'}`);
    organisation(g.file, ['recipient'], d.recipient);
    meeting(g.file, ['meeting'], d.meeting);
    const m = d.meeting ? meetings.get(d.meeting) : undefined;
    if (m && d.decision && !m.data.decisions.some((x) => x.id === d.decision))
      add(g.file, ['decision'], `"${d.decision}" is not a decision of meeting "${d.meeting}"; its decisions are: ${m.data.decisions.map((x) => x.id).join(', ') || 'none'}`);
    project(g.file, ['crowdfund_project'], d.crowdfund_project);
  }

  // A grant that failed its own check cannot be counted, so totals would be wrong for the wrong reason.
  const allGrantsParsed = c.grants.length === known.grants.size;
  for (const f of c.funds) {
    const roundId = uniqueIds('round');
    f.data.rounds.forEach((r, i) => {
      roundId(r.id, f.file, ['rounds', i, 'id']);
      meeting(f.file, ['rounds', i, 'decided_at'], r.decided_at);
      if (r.status !== 'complete' || !allGrantsParsed) return;
      const awards = c.grants.filter((g) => g.data.fund === f.id && g.data.round === r.id && g.data.status !== 'withdrawn');
      const total = awards.reduce((sum, g) => sum + g.data.amount_awarded, 0);
      if (r.applications_funded !== undefined && r.applications_funded !== awards.length)
        add(f.file, ['rounds', i, 'applications_funded'], `says ${r.applications_funded} but ${awards.length} grant file${awards.length === 1 ? ' is' : 's are'} entered for round "${r.id}" (withdrawn grants not counted); a complete round's figures must agree with its grants`);
      if (r.total_awarded !== undefined && Math.abs(r.total_awarded - total) > 0.005)
        add(f.file, ['rounds', i, 'total_awarded'], `says ${pounds(r.total_awarded)} but the grants entered for round "${r.id}" add up to ${pounds(total)}; a complete round's figures must agree with its grants`);
    });
  }

  for (const p of c.crowdfund) organisation(p.file, ['proposer'], p.data.proposer);

  for (const b of c.boards) b.data.members.forEach((m, i) => organisation(b.file, ['members', i, 'organisation'], m.organisation));

  const decisionId = uniqueIds('decision');
  for (const m of c.meetings) {
    const d = m.data;
    board(m.file, ['board'], d.board);
    meeting(m.file, ['minutes_approved_at'], d.minutes_approved_at);
    const approvedAt = d.minutes_approved_at ? meetings.get(d.minutes_approved_at) : undefined;
    // Minutes are approved at a later meeting; the same or an earlier one is a wrong pick in the list.
    if (approvedAt && approvedAt.data.date <= d.date)
      add(m.file, ['minutes_approved_at'], `"${approvedAt.id}" is on ${approvedAt.data.date}, not after this meeting (${d.date}); minutes are approved at a later meeting`);
    d.attendance.forEach((a, i) => organisation(m.file, ['attendance', i, 'organisation'], a.organisation));
    d.declarations.forEach((a, i) => organisation(m.file, ['declarations', i, 'organisation'], a.organisation));
    d.decisions.forEach((x, i) => decisionId(x.id, m.file, ['decisions', i, 'id']));
    const itemId = uniqueIds('agenda item');
    d.agenda.forEach((a, i) => itemId(a.id, m.file, ['agenda', i, 'id']));
    const actionId = uniqueIds('action');
    d.actions.forEach((a, i) => actionId(a.id, m.file, ['actions', i, 'id']));
  }

  for (const cov of c.covenant) {
    const signatory = uniqueIds('signatory', (value, where) => `"${value}" is also listed as a signatory at ${where}; list each organisation once`);
    cov.data.signatories.forEach((s, i) => {
      organisation(cov.file, ['signatories', i, 'organisation'], s.organisation);
      signatory(s.organisation, cov.file, ['signatories', i, 'organisation']);
    });
    const commitment = uniqueIds('commitment');
    cov.data.commitments.forEach((x, i) => commitment(x.id, cov.file, ['commitments', i, 'id']));
    board(cov.file, ['steering_group'], cov.data.steering_group);
  }
  // The covenant page shows one covenant; a second file would be silently ignored.
  const [first, ...extra] = [...known.covenant].sort();
  for (const id of extra) add(`covenant/${id}.md`, [], `is a second covenant entry, besides covenant/${first}.md; the site shows one covenant: merge them into one file`);
  return issues;
}

function idsOf(c: ParsedContent): KnownIds {
  return Object.fromEntries(Object.entries(c).map(([k, list]) => [k, new Set((list as Parsed<unknown>[]).map((e) => e.id))])) as unknown as KnownIds;
}

function pounds(n: number): string {
  return `£${n.toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}
