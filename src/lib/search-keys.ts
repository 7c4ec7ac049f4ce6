/**
 * The join between Pagefind results and map records (explore-keys.json in the
 * index folder, written by scripts/search-index.ts). A Pagefind result's id is
 * the id of its stored fragment; only the fragment knows its url, and fetching
 * it costs a request per result. This file lists, for each record of
 * /data/points.json in order, the id of its result, with the language prefix
 * all ids share written once to keep the file small.
 */
import { normaliseUrl } from './geo';

export interface KeysFile {
  /** Shared start of every id, e.g. "en_". */
  prefix: string;
  /** ids[i] is the Pagefind id of records[i]'s result without the prefix; null if it is not in the index. */
  ids: (string | null)[];
}

export interface FragmentUrl {
  id: string;
  url: string;
}

function commonPrefix(ids: string[]): string {
  if (!ids.length) return '';
  const underscore = ids[0].indexOf('_');
  const prefix = underscore >= 0 ? ids[0].slice(0, underscore + 1) : '';
  return ids.every((id) => id.startsWith(prefix)) ? prefix : '';
}

/** Builds the keys file from the records' urls and every fragment's id and url. */
export function keysFile(recordUrls: string[], fragments: FragmentUrl[]): KeysFile {
  const idByUrl = new Map(fragments.map((f) => [normaliseUrl(f.url), f.id]));
  const prefix = commonPrefix(fragments.map((f) => f.id));
  return {
    prefix,
    ids: recordUrls.map((url) => idByUrl.get(normaliseUrl(url))?.slice(prefix.length) ?? null),
  };
}

/** Pagefind result id → record index, for the browser. */
export function recordIndexById(keys: KeysFile): Map<string, number> {
  const map = new Map<string, number>();
  keys.ids.forEach((id, i) => {
    if (id) map.set(`${keys.prefix}${id}`, i);
  });
  return map;
}
