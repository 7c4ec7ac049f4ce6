/** The explore page's state in its URL: what a bookmark or shared link holds. */
import { describe, expect, it } from 'vitest';
import { ANY_AGE, WHOLE_AREA } from '../../src/lib/search-filters';
import { emptyState, optionCount, pagefindFilters, parseState, stateToParams, withoutFilter, type ExploreState } from '../../src/lib/explore-state';

const parse = (query: string) => parseState(new URLSearchParams(query));

describe('reading the URL', () => {
  it('reads words, repeated filter values, place, radius and view', () => {
    expect(parse('q=food+bank&theme=food&theme=housing&cost=free&place=N3&radius=2&view=map')).toEqual({
      q: 'food bank', filters: { theme: ['food', 'housing'], cost: ['free'] }, place: 'N3', radius: 2, view: 'map',
    });
  });

  it('ignores empty values, repeats, unknown parameters and radii not offered', () => {
    expect(parse('q=&theme=&theme=food&theme=food&colour=red&radius=3')).toEqual({ ...emptyState(), filters: { theme: ['food'] } });
  });

  it('keeps only values the page offers when told which they are', () => {
    const state = parseState(new URLSearchParams('theme=food&theme=<script>'), { theme: new Set(['food']) });
    expect(state.filters).toEqual({ theme: ['food'] });
  });

  it('reads "near" coordinates rounded to about 100 metres, and refuses nonsense', () => {
    expect(parse('near=51.60123,-0.19345').near).toEqual({ lat: 51.601, lng: -0.193 });
    expect(parse('near=951,-0.19').near).toBeUndefined();
    expect(parse('near=here').near).toBeUndefined();
  });

  it('lets a typed place win over an old "near"', () => {
    const state = parse('place=N3&near=51.6,-0.2');
    expect(state.place).toBe('N3');
    expect(state.near).toBeUndefined();
  });
});

describe('writing the URL', () => {
  it('round-trips: the URL a state writes reads back as the same state', () => {
    const state: ExploreState = { q: 'debt', filters: { ward: ['hendon', 'mill-hill'], day: ['monday'] }, place: 'N3 1AB', radius: 5, view: 'map' };
    expect(parseState(stateToParams(state))).toEqual(state);
  });

  it('leaves out defaults, and a radius with no place to measure from', () => {
    expect(stateToParams({ ...emptyState(), radius: 5 }).toString()).toBe('');
    expect(stateToParams({ ...emptyState(), near: { lat: 51.6, lng: -0.2 }, radius: 1 }).toString()).toBe('near=51.6%2C-0.2&radius=1');
  });
});

describe('filters for Pagefind', () => {
  const filters = { theme: ['food', 'housing'], cost: ['free'] };
  it('combine groups with AND and values within a group with OR', () => {
    expect(pagefindFilters(filters)).toEqual({ theme: { any: ['food', 'housing'] }, cost: { any: ['free'] } });
  });
  it('can leave one group out, to count that group\'s own options', () => {
    expect(pagefindFilters(filters, 'theme')).toEqual({ cost: { any: ['free'] } });
  });
  it('finds what is open to the whole area from any ward or constituency', () => {
    expect(pagefindFilters({ ward: ['hendon'], constituency: ['finchley'], theme: ['food'] })).toEqual({
      theme: { any: ['food'] }, ward: { any: ['hendon', WHOLE_AREA] }, constituency: { any: ['finchley', WHOLE_AREA] },
    });
  });
  it('finds what is open to any age from any age group', () => {
    expect(pagefindFilters({ age: ['0-4', '5-10'] })).toEqual({ age: { any: ['0-4', '5-10', ANY_AGE] } });
  });
});

describe('the count beside an option', () => {
  const counts = { ward: { hendon: 3, [WHOLE_AREA]: 5 }, constituency: { [WHOLE_AREA]: 5 }, theme: { food: 2 } };
  it('adds what is open to the whole area to each ward and constituency, even one nothing else serves', () => {
    expect(optionCount(counts, 'ward', 'hendon')).toBe(8);
    expect(optionCount(counts, 'ward', 'edgware')).toBe(5);
    expect(optionCount(counts, 'constituency', 'hendon')).toBe(5);
  });
  it('adds what is open to any age to each age group', () => {
    expect(optionCount({ age: { '0-4': 1, [ANY_AGE]: 4 } }, 'age', '0-4')).toBe(5);
    expect(optionCount({ age: { '0-4': 1, [ANY_AGE]: 4 } }, 'age', '65-plus')).toBe(4);
  });
  it('is Pagefind\'s own count for any other group, and 0 where it has none', () => {
    expect(optionCount(counts, 'theme', 'food')).toBe(2);
    expect(optionCount(counts, 'theme', 'housing')).toBe(0);
    expect(optionCount({}, 'ward', 'hendon')).toBe(0);
  });
});

describe('removing filters', () => {
  const state: ExploreState = { ...emptyState(), q: 'x', filters: { theme: ['food', 'housing'], cost: ['free'] } };
  it('removes one value, and the group when it was the last', () => {
    expect(withoutFilter(state, 'theme', 'food').filters).toEqual({ theme: ['housing'], cost: ['free'] });
    expect(withoutFilter(state, 'cost', 'free').filters).toEqual({ theme: ['food', 'housing'] });
  });
  it('clears them all, keeping the words', () => {
    expect(withoutFilter(state)).toEqual({ ...state, filters: {} });
  });
});
