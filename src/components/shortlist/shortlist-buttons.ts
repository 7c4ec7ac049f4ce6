/**
 * Wires every "Add to shortlist" button on a page (ShortlistButton.astro):
 * shows them, toggles the service in the stored shortlist, and says what
 * happened in one status message with a link to the shortlist page.
 */
import { SHORTLIST_PATH, serviceCount, toggleId } from '../../lib/shortlist';
import { onShortlistChange, readShortlist, writeShortlist } from './shortlist-store';

function buttons(): HTMLButtonElement[] {
  return [...document.querySelectorAll<HTMLButtonElement>('button[data-shortlist-id]')];
}

function render(ids: readonly string[]): void {
  for (const button of buttons()) {
    const on = ids.includes(button.dataset.shortlistId ?? '');
    button.toggleAttribute('data-on', on);
    const label = button.querySelector('[data-shortlist-label]');
    if (label) label.textContent = on ? 'Remove from shortlist' : 'Add to shortlist';
  }
}

/**
 * The one status message for the page, made before anything is announced (a
 * live region added at the moment of a change is often not read out).
 */
function statusArea(): { say: (text: string, count: number) => void; show: (count: number) => void } {
  const box = document.createElement('p');
  box.className = 'shortlist-status no-print';
  box.setAttribute('role', 'status');
  const text = document.createElement('span');
  const link = document.createElement('a');
  link.href = SHORTLIST_PATH;
  box.append(text, ' ', link);
  box.hidden = true;
  document.querySelector('main')?.append(box);
  const show = (count: number) => {
    link.textContent = `View your shortlist (${serviceCount(count)})`;
    box.hidden = false;
  };
  return {
    say(message, count) {
      text.textContent = message;
      show(count);
    },
    show,
  };
}

let connected = false;

export function connectShortlistButtons(): void {
  if (connected || !buttons().length) return;
  connected = true;
  const status = statusArea();
  // Kept here as well as in storage, so the page still works if the browser refuses to store it.
  let ids = readShortlist();
  render(ids);
  if (ids.length) status.show(ids.length);
  for (const hint of document.querySelectorAll<HTMLElement>('[data-shortlist-hint]')) hint.hidden = false;
  for (const button of buttons()) {
    button.hidden = false;
    button.addEventListener('click', () => {
      const id = button.dataset.shortlistId ?? '';
      const name = button.dataset.shortlistName ?? 'This service';
      ids = toggleId(ids, id);
      const saved = writeShortlist(ids);
      render(ids);
      const added = ids.includes(id);
      const kept = saved ? '' : ' Your browser is not keeping it, so it will be lost when you leave this page.';
      status.say(`${name} ${added ? 'added to' : 'removed from'} your shortlist.${kept}`, ids.length);
    });
  }
  onShortlistChange((next) => {
    ids = next;
    render(ids);
    status.show(ids.length);
  });
}
