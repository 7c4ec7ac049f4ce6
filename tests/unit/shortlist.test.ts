/** The shortlist kept in the browser and the share link that rebuilds it elsewhere. */
import { describe, expect, it } from 'vitest';
import { MAX_SHORTLIST, SERVICES_PER_FILE, shortlistFileCount, shortlistFileOf, splitIntoFiles, type ShortlistService, cleanIds, idsFromShareParam, idsFromStorage, serviceCount, sharePath, storageValue, toggleId } from '../../src/lib/shortlist';
import { SLUG_PATTERN } from '../../src/schemas/fields';

describe('share links', () => {
  it('round-trip: the link made from a shortlist gives back the same services in the same order', () => {
    const ids = ['lunch-club', 'age-uk-barnet-befriending', 'food-bank-2'];
    const path = sharePath(ids);
    expect(path).toBe('/shortlist/?s=lunch-club,age-uk-barnet-befriending,food-bank-2');
    expect(idsFromShareParam(new URL(path, 'https://x.example').searchParams.get('s'))).toEqual(ids);
  });

  it('is the plain shortlist page when there is nothing to share', () => {
    expect(sharePath([])).toBe('/shortlist/');
  });

  it('ignores anything that is not a service id, repeats, and blanks', () => {
    expect(idsFromShareParam(' Lunch-Club ,,<script>,lunch-club,../x,a b,food')).toEqual(['lunch-club', 'food']);
    expect(idsFromShareParam(null)).toEqual([]);
  });

  it('accepts exactly what the content schema accepts as an id', () => {
    for (const id of ['a', 'a-1', '1-2-3', 'a--b', '-a', 'a-', 'A']) {
      expect(cleanIds([id]).length === 1, id).toBe(SLUG_PATTERN.test(id.toLowerCase()));
    }
  });

  it(`keeps at most ${MAX_SHORTLIST} services, so a crafted link cannot build a huge page`, () => {
    const many = Array.from({ length: MAX_SHORTLIST + 10 }, (_, i) => `s${i}`).join(',');
    expect(idsFromShareParam(many)).toHaveLength(MAX_SHORTLIST);
  });
});

describe('the stored shortlist', () => {
  it('reads back what was written', () => {
    expect(idsFromStorage(storageValue(['b', 'a']))).toEqual(['b', 'a']);
  });

  it('is empty, not an error, when missing or damaged', () => {
    for (const raw of [null, '', '{', '[]', '{"ids":"a"}', 'null', '{"ids":[1,2]}']) expect(idsFromStorage(raw), String(raw)).toEqual([]);
  });

  it('adds a service at the end, and takes it out when toggled again', () => {
    expect(toggleId(['a'], 'b')).toEqual(['a', 'b']);
    expect(toggleId(['a', 'b'], 'a')).toEqual(['b']);
  });
});

describe('counts', () => {
  it('say "service" for one', () => {
    expect([0, 1, 2].map(serviceCount)).toEqual(['0 services', '1 service', '2 services']);
  });
});

describe('the data files', () => {
  const service = (id: string) => ({ id, name: id, url: `/directory/o/#service-${id}` }) as unknown as ShortlistService;
  const many = Array.from({ length: 2000 }, (_, i) => service(`organisation-${i}-service-${i % 7}`));

  it('split the services so each is in exactly one file, the one its id names', () => {
    const files = splitIntoFiles(many);
    expect(files).toHaveLength(shortlistFileCount(many.length));
    expect(files.length).toBe(2000 / SERVICES_PER_FILE);
    expect(files.flatMap((f) => Object.keys(f)).sort()).toEqual(many.map((s) => s.id).sort());
    files.forEach((file, n) => { for (const id of Object.keys(file)) expect(shortlistFileOf(id, files.length)).toBe(n); });
  });

  it('are about the same size, so no shortlist downloads a large file', () => {
    const sizes = splitIntoFiles(many).map((f) => Object.keys(f).length);
    expect(Math.max(...sizes)).toBeLessThan(2 * SERVICES_PER_FILE);
  });

  it('are found the same way every time, in the browser and the build (32-bit FNV-1a)', () => {
    // FNV-1a of "a" is 0xe40c292c.
    expect(shortlistFileOf('a', 2 ** 31)).toBe(0xe40c292c % 2 ** 31);
    expect(shortlistFileCount(0)).toBe(1);
    expect(shortlistFileCount(101)).toBe(2);
  });
});
