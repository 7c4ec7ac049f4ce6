/**
 * .github/CODEOWNERS decides who must approve an editor's draft. GitHub silently
 * ignores a pattern that matches nothing, so a renamed organisation file would lose
 * its reviewers without anyone noticing: every path named there must exist.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const rules = readFileSync(`${root}.github/CODEOWNERS`, 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line && !line.startsWith('#'))
  .map((line) => {
    const [pattern, ...owners] = line.split(/\s+/);
    return { pattern, owners };
  });

describe('CODEOWNERS', () => {
  it('gives every pattern at least one owner', () => {
    expect(rules.filter((r) => r.owners.length === 0 || !r.owners.every((o) => o.startsWith('@')))).toEqual([]);
  });

  it('names only files and folders that exist', () => {
    const paths = rules.map((r) => r.pattern).filter((p) => p.startsWith('/'));
    expect(paths.length).toBeGreaterThan(0);
    expect(paths.filter((p) => !existsSync(`${root}${p.slice(1)}`))).toEqual([]);
  });

  it("keeps the site editors on each organisation's line, as a fallback when its own team is away", () => {
    const orgs = rules.filter((r) => r.pattern.startsWith('/content/organisations/'));
    expect(orgs.length).toBeGreaterThan(0);
    for (const r of orgs) expect(r.owners, r.pattern).toContain('@barnet-vcfs/site-editors');
  });
});
