/**
 * The Astro integration that runs the validator: it fails a build, and during
 * `astro dev` (npm start with the CMS) it reports problems whenever content is saved.
 */
import { EventEmitter } from 'node:events';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { contentCheck } from '../../src/integrations/content-check';
import { INVALID, makeContentSet, removeContentSet } from '../fixtures/content-set';

const made: string[] = [];
afterEach(() => {
  made.splice(0).forEach(removeContentSet);
  vi.unstubAllEnvs();
});

/** The integration pointed at a fresh valid content set, with a logger that records. */
function setUp() {
  const root = makeContentSet();
  made.push(root);
  vi.stubEnv('CONTENT_DIR', root);
  const logged: { level: string; text: string }[] = [];
  const logger = { error: (text: string) => logged.push({ level: 'error', text }), info: (text: string) => logged.push({ level: 'info', text }) };
  return { root, logged, logger, hooks: contentCheck().hooks as Record<string, (options: unknown) => void> };
}

describe('content-check integration', () => {
  it('lets a build of valid content go ahead', () => {
    const { hooks, logger, logged } = setUp();
    expect(() => hooks['astro:config:setup']({ command: 'build', logger })).not.toThrow();
    expect(logged).toEqual([]);
  });

  it('stops a build of broken content with the report', () => {
    const { hooks, logger, root } = setUp();
    copyFileSync(join(INVALID, 'meeting-missing-board/meetings/2021-12-01-finance.md'), join(root, 'meetings/2021-12-01-finance.md'));
    expect(() => hooks['astro:config:setup']({ command: 'build', logger })).toThrow(
      'meetings/2021-12-01-finance.md: board: points at a board "finance-panel" that does not exist (no file boards/finance-panel.md); check the spelling, or add that entry first',
    );
  });

  it('in dev, logs the problems instead of stopping, and re-checks once when a save settles', () => {
    vi.useFakeTimers();
    try {
      const { hooks, logger, logged, root } = setUp();
      hooks['astro:config:setup']({ command: 'dev', logger });
      const watcher = new EventEmitter();
      hooks['astro:server:setup']({ server: { watcher }, logger });

      const broken = join(root, 'meetings/2021-12-01-finance.md');
      copyFileSync(join(INVALID, 'meeting-missing-board/meetings/2021-12-01-finance.md'), broken);
      // One save in Git mode is several file events in a row: one check once they stop.
      watcher.emit('all', 'add', broken);
      watcher.emit('all', 'change', broken);
      expect(logged).toHaveLength(0);
      vi.advanceTimersByTime(1000);
      expect(logged).toHaveLength(1);
      expect(logged[0].level).toBe('error');
      expect(logged[0].text).toContain('meetings/2021-12-01-finance.md: board: points at a board "finance-panel"');

      // A change outside the content folder (a source file) does not re-run the check.
      watcher.emit('all', 'change', '/somewhere/else/src/pages/index.astro');
      vi.advanceTimersByTime(1000);
      expect(logged).toHaveLength(1);
    } finally {
      vi.useRealTimers();
    }
  });
});
