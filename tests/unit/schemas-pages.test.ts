/** The page schema: about, accessibility statement, privacy, how to get listed. */
import { describe, expect, it } from 'vitest';
import { fixtureEntry, parsed, problems } from '../fixtures/schema-check';

describe('page schema', () => {
  it('accepts a page with a title, summary and review date', () => {
    expect(parsed('pages', fixtureEntry('pages', 'about'))).toEqual({ title: 'About this site', summary: 'What this site is and who runs it.', updated: '2026-10-01' });
  });

  it('needs a title and summary and refuses unknown fields', () => {
    expect(problems('pages', { title: 'About', descripton: 'x' })).toEqual([
      'summary: is required but missing',
      'descripton: is not a known field here; remove it, or use one of: title, summary, updated',
    ]);
  });
});
