/**
 * Checks the links between entries that a schema cannot see on its own: that
 * every entry pointed at exists, that ids are unique, that a grant's round and
 * decision belong to its fund and meeting, and that a completed round's
 * published figures agree with the grants entered.
 *
 * Links and ids are checked on every file's raw front matter (see links.ts), so
 * a file with a schema error still has its links checked; a field that already
 * has a schema problem is skipped so one mistake gives one line. The checks that
 * need a whole entry (a round's totals, say) use entries that passed their schema.
 */
import type { Board } from '../../schemas/board';
import type { Covenant } from '../../schemas/covenant';
import type { CrowdfundProject } from '../../schemas/crowdfund';
import type { Fund } from '../../schemas/fund';
import type { Grant } from '../../schemas/grant';
import type { Meeting } from '../../schemas/meeting';
import type { Organisation } from '../../schemas/organisation';
import { fieldName, type ContentIssue } from './issues';
import { REFERENCES, textValuesAt, UNIQUE_IDS, type Collection } from './links';
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

/** Every file read, valid or not: its raw front matter and the fields that already have a schema problem. */
export interface RawFile {
  id: string;
  file: string;
  data: unknown;
  problemFields: ReadonlySet<string>;
}
export type RawContent = Record<Collection, readonly RawFile[]>;

type Path = (string | number)[];

export function checkIntegrity(c: ParsedContent, raw: RawContent = rawOf(c)): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const add = (file: string, path: Path, message: string) => issues.push({ file, field: fieldName(path), message });
  const known = Object.fromEntries(Object.entries(raw).map(([k, files]) => [k, new Set(files.map((f) => f.id))])) as Record<Collection, Set<string>>;

  // Every link must name a file that exists; suggest the nearest id for a typo.
  for (const ref of REFERENCES)
    for (const f of raw[ref.from])
      for (const { path, value } of textValuesAt(f.data, ref.path)) {
        if (known[ref.to].has(value) || f.problemFields.has(fieldName(path))) continue;
        const guess = closest(value, known[ref.to]);
        add(f.file, path, `points at ${ref.what} "${value}" that does not exist (no file ${ref.to}/${value}.md)${guess ? `. Did you mean "${guess}"?` : '; check the spelling, or add that entry first'}`);
      }

  // Ids that must be unique: the second use names where the other is.
  for (const rule of UNIQUE_IDS) {
    let seen = new Map<string, { file: string; path: Path }>();
    for (const f of raw[rule.in]) {
      if (rule.scope === 'entry') seen = new Map();
      for (const { path, value } of textValuesAt(f.data, rule.path)) {
        const first = seen.get(value);
        if (!first) {
          seen.set(value, { file: f.file, path });
          continue;
        }
        const where = first.file === f.file ? `${fieldName(first.path)} in this file` : `${first.file} (${fieldName(first.path)})`;
        add(f.file, path, rule.kind === 'signatory'
          ? `"${value}" is also listed as a signatory at ${where}; list each organisation once`
          : `"${value}" is also used as a ${rule.kind} id by ${where}; each ${rule.kind} needs its own id`);
      }
    }
  }

  const meetings = new Map(c.meetings.map((m) => [m.id, m]));
  const funds = new Map(c.funds.map((f) => [f.id, f]));

  for (const g of c.grants) {
    const d = g.data;
    const f = funds.get(d.fund);
    if (f && d.round && !f.data.rounds.some((r) => r.id === d.round))
      add(g.file, ['round'], `"${d.round}" is not a round of fund "${d.fund}"; its rounds are: ${f.data.rounds.map((r) => r.id).join(', ') || 'none'}`);
    const m = d.meeting ? meetings.get(d.meeting) : undefined;
    if (m && d.decision && !m.data.decisions.some((x) => x.id === d.decision))
      add(g.file, ['decision'], `"${d.decision}" is not a decision of meeting "${d.meeting}"; its decisions are: ${m.data.decisions.map((x) => x.id).join(', ') || 'none'}`);
  }

  // A grant that failed its own check cannot be counted, so totals would be wrong for the wrong reason.
  const allGrantsParsed = c.grants.length === raw.grants.length;
  for (const f of c.funds)
    f.data.rounds.forEach((r, i) => {
      if (r.status !== 'complete' || !allGrantsParsed) return;
      const awards = c.grants.filter((g) => g.data.fund === f.id && g.data.round === r.id && g.data.status !== 'withdrawn');
      const total = awards.reduce((sum, g) => sum + g.data.amount_awarded, 0);
      if (r.applications_funded !== undefined && r.applications_funded !== awards.length)
        add(f.file, ['rounds', i, 'applications_funded'], `says ${r.applications_funded} but ${awards.length} grant file${awards.length === 1 ? ' is' : 's are'} entered for round "${r.id}" (withdrawn grants not counted); a complete round's figures must agree with its grants`);
      if (r.total_awarded !== undefined && Math.abs(r.total_awarded - total) > 0.005)
        add(f.file, ['rounds', i, 'total_awarded'], `says ${pounds(r.total_awarded)} but the grants entered for round "${r.id}" add up to ${pounds(total)}; a complete round's figures must agree with its grants`);
    });

  // A council pledge is entered twice: on the project (council_pledge) and as the award recording it
  // (a grant from a crowdfund fund pointing at the project). Pages and open data show both, so they must agree.
  const projects = new Map(c.crowdfund.map((p) => [p.id, p]));
  for (const g of c.grants) {
    const project = g.data.crowdfund_project ? projects.get(g.data.crowdfund_project) : undefined;
    if (!project || funds.get(g.data.fund)?.data.type !== 'crowdfund') continue;
    if (Math.abs(project.data.council_pledge - g.data.amount_awarded) > 0.005)
      add(g.file, ['amount_awarded'], `is ${pounds(g.data.amount_awarded)} but crowdfund/${project.id}.md has a council_pledge of ${pounds(project.data.council_pledge)}; an award recording a council pledge must be for the amount pledged: correct whichever is wrong`);
  }

  for (const m of c.meetings) {
    const approvedAt = m.data.minutes_approved_at ? meetings.get(m.data.minutes_approved_at) : undefined;
    // Minutes are approved at a later meeting; the same or an earlier one is a wrong pick in the list.
    if (approvedAt && approvedAt.data.date <= m.data.date)
      add(m.file, ['minutes_approved_at'], `"${approvedAt.id}" is on ${approvedAt.data.date}, not after this meeting (${m.data.date}); minutes are approved at a later meeting`);
  }

  // The covenant page shows one covenant; a second file would be silently ignored.
  const [first, ...extra] = [...known.covenant].sort();
  for (const id of extra) add(`covenant/${id}.md`, [], `is a second covenant entry, besides covenant/${first}.md; the site shows one covenant: merge them into one file`);
  return issues;
}

/** Raw files for content that is all parsed (as in tests that build content by hand). */
function rawOf(c: ParsedContent): RawContent {
  return Object.fromEntries(
    Object.entries(c).map(([k, list]) => [k, (list as Parsed<unknown>[]).map((e) => ({ id: e.id, file: e.file, data: e.data, problemFields: new Set<string>() }))]),
  ) as unknown as RawContent;
}

function pounds(n: number): string {
  return `£${n.toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}
