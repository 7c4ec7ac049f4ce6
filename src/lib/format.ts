/**
 * Formatting in one place: money, dates, counts. Money is held as pounds
 * (a number with at most two decimals) everywhere else.
 */
const pounds = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', maximumFractionDigits: 0 });
const poundsPence = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', minimumFractionDigits: 2 });

/** £126,000 for whole pounds, £99.50 when there are pence. */
export function formatMoney(amount: number): string {
  return Number.isInteger(amount) ? pounds.format(amount) : poundsPence.format(amount);
}

const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const shortDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const weekday = new Intl.DateTimeFormat('en-GB', { weekday: 'long', timeZone: 'UTC' });

function asDate(iso: string): Date {
  return new Date(`${iso.slice(0, 10)}T00:00:00Z`);
}

/** "24 March 2021" from "2021-03-24". */
export function formatDate(iso: string): string {
  return longDate.format(asDate(iso));
}
/** "24 Mar 2021". */
export function formatShortDate(iso: string): string {
  return shortDate.format(asDate(iso));
}
/** "Wednesday 24 March 2021". */
export function formatDayDate(iso: string): string {
  // Built from parts: ICU puts a comma after the weekday, house style has none.
  return `${weekday.format(asDate(iso))} ${formatDate(iso)}`;
}

/** "1 organisation", "3 organisations". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}

/** A whole percentage, e.g. 19%. */
export function formatPercent(part: number, whole: number): string {
  return whole === 0 ? '–' : `${Math.round((part / whole) * 100)}%`;
}
