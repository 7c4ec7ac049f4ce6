import { describe, expect, it, vi } from 'vitest';
import { TimedOut, withinTime } from '../../src/lib/time-limit';

describe('giving up on a search step that never answers', () => {
  it('passes on an answer that comes in time', async () => {
    await expect(withinTime(Promise.resolve('results'), 1000)).resolves.toBe('results');
  });

  it('passes on a failure that comes in time, as that failure', async () => {
    await expect(withinTime(Promise.reject(new Error('Failed to fetch')), 1000)).rejects.toThrow('Failed to fetch');
  });

  it('fails with TimedOut when nothing comes', async () => {
    vi.useFakeTimers();
    try {
      const never = withinTime(new Promise(() => {}), 10_000);
      const caught = never.catch((e: unknown) => e);
      await vi.advanceTimersByTimeAsync(10_000);
      expect(await caught).toBeInstanceOf(TimedOut);
    } finally {
      vi.useRealTimers();
    }
  });
});
