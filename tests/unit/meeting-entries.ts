/**
 * Small, valid entries for the meetings, decisions, actions and feeds tests:
 * each builder fills every required field and takes overrides.
 */
import type { Board } from '../../src/schemas/board';
import type { Grant } from '../../src/schemas/grant';
import type { Meeting, MeetingAction } from '../../src/schemas/meeting';
import type { GrantItem } from '../../src/lib/funding';
import type { BoardItem, MeetingItem } from '../../src/lib/meetings';

export function meeting(id: string, over: Partial<Meeting> = {}): MeetingItem {
  return {
    id,
    data: {
      board: 'board-a',
      date: '2026-06-10',
      status: 'held',
      minutes_status: 'none',
      attendance: [],
      declarations: [],
      agenda: [],
      decisions: [],
      actions: [],
      documents: [],
      demo: false,
      ...over,
    },
  };
}

export function board(id: string, name: string, over: Partial<Board> = {}): BoardItem {
  return { id, data: { name, purpose: 'Decides things', meets: 'Quarterly', members: [], ...over } };
}

export function action(id: string, over: Partial<MeetingAction> = {}): MeetingAction {
  return { id, text: `Action ${id}`, owner_role: 'Officer', status: 'open', ...over };
}

export const decision = (id: string, over: Partial<Meeting['decisions'][number]> = {}) => ({ id, text: `Decision ${id}`, outcome: 'agreed' as const, ...over });

export function grant(grantId: string, over: Partial<Grant> = {}): GrantItem {
  return {
    id: grantId.toLowerCase(),
    data: {
      grant_id: grantId,
      title: `Award ${grantId}`,
      summary: 'An award',
      fund: 'fund-a',
      recipient: 'org-a',
      amount_awarded: 1000,
      award_date: '2026-06-10',
      themes: [],
      beneficiary_wards: 'borough-wide',
      status: 'awarded',
      payments: [],
      demo: false,
      ...over,
    },
  };
}

export const SITE = { site_url: 'https://open.example.org', site_name: 'Open Example' };
