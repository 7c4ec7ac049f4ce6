/**
 * When the official schemas cannot be found, the check fails loudly, saying
 * where it looked, instead of passing or being skipped.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe('a missing standards folder', () => {
  it('is an error naming the folder it looked in and how to point at another', async () => {
    vi.stubEnv('STANDARDS_DIR', '/nowhere/standards');
    const { packageValidator } = await import('../support/threesixtygiving-schema');
    expect(() => packageValidator()).toThrow(/looked for \/nowhere\/standards\/360giving\/360-giving-package-schema\.json.*STANDARDS_DIR/s);
  });
});
