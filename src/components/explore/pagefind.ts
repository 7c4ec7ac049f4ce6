/**
 * Pagefind's browser API, loaded at runtime from the built site. The path is
 * in a variable with @vite-ignore so Vite never tries to bundle it (it only
 * exists after the search index is built); a missing index resolves to null.
 */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
export interface PagefindResult {
  /** The id of the result's stored fragment; explore-keys.json maps it to a map record. */
  id: string;
  data(): Promise<PagefindResultData>;
}
/** Counts per filter value: { theme: { food: 12, … }, … }. */
export type FilterCounts = Record<string, Record<string, number>>;
export interface PagefindSearch {
  results: PagefindResult[];
  /** Counts among these results. */
  filters: FilterCounts;
}
export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string | null, options?: { filters?: Record<string, unknown> }): Promise<PagefindSearch | null>;
  /** Loads every filter index and returns the counts over all pages. */
  filters(): Promise<FilterCounts>;
}

let loading: Promise<Pagefind | null> | undefined;

export function loadPagefind(bundlePath = '/pagefind/'): Promise<Pagefind | null> {
  loading ??= (async () => {
    try {
      const pagefind: Pagefind = await import(/* @vite-ignore */ `${bundlePath}pagefind.js`);
      await pagefind.options({ bundlePath, excerptLength: 24 });
      await pagefind.init();
      // Searches only count filter values whose index is loaded: load them all once, up front.
      await pagefind.filters();
      return pagefind;
    } catch (error) {
      console.warn('Search index not available:', error);
      return null;
    }
  })();
  return loading;
}
