/**
 * The wording of problems: field paths as an editor counts them, what they
 * wrote quoted back, "did you mean" for near misses, and one line each.
 */
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { describeIssue } from '../../src/lib/validate/describe-issue';
import { fieldName, formatIssues, issueLine, issueReport } from '../../src/lib/validate/issues';
import { closest } from '../../src/lib/validate/suggest';

const lines = (schema: z.ZodType, data: unknown) => {
  const result = schema.safeParse(data, { reportInput: true });
  return result.success ? [] : formatIssues('organisations/x.md', result.error.issues, data, schema).map(issueLine);
};

describe('field names', () => {
  it('count list items from 1, as an editor does', () => {
    expect(fieldName(['locations', 0, 'postcode'])).toBe('locations[1].postcode');
    expect(fieldName(['services', 2, 'locations', 0])).toBe('services[3].locations[1]');
    expect(fieldName([])).toBe('(entry)');
  });
});

describe('one line per problem', () => {
  it('never spreads a problem over several lines, even when the value has line breaks', () => {
    expect(issueLine({ file: 'pages/a.md', field: 'title', message: 'must be\nshort' })).toBe('pages/a.md: title: must be short');
  });

  it('heads the report with the count and how to read the lines', () => {
    expect(issueReport([{ file: 'pages/a.md', field: 'title', message: 'is required but missing' }], 'content').split('\n')).toEqual([
      '1 content problem in content (file: field: what is wrong; list items are counted from 1):',
      'pages/a.md: title: is required but missing',
    ]);
  });
});

describe('what was wrong and what is allowed', () => {
  const schema = z.strictObject({
    count: z.number(),
    flag: z.boolean(),
    tags: z.array(z.string()).min(1),
    colour: z.enum(['red', 'green']),
    nested: z.strictObject({ postcode: z.string() }).optional(),
  });

  it('puts plain words in place of Zod\'s default English', () => {
    expect(lines(schema, { count: 'three', flag: 'yes', tags: [], colour: 'blue' })).toEqual([
      'organisations/x.md: count: must be a number; you wrote "three"',
      'organisations/x.md: flag: must be true or false; you wrote "yes"',
      'organisations/x.md: tags: must list at least one item',
      'organisations/x.md: colour: must be one of: red, green; you wrote "blue"',
    ]);
  });

  it('says a field is missing, or empty, rather than of the wrong type', () => {
    expect(lines(schema, { count: null, flag: true, tags: ['a'] })).toEqual([
      'organisations/x.md: count: is required but empty',
      'organisations/x.md: colour: is required but missing; must be one of: red, green',
    ]);
  });

  it('suggests the right spelling of a field, and lists the fields when nothing is close', () => {
    expect(lines(schema, { count: 1, flag: true, tags: ['a'], colour: 'red', colur: 'red', nested: { postcod: 'N3 1AB', postcode: 'N3 1AB' }, wibble: 1 })).toEqual([
      'organisations/x.md: nested.postcod: is not a known field: did you mean "postcode"? Correct the spelling, or remove it',
      'organisations/x.md: colur: is not a known field: did you mean "colour"? Correct the spelling, or remove it',
      'organisations/x.md: wibble: is not a known field here; remove it, or use one of: count, flag, tags, colour, nested',
    ]);
  });

  it('suggests the nearest allowed value for a near miss only', () => {
    expect(lines(schema, { count: 1, flag: true, tags: ['a'], colour: 'Green' })).toEqual(['organisations/x.md: colour: must be one of: red, green; you wrote "Green". Did you mean "green"?']);
    expect(lines(schema, { count: 1, flag: true, tags: ['a'], colour: 'purple' })).toEqual(['organisations/x.md: colour: must be one of: red, green; you wrote "purple"']);
  });

  it('shortens a long value it quotes back', () => {
    const message = describeIssue({ code: 'custom', path: ['x'], message: 'must be short' } as never, 'a'.repeat(100));
    expect(message).toBe(`must be short; you wrote "${'a'.repeat(57)}..."`);
  });

  it('does not repeat a value the message already gives', () => {
    expect(describeIssue({ code: 'custom', path: ['lat'], message: '53.48 is outside Barnet' } as never, 53.48)).toBe('53.48 is outside Barnet');
    expect(describeIssue({ code: 'custom', path: ['n'], message: 'must be at most £5,000' } as never, 5)).toBe('must be at most £5,000; you wrote 5');
  });
});

describe('closest', () => {
  it('finds a near miss in spelling, spacing or capitals', () => {
    expect(closest('barnet vale', ['barnet-vale', 'burnt-oak'])).toBe('barnet-vale');
    expect(closest('Mental_Health', ['mental-health'])).toBe('mental-health');
    expect(closest('sumary', ['name', 'summary'])).toBe('summary');
  });

  it('suggests nothing when no candidate is close, or the value is already right', () => {
    expect(closest('hampstead', ['hendon', 'edgware'])).toBeUndefined();
    expect(closest('hendon', ['hendon'])).toBeUndefined();
    expect(closest('', ['a'])).toBeUndefined();
  });
});
