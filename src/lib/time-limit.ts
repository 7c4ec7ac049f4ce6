/**
 * Gives up on a promise that never settles. Pagefind's worker throws when a
 * result's fragment fails to download, and the result's data() promise then
 * never resolves: without a limit the page would say "Searching…" for ever.
 */
export class TimedOut extends Error {}

export function withinTime<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimedOut(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
}
