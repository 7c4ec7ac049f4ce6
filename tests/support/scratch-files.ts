/**
 * A temporary folder for a test file, removed after its tests, and a writer
 * that lays out a small site in it: { "a/index.html": "<p>…" }.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll } from 'vitest';

export function scratchFolder(prefix: string): string {
  const scratch = mkdtempSync(join(tmpdir(), `${prefix}-`));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  return scratch;
}

export function writeFiles(root: string, files: Record<string, string>): string {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  }
  return root;
}
