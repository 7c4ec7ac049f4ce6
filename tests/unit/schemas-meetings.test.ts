/** The meeting schema: attendance, declarations, agenda, decisions, actions and papers. */
import { describe, expect, it } from 'vitest';
import { fixtureEntry, parsed, problems } from '../fixtures/schema-check';

const good = () => fixtureEntry('meetings', '2021-06-01-funding-panel');

describe('meeting schema', () => {
  it('accepts a held meeting with its decisions, actions and papers', () => {
    const meeting = parsed('meetings', good());
    expect(meeting).toMatchObject({ date: '2021-06-01', start_time: '18:30', minutes_status: 'approved', venue: { postcode: 'NW9 5LL' } });
    expect(meeting.decisions.map((d: { id: string }) => d.id)).toEqual(['ecf-round-1-awards']);
    expect(meeting.documents.map((d: { url: string }) => d.url)).toEqual(['/uploads/2021-06-01-minutes.pdf', 'mailto:panel@example.org', 'tel:+442079460999']);
  });

  it('refuses unknown statuses for the meeting, attendance, decision and action', () => {
    const meeting: Record<string, any> = { ...good(), status: 'done' };
    meeting.attendance[0].attendance = 'absent';
    meeting.decisions[0].outcome = 'approved';
    meeting.actions[0].status = 'closed';
    expect(problems('meetings', meeting)).toEqual([
      'status: must be one of: scheduled, held, cancelled; you wrote "done"',
      'attendance[1].attendance: must be one of: present, apologies, in-attendance; you wrote "absent"',
      'decisions[1].outcome: must be one of: agreed, agreed-with-changes, deferred, rejected, noted; you wrote "approved"',
      'actions[1].status: must be one of: open, done, cancelled; you wrote "closed"',
    ]);
  });

  it("refuses a private person's name in the attendance", () => {
    const meeting = good();
    meeting.attendance[1].name = 'Jane Example';
    expect(problems('meetings', meeting)).toEqual(['attendance[2].name: may be given only for a public office holder; record others by role and organisation']);
  });

  it('refuses a declaration with a name field at all', () => {
    const meeting = good();
    meeting.declarations[0].name = 'Jane Example';
    expect(problems('meetings', meeting)).toEqual(['declarations[1].name: is not a known field here; remove it, or use one of: role, organisation, organisation_name, item, interest']);
  });

  it('refuses an end time before the start time, and times not written HH:MM', () => {
    expect(problems('meetings', { ...good(), end_time: '18:00' })).toEqual(['end_time: must be after start_time (18:30); you wrote "18:00"']);
    expect(problems('meetings', { ...good(), start_time: '6.30pm' })).toEqual(['start_time: must be a time written HH:MM on the 24-hour clock, e.g. 18:30; you wrote "6.30pm"']);
  });

  it('needs the approving meeting once minutes are approved', () => {
    const meeting = good();
    delete meeting.minutes_approved_at;
    expect(problems('meetings', meeting)).toEqual(['minutes_approved_at: is required when minutes_status is "approved": choose the meeting that approved them']);
  });

  it('refuses decisions, declarations and actions pointing at items or decisions the meeting does not have', () => {
    const meeting = good();
    meeting.decisions[0].item = 'item-9';
    meeting.declarations[0].item = 'item-8';
    meeting.actions[0].decision = 'other-decision';
    expect(problems('meetings', meeting)).toEqual([
      'decisions[1].item: "item-9" is not an agenda item of this meeting (item-1, item-2)',
      'declarations[1].item: "item-8" is not an agenda item of this meeting (item-1, item-2)',
      'actions[1].decision: "other-decision" is not a decision of this meeting',
    ]);
  });

  it('refuses papers linked with javascript: or data:', () => {
    const meeting = good();
    meeting.documents[0].url = 'javascript:alert(1)';
    meeting.documents[1].url = 'data:text/html,hi';
    expect(problems('meetings', meeting)).toEqual([
      'documents[1].url: must start https://, http://, mailto: or tel:, or be a path on this site starting with /; you wrote "javascript:alert(1)"',
      'documents[2].url: must start https://, http://, mailto: or tel:, or be a path on this site starting with /; you wrote "data:text/html,hi"',
    ]);
  });

  it('refuses an online link that is not a web address', () => {
    expect(problems('meetings', { ...good(), online_url: 'meet.example.org/panel' })).toEqual([
      'online_url: must be a web address starting https:// or http://; you wrote "meet.example.org/panel". Did you mean "https://meet.example.org/panel"?',
    ]);
  });
});
