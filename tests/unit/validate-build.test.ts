/**
 * The build itself refuses bad content: `astro build` on a broken content
 * folder exits non-zero, prints every problem line, and publishes nothing.
 * It fails in the config hook, before any page renders, so it does not depend
 * on the pages being finished. Slow (one real Astro start), hence the timeout.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { invalidCases, makeContentSet, removeContentSet } from '../fixtures/content-set';

const REPO = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'validate-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('astro build with broken content', () => {
  it('stops with every problem listed, one per line, and publishes nothing', () => {
    const c = invalidCases().find((x) => x.name === 'all-problems-at-once')!;
    const root = makeContentSet(c.dir);
    const outDir = join(work, 'dist');
    try {
      const run = spawnSync('npm', ['exec', '--', 'astro', 'build'], {
        cwd: REPO,
        encoding: 'utf8',
        env: { ...process.env, CONTENT_DIR: root, OUT_DIR: outDir, ASTRO_CACHE_DIR: join(work, 'cache'), NO_COLOR: '1', FORCE_COLOR: '0' },
        timeout: 110_000,
      });
      // Strip any colour codes Astro's logger adds despite NO_COLOR.
      const output = `${run.stdout}\n${run.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
      expect(run.status, output).not.toBe(0);
      expect(output).toContain('The site was not built because of content problems.');
      expect(output).toContain(`${c.expected.length} content problems in ${root}`);
      const printed = output.split('\n').map((l) => l.trim());
      for (const line of c.expected) expect(printed).toContain(line);
      expect(existsSync(join(outDir, 'index.html'))).toBe(false);
    } finally {
      removeContentSet(root);
    }
  }, 120_000);
});
