/**
 * The action tracker: every action agreed at a meeting, in its state on the
 * build date (overdue, open, done, cancelled), grouped by state and counted by
 * board and by owner. "Overdue" depends on the date, so pages show that date.
 */
import type { MeetingAction } from '../schemas/meeting';
import { ACTION_STATE_LABELS, actionState, type ActionState, type BoardItem, type MeetingItem, type TrackedAction } from './meetings';

/** The order states are shown in: what needs attention first. */
export const ACTION_STATES: readonly ActionState[] = ['overdue', 'open', 'done', 'cancelled'];

/** Who owns an action, as shown and as grouped: "Chief Officer, Barnet Together". */
export function ownerOf(action: Pick<MeetingAction, 'owner_role' | 'owner_organisation'>): string {
  return action.owner_organisation ? `${action.owner_role}, ${action.owner_organisation}` : action.owner_role;
}

/**
 * Every action with its state on the date, ordered by board (in the boards' order),
 * then owner, then due date (no date last), so a board's and an owner's actions sit together.
 */
export function trackActions(meetings: readonly MeetingItem[], boards: readonly BoardItem[], today: string): TrackedAction[] {
  const boardRank = new Map(boards.map((b, i) => [b.id, i]));
  const rank = (t: TrackedAction) => boardRank.get(t.meeting.data.board) ?? boards.length;
  return meetings
    .flatMap((meeting) => meeting.data.actions.map((action) => ({ meeting, action, state: actionState(action, today) })))
    .sort(
      (a, b) =>
        rank(a) - rank(b) ||
        ownerOf(a.action).localeCompare(ownerOf(b.action), 'en-GB') ||
        (a.action.due ?? '9999').localeCompare(b.action.due ?? '9999') ||
        a.meeting.id.localeCompare(b.meeting.id) ||
        a.action.id.localeCompare(b.action.id),
    );
}

export interface StateGroup {
  state: ActionState;
  label: string;
  actions: TrackedAction[];
}

/** The actions split by state, every state present (empty where none), in ACTION_STATES order. */
export function byState(actions: readonly TrackedAction[]): StateGroup[] {
  return ACTION_STATES.map((state) => ({ state, label: ACTION_STATE_LABELS[state], actions: actions.filter((a) => a.state === state) }));
}

export type StateCounts = Record<ActionState, number>;

function countStates(actions: readonly TrackedAction[]): StateCounts {
  const counts = Object.fromEntries(ACTION_STATES.map((s) => [s, 0])) as StateCounts;
  for (const a of actions) counts[a.state] += 1;
  return counts;
}

/** Counts per state for each board that has actions, in the boards' order. */
export function countsByBoard(actions: readonly TrackedAction[], boards: readonly BoardItem[]) {
  return boards
    .map((board) => ({ board, counts: countStates(actions.filter((a) => a.meeting.data.board === board.id)) }))
    .filter((row) => ACTION_STATES.some((s) => row.counts[s] > 0));
}

/** Counts per state for each owner (role and organisation), owners in alphabetical order. */
export function countsByOwner(actions: readonly TrackedAction[]) {
  const owners = [...new Set(actions.map((a) => ownerOf(a.action)))].sort((a, b) => a.localeCompare(b, 'en-GB'));
  return owners.map((owner) => ({ owner, counts: countStates(actions.filter((a) => ownerOf(a.action) === owner)) }));
}

/** Counts per state across all the actions given. */
export function stateTotals(actions: readonly TrackedAction[]): StateCounts {
  return countStates(actions);
}
