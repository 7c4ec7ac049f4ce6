/**
 * The shortlist in localStorage, shared by the buttons and the shortlist page.
 * Storage can be missing or refuse writes (private browsing, full, blocked):
 * the shortlist then lasts for this page only, and nothing breaks.
 */
import { STORAGE_KEY, idsFromStorage, storageValue } from '../../lib/shortlist';

export function readShortlist(): string[] {
  try {
    return idsFromStorage(window.localStorage.getItem(STORAGE_KEY));
  } catch {
    return [];
  }
}

/** Saves the ids; false when the browser would not keep them. */
export function writeShortlist(ids: readonly string[]): boolean {
  try {
    window.localStorage.setItem(STORAGE_KEY, storageValue(ids));
    return true;
  } catch {
    return false;
  }
}

/** Calls back when another tab changes the shortlist, so every open page agrees. */
export function onShortlistChange(callback: (ids: string[]) => void): void {
  window.addEventListener('storage', (event) => {
    if (event.key === STORAGE_KEY) callback(idsFromStorage(event.newValue));
  });
}
