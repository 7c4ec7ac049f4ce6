/**
 * Money arithmetic. Amounts are held as pounds (at most two decimals) but added
 * in whole pence, so £0.10 + £0.20 is £0.30 and a column of awards adds up to
 * exactly the published total. Formatting lives in format.ts (formatMoney).
 */

/** Pounds to whole pence. */
export function toPence(pounds: number): number {
  return Math.round(pounds * 100);
}

/** Whole pence back to pounds. */
export function fromPence(pence: number): number {
  return pence / 100;
}

/** The sum of some amounts in pounds, exact to the penny. */
export function sumMoney(amounts: Iterable<number>): number {
  let pence = 0;
  for (const amount of amounts) pence += toPence(amount);
  return fromPence(pence);
}

/** The sum of one amount taken from each item. */
export function sumBy<T>(items: Iterable<T>, amount: (item: T) => number): number {
  let pence = 0;
  for (const item of items) pence += toPence(amount(item));
  return fromPence(pence);
}

/** a − b, exact to the penny. */
export function subtractMoney(a: number, b: number): number {
  return fromPence(toPence(a) - toPence(b));
}

/** What a part is of a whole, 0 to 1 (0 when the whole is 0), for bars and percentages. */
export function share(part: number, whole: number): number {
  return whole > 0 ? toPence(part) / toPence(whole) : 0;
}

export interface PaymentSummary {
  awarded: number;
  paid: number;
  /** Awarded but not yet paid (never below 0). */
  outstanding: number;
  /** Number of payments made. */
  payments: number;
  fullyPaid: boolean;
}

/** Paid against awarded for one award, from its list of payments. */
export function paymentSummary(award: { amount_awarded: number; payments: readonly { amount: number }[] }): PaymentSummary {
  const paid = sumBy(award.payments, (p) => p.amount);
  const outstanding = Math.max(0, subtractMoney(award.amount_awarded, paid));
  return { awarded: award.amount_awarded, paid, outstanding, payments: award.payments.length, fullyPaid: outstanding === 0 };
}
