import { describe, expect, it } from 'vitest';
import { paymentSummary, share, subtractMoney, sumBy, sumMoney } from '../../src/lib/money';

describe('money arithmetic', () => {
  it('adds amounts exactly to the penny, where floating point would drift', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(sumMoney([0.1, 0.2])).toBe(0.3);
    expect(sumMoney([19999.99, 0.01, 106000])).toBe(126000);
  });

  it('sums one amount taken from each item', () => {
    expect(sumBy([{ a: 12.5 }, { a: 7.25 }], (x) => x.a)).toBe(19.75);
    expect(sumBy([], () => 1)).toBe(0);
  });

  it('subtracts to the penny', () => {
    expect(subtractMoney(1000, 333.33)).toBe(666.67);
  });

  it('gives a share of 0 when the whole is 0 rather than dividing by zero', () => {
    expect(share(5, 0)).toBe(0);
    expect(share(2500, 10000)).toBe(0.25);
  });
});

describe('paid against awarded', () => {
  it('adds up the payments and says what is still to pay', () => {
    const s = paymentSummary({ amount_awarded: 18000, payments: [{ amount: 9000 }, { amount: 4500.5 }] });
    expect(s).toEqual({ awarded: 18000, paid: 13500.5, outstanding: 4499.5, payments: 2, fullyPaid: false });
  });

  it('marks an award paid in full when the payments reach the amount awarded', () => {
    const s = paymentSummary({ amount_awarded: 0.3, payments: [{ amount: 0.1 }, { amount: 0.2 }] });
    expect(s.fullyPaid).toBe(true);
    expect(s.outstanding).toBe(0);
  });

  it('shows nothing paid on an award with no payments', () => {
    const s = paymentSummary({ amount_awarded: 5000, payments: [] });
    expect(s.paid).toBe(0);
    expect(s.outstanding).toBe(5000);
    expect(s.fullyPaid).toBe(false);
  });
});
