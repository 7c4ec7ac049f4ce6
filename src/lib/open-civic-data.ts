/**
 * Meetings as Open Civic Data events (the Event schema of opencivicdata/pupa:
 * name, classification, start_date/end_date, status, location, participants,
 * agenda with related entities, documents, sources). What OCD has no place for
 * (grant ids, declarations of interest, actions, minutes status) goes under
 * `extras`, as the standard intends. People appear as the site shows them:
 * by role and organisation, named only when they hold public office.
 */
import type { Meeting } from '../schemas/meeting';
import { grantsForDecision, type GrantItem } from './funding';
import { ATTENDANCE_LABELS, OUTCOME_LABELS, boardOf, meetingName, publicName, zonedDateTime, type BoardItem, type MeetingItem } from './meetings';
import { ownerOf } from './actions';
import { urls } from './urls';

export interface OcdSite {
  site_url: string;
  site_name: string;
}

type OcdStatus = 'cancelled' | 'tentative' | 'confirmed' | 'passed';
const STATUS: Record<Meeting['status'], OcdStatus> = { scheduled: 'confirmed', held: 'passed', cancelled: 'cancelled' };

export interface OcdParticipant {
  name: string;
  type: 'organization' | 'person';
  note: string;
}

export interface OcdEvent {
  name: string;
  classification: string;
  all_day: boolean;
  start_date: string;
  end_date: string;
  status: OcdStatus;
  description: string;
  location: { name: string; note: string; url: string | null; coordinates: null } | null;
  links: { note: string; url: string }[];
  participants: OcdParticipant[];
  agenda: {
    description: string;
    order: string;
    classification: string[];
    subjects: string[];
    notes: string[];
    related_entities: { entity_type: string; id: string; name: string; note: string }[];
  }[];
  documents: { note: string; url: string; media_type: string; date: string }[];
  media: never[];
  sources: { url: string; note: string }[];
  extras: Record<string, unknown>;
}

/** A guess at a document's media type from its address: minutes are mostly PDFs. */
export function mediaTypeOf(url: string): string {
  const path = url.split(/[?#]/)[0].toLowerCase();
  if (path.endsWith('.pdf')) return 'application/pdf';
  if (path.endsWith('.docx')) return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
  if (path.endsWith('.doc')) return 'application/msword';
  if (path.endsWith('.csv')) return 'text/csv';
  return 'text/html';
}

/** An organisation's name from the directory, or the name the entry gives. */
type NameOf = (organisation?: string, organisationName?: string) => string;

function participants(m: Meeting, boardName: string, nameOf: NameOf): OcdParticipant[] {
  const host: OcdParticipant = { name: boardName, type: 'organization', note: 'host' };
  return [
    host,
    ...m.attendance.map((a): OcdParticipant => {
      const organisation = nameOf(a.organisation, a.organisation_name);
      const person = publicName(a);
      const note = `${ATTENDANCE_LABELS[a.attendance].toLowerCase()}: ${a.role}`;
      // Someone who is not a public office holder is recorded by role, so the participant is their organisation.
      return person ? { name: person, type: 'person', note: `${note}, ${organisation}` } : { name: organisation, type: 'organization', note };
    }),
  ];
}

export function ocdEvent(meeting: MeetingItem, boards: readonly BoardItem[], grants: readonly GrantItem[], site: OcdSite, nameOf: NameOf): OcdEvent {
  const m = meeting.data;
  const board = boardOf(meeting, boards);
  const boardName = board?.data.name ?? m.board;
  const abs = (path: string) => new URL(path, site.site_url).href;
  const page = abs(urls.meeting(meeting.id));
  const decisionGrants = (decisionId: string) => grantsForDecision(grants, meeting.id, decisionId);
  const timed = m.start_time !== undefined;
  return {
    name: meetingName(m, board?.data),
    classification: 'committee-meeting',
    all_day: !timed,
    start_date: zonedDateTime(m.date, m.start_time),
    end_date: m.end_time ? zonedDateTime(m.date, m.end_time) : '',
    status: STATUS[m.status],
    description: `A meeting of the ${boardName}.`,
    location:
      m.venue || m.online_url
        ? {
            name: m.venue ? [m.venue.name, m.venue.address, m.venue.postcode].filter(Boolean).join(', ') : 'Online',
            note: m.venue && m.online_url ? 'Also online' : '',
            url: m.online_url ?? null,
            coordinates: null,
          }
        : null,
    links: board ? [{ note: boardName, url: abs(urls.board(board.id)) }] : [],
    participants: participants(m, boardName, nameOf),
    agenda: m.agenda.map((item, i) => ({
      description: item.title,
      order: String(i + 1),
      classification: [],
      subjects: [],
      notes: item.minutes ? [item.minutes] : [],
      related_entities: m.decisions
        .filter((d) => d.item === item.id)
        .map((d) => ({ entity_type: 'decision', id: d.id, name: d.text, note: OUTCOME_LABELS[d.outcome] })),
    })),
    documents: m.documents.map((d) => ({ note: d.title, url: abs(d.url), media_type: mediaTypeOf(d.url), date: m.date })),
    media: [],
    sources: [{ url: page, note: `Meeting record on ${site.site_name}` }],
    extras: {
      id: meeting.id,
      url: page,
      board: m.board,
      minutes_status: m.minutes_status,
      minutes_approved_at: m.minutes_approved_at ?? null,
      decisions: m.decisions.map((d) => ({
        id: d.id,
        item: d.item ?? null,
        text: d.text,
        outcome: d.outcome,
        url: abs(urls.decision(meeting.id, d.id)),
        grant_ids: decisionGrants(d.id).map((g) => g.data.grant_id),
      })),
      grant_ids: m.decisions.flatMap((d) => decisionGrants(d.id).map((g) => g.data.grant_id)),
      declarations: m.declarations.map((d) => ({ role: d.role, organisation: nameOf(d.organisation, d.organisation_name), item: d.item ?? null, interest: d.interest })),
      actions: m.actions.map((a) => ({ id: a.id, text: a.text, owner: ownerOf(a), due: a.due ?? null, status: a.status, decision: a.decision ?? null })),
      demo: m.demo,
    },
  };
}

/** Every meeting as an OCD event, oldest first, in one document with where it came from. */
export function ocdEvents(meetings: readonly MeetingItem[], boards: readonly BoardItem[], grants: readonly GrantItem[], site: OcdSite, nameOf: NameOf, built: string) {
  const ordered = [...meetings].sort((a, b) => a.data.date.localeCompare(b.data.date) || a.id.localeCompare(b.id));
  return {
    description: `Meetings published by ${site.site_name}, as Open Civic Data events. Additions to the standard are under "extras".`,
    source: new URL(urls.meetingsData(), site.site_url).href,
    licence: 'Open Government Licence v3.0',
    built,
    events: ordered.map((meeting) => ocdEvent(meeting, boards, grants, site, nameOf)),
  };
}
