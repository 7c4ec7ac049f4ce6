/**
 * Which fields point at other entries, and which ids must be unique: the links
 * between content files, written once as tables. They are checked on the raw
 * front matter, so a file with a schema error still has its links checked in
 * the same run.
 */
import type { ParsedContent } from './integrity';

export type Collection = keyof ParsedContent;

export interface Reference {
  from: Collection;
  /** Dotted path; "*" stands for every item of a list. */
  path: string;
  to: Collection;
  what: string;
}

export const REFERENCES: readonly Reference[] = [
  { from: 'grants', path: 'fund', to: 'funds', what: 'a fund' },
  { from: 'grants', path: 'recipient', to: 'organisations', what: 'an organisation' },
  { from: 'grants', path: 'meeting', to: 'meetings', what: 'a meeting' },
  { from: 'grants', path: 'crowdfund_project', to: 'crowdfund', what: 'a crowdfund project' },
  { from: 'funds', path: 'rounds.*.decided_at', to: 'meetings', what: 'a meeting' },
  { from: 'crowdfund', path: 'proposer', to: 'organisations', what: 'an organisation' },
  { from: 'boards', path: 'members.*.organisation', to: 'organisations', what: 'an organisation' },
  { from: 'meetings', path: 'board', to: 'boards', what: 'a board' },
  { from: 'meetings', path: 'minutes_approved_at', to: 'meetings', what: 'a meeting' },
  { from: 'meetings', path: 'attendance.*.organisation', to: 'organisations', what: 'an organisation' },
  { from: 'meetings', path: 'declarations.*.organisation', to: 'organisations', what: 'an organisation' },
  { from: 'covenant', path: 'signatories.*.organisation', to: 'organisations', what: 'an organisation' },
  { from: 'covenant', path: 'steering_group', to: 'boards', what: 'a board' },
];

export interface UniqueId {
  in: Collection;
  path: string;
  /** What the id names, for the message: "grant", "service", … */
  kind: string;
  /** "site": unique across all files (ids in URLs and open data); "entry": unique within one file. */
  scope: 'site' | 'entry';
}

export const UNIQUE_IDS: readonly UniqueId[] = [
  { in: 'grants', path: 'grant_id', kind: 'grant', scope: 'site' },
  { in: 'organisations', path: 'services.*.id', kind: 'service', scope: 'site' },
  { in: 'meetings', path: 'decisions.*.id', kind: 'decision', scope: 'site' },
  { in: 'funds', path: 'rounds.*.id', kind: 'round', scope: 'entry' },
  { in: 'meetings', path: 'agenda.*.id', kind: 'agenda item', scope: 'entry' },
  { in: 'meetings', path: 'actions.*.id', kind: 'action', scope: 'entry' },
  { in: 'covenant', path: 'commitments.*.id', kind: 'commitment', scope: 'entry' },
  { in: 'covenant', path: 'signatories.*.organisation', kind: 'signatory', scope: 'entry' },
];

/** Every non-empty text value matching a path pattern, with its concrete path. */
export function textValuesAt(data: unknown, pattern: string): { path: (string | number)[]; value: string }[] {
  const found: { path: (string | number)[]; value: string }[] = [];
  const walk = (value: unknown, parts: string[], path: (string | number)[]) => {
    if (parts.length === 0) {
      if (typeof value === 'string' && value.trim()) found.push({ path, value });
      return;
    }
    const [head, ...rest] = parts;
    if (head === '*') {
      if (Array.isArray(value)) value.forEach((item, i) => walk(item, rest, [...path, i]));
    } else if (value && typeof value === 'object' && !Array.isArray(value)) {
      walk((value as Record<string, unknown>)[head], rest, [...path, head]);
    }
  };
  walk(data, pattern.split('.'), []);
  return found;
}
