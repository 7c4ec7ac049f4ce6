/**
 * Pagefind's browser API, loaded at runtime from the built site. The path is
 * in a variable with @vite-ignore so Vite never tries to bundle it (it only
 * exists after `pagefind --site`); a missing index resolves to null.
 */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: { title: string; url: string; excerpt: string }[];
}
export interface PagefindSearch {
  results: { id: string; data(): Promise<PagefindResultData> }[];
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string | null, options?: Record<string, unknown>): Promise<PagefindSearch>;
  preload(query: string): Promise<void>;
}

let loading: Promise<Pagefind | null> | undefined;

export function loadPagefind(bundlePath = '/pagefind/'): Promise<Pagefind | null> {
  loading ??= (async () => {
    try {
      const pagefind: Pagefind = await import(/* @vite-ignore */ `${bundlePath}pagefind.js`);
      await pagefind.options({ bundlePath, excerptLength: 24 });
      await pagefind.init();
      return pagefind;
    } catch (error) {
      console.warn('Search index not available:', error);
      return null;
    }
  })();
  return loading;
}
