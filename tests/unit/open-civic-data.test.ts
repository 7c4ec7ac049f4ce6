import { describe, expect, it } from 'vitest';
import { mediaTypeOf, ocdEvent, ocdEvents } from '../../src/lib/open-civic-data';
import { SITE, action, board, decision, grant, meeting } from './meeting-entries';

const boards = [board('board-a', 'Hendon Residents Forum')];
const orgNames: Record<string, string> = { 'org-a': 'Barnet Together' };
const nameOf = (id?: string, given?: string) => (id && orgNames[id]) || given || id || '';

const held = meeting('m1', {
  date: '2026-06-09',
  start_time: '18:30',
  end_time: '20:00',
  venue: { name: 'Hendon Library', address: 'The Burroughs', postcode: 'NW4 4BQ' },
  minutes_status: 'approved',
  minutes_approved_at: 'm2',
  attendance: [
    { role: 'Chair', organisation_name: 'London Borough of Barnet', public_office_holder: true, name: 'Cllr Example', attendance: 'present' },
    { role: 'Chief Officer', organisation: 'org-a', public_office_holder: false, attendance: 'apologies' },
    // A name given without the public-office flag must never be published.
    { role: 'Volunteer', organisation_name: 'A faith group', public_office_holder: false, name: 'Private Person', attendance: 'in-attendance' },
  ],
  declarations: [{ role: 'Chief Officer', organisation: 'org-a', item: 'item-2', interest: 'Is a trustee of the applicant' }],
  agenda: [
    { id: 'item-1', title: 'Minutes', minutes: 'Agreed.' },
    { id: 'item-2', title: 'CIL applications' },
  ],
  decisions: [decision('larder', { item: 'item-2' }), decision('later', { item: 'item-2', outcome: 'deferred' })],
  actions: [action('a1', { owner_role: 'Officer', owner_organisation: 'Council', due: '2026-07-01', decision: 'larder' })],
  documents: [{ title: 'Agenda pack', url: '/uploads/agenda.pdf' }, { title: 'Webcast', url: 'https://example.org/webcast' }],
});
const grants = [grant('360G-L1', { meeting: 'm1', decision: 'larder' }), grant('360G-OTHER', { meeting: 'm9', decision: 'x' })];

describe('meetings as Open Civic Data events', () => {
  const event = ocdEvent(held, boards, grants, SITE, nameOf);

  it('has the OCD basics: name, classification, start and end with the UK offset, status', () => {
    expect(event).toMatchObject({
      name: 'Hendon Residents Forum',
      classification: 'committee-meeting',
      all_day: false,
      start_date: '2026-06-09T18:30:00+01:00',
      end_date: '2026-06-09T20:00:00+01:00',
      status: 'passed',
    });
    expect(event.location).toEqual({ name: 'Hendon Library, The Burroughs, NW4 4BQ', note: '', url: null, coordinates: null });
  });

  it('maps scheduled and cancelled meetings to OCD statuses, and a meeting with no time to a whole day', () => {
    expect(ocdEvent(meeting('s', { status: 'scheduled' }), boards, [], SITE, nameOf).status).toBe('confirmed');
    const off = ocdEvent(meeting('c', { status: 'cancelled', date: '2026-12-01' }), boards, [], SITE, nameOf);
    expect(off).toMatchObject({ status: 'cancelled', all_day: true, start_date: '2026-12-01', end_date: '' });
  });

  it('lists participants with a note, naming only public office holders', () => {
    expect(event.participants).toEqual([
      { name: 'Hendon Residents Forum', type: 'organization', note: 'host' },
      { name: 'Cllr Example', type: 'person', note: 'present: Chair, London Borough of Barnet' },
      { name: 'Barnet Together', type: 'organization', note: 'apologies: Chief Officer' },
      { name: 'A faith group', type: 'organization', note: 'in attendance: Volunteer' },
    ]);
    expect(JSON.stringify(event)).not.toContain('Private Person');
  });

  it('gives agenda items in order with their minutes and the decisions taken under them', () => {
    expect(event.agenda.map((a) => [a.order, a.description, a.notes])).toEqual([
      ['1', 'Minutes', ['Agreed.']],
      ['2', 'CIL applications', []],
    ]);
    expect(event.agenda[1].related_entities).toEqual([
      { entity_type: 'decision', id: 'larder', name: 'Decision larder', note: 'Agreed' },
      { entity_type: 'decision', id: 'later', name: 'Decision later', note: 'Deferred' },
    ]);
  });

  it('gives documents with absolute addresses and media types, and the meeting page as the source', () => {
    expect(event.documents).toEqual([
      { note: 'Agenda pack', url: 'https://open.example.org/uploads/agenda.pdf', media_type: 'application/pdf', date: '2026-06-09' },
      { note: 'Webcast', url: 'https://example.org/webcast', media_type: 'text/html', date: '2026-06-09' },
    ]);
    expect(event.sources).toEqual([{ url: 'https://open.example.org/meetings/m1/', note: 'Meeting record on Open Example' }]);
  });

  it('puts grant ids, declarations and actions under extras', () => {
    expect(event.extras.grant_ids).toEqual(['360G-L1']);
    expect(event.extras.declarations).toEqual([{ role: 'Chief Officer', organisation: 'Barnet Together', item: 'item-2', interest: 'Is a trustee of the applicant' }]);
    expect(event.extras.actions).toEqual([{ id: 'a1', text: 'Action a1', owner: 'Officer, Council', due: '2026-07-01', status: 'open', decision: 'larder' }]);
    expect(event.extras).toMatchObject({ id: 'm1', minutes_status: 'approved', minutes_approved_at: 'm2' });
  });

  it('puts every meeting in one document, oldest first, that survives JSON', () => {
    const doc = ocdEvents([meeting('late', { date: '2027-01-01' }), held], boards, grants, SITE, nameOf, '2026-11-24');
    expect(doc.events.map((e) => e.extras.id)).toEqual(['m1', 'late']);
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  });

  it('guesses media types from the address', () => {
    expect(mediaTypeOf('/uploads/Minutes.PDF?x=1')).toBe('application/pdf');
    expect(mediaTypeOf('https://example.org/papers')).toBe('text/html');
  });
});
