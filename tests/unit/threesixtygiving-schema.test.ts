/**
 * Our 360Giving package, made from the real content and from the test fixture,
 * validates against the official 360Giving package schema (read from the shared
 * standards folder, not copied in). The built file itself is checked the same
 * way in tests/e2e/money-opendata-files.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { validateContent } from '../../src/lib/validate';
import { readSettings } from '../../src/lib/settings';
import { grantsPackage, type MapperContext } from '../../src/lib/threesixtygiving';
import { repoRoot } from '../support/paths';
import { describeErrors, packageValidator } from '../support/threesixtygiving-schema';
import { standardsDir } from '../support/standards-dir';
import { VALID } from '../fixtures/content-set';
import { join } from 'node:path';

function packageFor(root: string) {
  const { content, issues } = validateContent(root);
  expect(issues, `content in ${root} should be valid`).toEqual([]);
  const { site, taxonomy } = readSettings(root).settings!;
  const ctx: MapperContext = { site, taxonomy, funds: content!.funds, organisations: content!.organisations };
  return grantsPackage(content!.grants, ctx, { issued: '2026-11-24', modified: '2026-11-20T10:15:00+00:00' });
}

describe('the official 360Giving package schema', () => {
  it('is found in the shared standards folder (the test fails, naming the folder, when it is missing)', () => {
    expect(() => packageValidator(), `looked in ${standardsDir()}`).not.toThrow();
  });

  it.each([
    ['the site content', join(repoRoot, 'content')],
    ['the test fixture', VALID],
  ])('accepts the package made from %s', (_name, root) => {
    const pkg = packageFor(root);
    expect(pkg.grants.length).toBeGreaterThan(0);
    const validate = packageValidator();
    expect(validate(pkg), describeErrors(validate.errors).join('\n')).toBe(true);
  });

  it('rejects a package whose grant lacks a recipient, so the check can fail', () => {
    const pkg = packageFor(VALID);
    const broken = { ...pkg, grants: [{ ...pkg.grants[0], recipientOrganization: undefined }] };
    const validate = packageValidator();
    expect(validate(JSON.parse(JSON.stringify(broken)))).toBe(false);
  });
});
