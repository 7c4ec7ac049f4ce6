/**
 * Every broken content set under tests/fixtures/invalid produces exactly the
 * lines in its expected.txt (file: field: message), in one run; the valid set
 * produces none. A changed message fails here, so wording is a deliberate choice.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { validateContent } from '../../src/lib/validate';
import { issueLine } from '../../src/lib/validate/issues';
import { invalidCases, makeContentSet, removeContentSet, VALID } from '../fixtures/content-set';

const made: string[] = [];
afterEach(() => made.splice(0).forEach(removeContentSet));

function problemsIn(overlay?: string): string[] {
  const root = makeContentSet(overlay);
  made.push(root);
  return validateContent(root).issues.map(issueLine);
}

describe('the valid fixture set', () => {
  it('has no problems', () => {
    expect(validateContent(VALID).issues.map(issueLine)).toEqual([]);
  });

  it('is parsed into every collection, so the cases below start from complete content', () => {
    const { content } = validateContent(VALID);
    for (const [collection, entries] of Object.entries(content ?? {})) expect(entries.length, collection).toBeGreaterThan(0);
  });
});

const cases = invalidCases();

describe('each broken fixture reports exactly its expected lines', () => {
  it('covers every case the issue lists', () => {
    const names = cases.map((c) => c.name);
    for (const required of [
      'missing-required-field', 'wrong-type', 'unknown-theme', 'unknown-ward', 'unknown-status',
      'malformed-postcode', 'malformed-charity-number', 'malformed-company-number', 'malformed-email', 'malformed-phone',
      'url-not-http', 'link-not-allowed', 'location-outside-area', 'outside-area-allowed',
      'negative-amount', 'non-numeric-amount', 'pledge-over-maximum', 'end-before-start',
      'grant-missing-fund', 'grant-missing-recipient', 'grant-missing-meeting', 'grant-decision-not-in-meeting',
      'signatory-missing-organisation', 'meeting-missing-board',
      'duplicate-grant-id', 'duplicate-service-id', 'duplicate-decision-id', 'malformed-yaml',
      'unknown-field', 'round-figures-disagree', 'person-named', 'faith-contact-named-without-consent', 'all-problems-at-once',
    ])
      expect(names).toContain(required);
  });

  it.each(cases.map((c) => [c.title, c] as const))('%s', (_title, c) => {
    expect(problemsIn(c.dir)).toEqual(c.expected);
  });
});

describe('reporting', () => {
  it('reports every problem in every file in one run, not just the first', () => {
    const c = cases.find((x) => x.name === 'all-problems-at-once')!;
    const lines = problemsIn(c.dir);
    const files = new Set(lines.map((l) => l.split(':')[0]));
    expect(files).toEqual(new Set(['organisations/several.md', 'grants/several.md', 'crowdfund/several.md', 'meetings/2021-12-01-several.md', 'pages/broken.md']));
    expect(lines).toHaveLength(10);
  });

  it('gives every problem as one line naming the file, the field and a message', () => {
    for (const c of cases)
      for (const line of problemsIn(c.dir)) {
        expect(line).not.toMatch(/\n/);
        expect(line, line).toMatch(/^[a-z0-9]+\/[^:]+: [^:]+: .{10,}$/s);
      }
  }, 30_000);

  it('accepts a venue outside the area when it is marked outside_area: true', () => {
    const c = cases.find((x) => x.name === 'outside-area-allowed')!;
    expect(c.expected).toEqual([]);
    expect(problemsIn(c.dir)).toEqual([]);
  });

  it("uses the settings inside the folder it is given, not the site's own", () => {
    // The same project (pledge £5,000) is fine with Barnet's settings and refused under a £2,000 maximum.
    const c = cases.find((x) => x.name === 'pledge-over-settings-maximum')!;
    expect(problemsIn()).toEqual([]);
    expect(problemsIn(c.dir)).toEqual(['crowdfund/orchard-garden.md: council_pledge: must be at most £2,000, the council\'s maximum pledge (set in settings/site.json); you wrote 5000']);
  });
});
