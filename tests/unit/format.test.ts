import { describe, expect, it } from 'vitest';
import { formatDate, formatDayDate, formatMoney, formatPercent, plural } from '../../src/lib/format';

describe('formatMoney', () => {
  it('shows whole pounds without pence and with thousands separators', () => {
    expect(formatMoney(126000)).toBe('£126,000');
  });
  it('shows pence when there are any', () => {
    expect(formatMoney(99.5)).toBe('£99.50');
  });
});

describe('dates', () => {
  it('formats an ISO date in British style whatever the machine time zone', () => {
    expect(formatDate('2021-03-24')).toBe('24 March 2021');
    expect(formatDayDate('2021-03-24')).toBe('Wednesday 24 March 2021');
  });
});

describe('plural and percent', () => {
  it('chooses singular or plural', () => {
    expect(plural(1, 'organisation')).toBe('1 organisation');
    expect(plural(1200, 'organisation')).toBe('1,200 organisations');
  });
  it('rounds a share to a whole percentage, and shows a dash when there is no whole', () => {
    expect(formatPercent(7, 37)).toBe('19%');
    expect(formatPercent(1, 0)).toBe('–');
  });
});
