/**
 * A meeting of a board: who came, what was declared, discussed, decided and
 * who is to do what. File: content/meetings/<id>.md; the body is an optional summary.
 */
import { z } from 'astro/zod';
import { bothTimes, isoDate, link, optional, optionalText, postcode, ref, slug, text, time, webUrl } from './fields';
import { checkPersonNamed, memberFields } from './people';

export const MEETING_STATUSES = ['scheduled', 'held', 'cancelled'] as const;
export const MINUTES_STATUSES = ['none', 'draft', 'approved'] as const;
export const ATTENDANCE = ['present', 'apologies', 'in-attendance'] as const;
export const DECISION_OUTCOMES = ['agreed', 'agreed-with-changes', 'deferred', 'rejected', 'noted'] as const;
export const ACTION_STATUSES = ['open', 'done', 'cancelled'] as const;

const enumOf = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { error: `must be one of: ${values.join(', ')}` });

export function meetingSchema() {
  return z
    .strictObject({
      /** The board's id. */
      board: ref('a board'),
      /** A title where the board's name is not enough, e.g. "Round 1 funding panel". */
      title: optionalText(150),
      /** The day of the meeting. */
      date: isoDate,
      /** When it starts, 24-hour clock (London time). */
      start_time: optional(time),
      /** When it ends (after it starts). */
      end_time: optional(time),
      /** Scheduled, held or cancelled. */
      status: enumOf(MEETING_STATUSES),
      /** Where it takes place; leave out for online-only meetings. */
      venue: optional(
        z.strictObject({
          /** The venue's name, e.g. "Committee room, council offices". */
          name: text(150),
          /** Its street address (a public venue: never a home address). */
          address: optionalText(200),
          /** Its postcode. */
          postcode: optional(postcode),
        }),
      ),
      /** Link to join online, if any. */
      online_url: optional(webUrl),
      /** None yet, draft (not yet agreed) or approved. */
      minutes_status: enumOf(MINUTES_STATUSES).default('none'),
      /** The meeting (its id) at which these minutes were approved. */
      minutes_approved_at: optional(ref('a meeting')),
      /** Who attended, by role and organisation; a name only for a public office holder. */
      attendance: z
        .array(
          z
            .strictObject({
              ...memberFields,
              /** Present, sent apologies, or in attendance (there to help, not a member). */
              attendance: enumOf(ATTENDANCE),
            })
            .superRefine(checkPersonNamed),
        )
        .default([]),
      /** Interests declared, by role and organisation. */
      declarations: z
        .array(
          z.strictObject({
            /** The member's role, e.g. "Panel member". */
            role: text(120),
            /** The member's directory organisation, where listed. */
            organisation: optional(ref('an organisation')),
            /** The organisation's name when it is not in the directory. */
            organisation_name: optionalText(150),
            /** The agenda item's id the interest relates to. */
            item: optional(slug),
            /** The interest declared, and what the member did (e.g. left the room). */
            interest: text(500),
          }),
        )
        .default([]),
      /** The agenda, in order, each item with its minutes. */
      agenda: z
        .array(
          z.strictObject({
            /** Stable id within the meeting, e.g. "item-3". */
            id: slug,
            /** The item's title. */
            title: text(200),
            /** The minutes of this item (Markdown). */
            minutes: optionalText(10000),
          }),
        )
        .default([]),
      /** What was decided; grants point at these ids. */
      decisions: z
        .array(
          z.strictObject({
            /** Stable id, unique across all meetings, e.g. "cif-2021-06-awards". Never change it once published. */
            id: slug,
            /** The agenda item's id. */
            item: optional(slug),
            /** What was decided, in one or two sentences. */
            text: text(1500),
            /** Agreed, agreed with changes, deferred, rejected or noted. */
            outcome: enumOf(DECISION_OUTCOMES),
          }),
        )
        .default([]),
      /** Who is to do what, by role, and by when. */
      actions: z
        .array(
          z.strictObject({
            /** Stable id within the meeting, e.g. "a1". */
            id: slug,
            /** What is to be done. */
            text: text(500),
            /** Who is to do it, by role (never a name). */
            owner_role: text(120),
            /** The owner's organisation. */
            owner_organisation: optionalText(150),
            /** When it is due; an open action past this date shows as overdue. */
            due: optional(isoDate),
            /** Open, done or cancelled. */
            status: enumOf(ACTION_STATUSES),
            /** The decision's id this action follows from. */
            decision: optional(slug),
          }),
        )
        .default([]),
      /** Papers: agenda pack, minutes, reports (uploaded PDFs or links). */
      documents: z
        .array(
          z.strictObject({
            /** What the document is, e.g. "Agenda pack". */
            title: text(200),
            /** An upload (/uploads/...) or a web address. */
            url: link,
          }),
        )
        .default([]),
      /** Illustrative entry: the page says the record is for demonstration. */
      demo: z.boolean().default(false),
    })
    .superRefine((m, ctx) => {
      if (bothTimes(m.start_time, m.end_time) && m.end_time! <= m.start_time!)
        ctx.addIssue({ code: 'custom', path: ['end_time'], message: `must be after start_time (${m.start_time})` });
      if (m.minutes_status === 'approved' && !m.minutes_approved_at)
        ctx.addIssue({ code: 'custom', path: ['minutes_approved_at'], message: 'is required when minutes_status is "approved": choose the meeting that approved them' });
      const items = new Set(m.agenda.map((a) => a.id));
      const check = (list: { item?: string }[], field: string) =>
        list.forEach((d, i) => {
          if (d.item && !items.has(d.item))
            ctx.addIssue({ code: 'custom', path: [field, i, 'item'], message: `"${d.item}" is not an agenda item of this meeting (${[...items].join(', ') || 'none'})` });
        });
      check(m.decisions, 'decisions');
      check(m.declarations, 'declarations');
      const decisions = new Set(m.decisions.map((d) => d.id));
      m.actions.forEach((a, i) => {
        if (a.decision && !decisions.has(a.decision))
          ctx.addIssue({ code: 'custom', path: ['actions', i, 'decision'], message: `"${a.decision}" is not a decision of this meeting` });
      });
    });
}
export type Meeting = z.infer<ReturnType<typeof meetingSchema>>;
export type Decision = Meeting['decisions'][number];
export type MeetingAction = Meeting['actions'][number];
