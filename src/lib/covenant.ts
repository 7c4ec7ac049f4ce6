/**
 * What the covenant page derives: how many commitments are done, in progress or
 * not started, the history in date order, and signatories by faith tradition.
 */
import type { Covenant } from '../schemas/covenant';

type Commitment = Covenant['commitments'][number];
type Status = Commitment['status'];

export const COMMITMENT_STATUS_LABELS: Record<Status, string> = { done: 'Done', 'in-progress': 'In progress', 'not-started': 'Not started' };

export interface CommitmentSummary {
  total: number;
  /** Count per status, done first, every status present (zero where none). */
  byStatus: { status: Status; label: string; count: number }[];
  done: number;
}

export function commitmentSummary(commitments: readonly Commitment[]): CommitmentSummary {
  const byStatus = (Object.keys(COMMITMENT_STATUS_LABELS) as Status[]).map((status) => ({
    status,
    label: COMMITMENT_STATUS_LABELS[status],
    count: commitments.filter((c) => c.status === status).length,
  }));
  return { total: commitments.length, byStatus, done: byStatus.find((s) => s.status === 'done')!.count };
}

/** History oldest first: it is read as a story. */
export function historyInOrder(history: Covenant['history']): Covenant['history'] {
  return [...history].sort((a, b) => a.date.localeCompare(b.date));
}

/** Signatories grouped by faith tradition (in the taxonomy's order), each group by date signed. */
export function signatoriesByTradition(signatories: Covenant['signatories'], traditions: readonly { id: string; label: string }[]) {
  return traditions
    .map((t) => ({ tradition: t, signatories: signatories.filter((s) => s.faith_tradition === t.id).sort((a, b) => a.signed.localeCompare(b.signed)) }))
    .filter((group) => group.signatories.length > 0);
}

/**
 * An organisation's signature of the covenant, if it has signed: the earliest
 * signature across the covenant entries (an area normally has one).
 */
export function signatureOf(organisationId: string, covenants: readonly { data: Pick<Covenant, 'signatories'> }[]): Covenant['signatories'][number] | undefined {
  return covenants
    .flatMap((c) => c.data.signatories)
    .filter((s) => s.organisation === organisationId)
    .sort((a, b) => a.signed.localeCompare(b.signed))[0];
}

/**
 * How a signatory's covenant contact is shown: by role, with the person's name
 * only when the entry records their consent (the schema refuses a name without
 * it; this holds the line for content read without the schema, too).
 */
export function signatoryContact(s: Pick<Covenant['signatories'][number], 'contact_role' | 'contact_name' | 'name_consent'>): string | undefined {
  if (!s.contact_role) return undefined;
  return s.contact_name && s.name_consent ? `${s.contact_name}, ${s.contact_role}` : s.contact_role;
}
