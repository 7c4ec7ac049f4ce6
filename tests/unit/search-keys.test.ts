/** Joining Pagefind result ids to map records without fetching each result. */
import { describe, expect, it } from 'vitest';
import { keysFile, recordIndexById } from '../../src/lib/search-keys';

describe('the keys file', () => {
  const fragments = [
    { id: 'en_aaa1111', url: '/directory/hub/' },
    { id: 'en_bbb2222', url: '/directory/hub/#service-bank' },
    { id: 'en_ccc3333', url: '/funding/' },
  ];

  it('lists each record\'s result id in record order, the shared prefix once, null where a record is not indexed', () => {
    expect(keysFile(['/directory/hub/#service-bank', '/directory/gone/', '/directory/hub/'], fragments)).toEqual({
      prefix: 'en_',
      ids: ['bbb2222', null, 'aaa1111'],
    });
  });

  it('reads back as result id → record index', () => {
    const keys = keysFile(['/directory/hub/#service-bank', '/directory/gone/', '/directory/hub/'], fragments);
    expect([...recordIndexById(keys)]).toEqual([['en_bbb2222', 0], ['en_aaa1111', 2]]);
  });
});
