/**
 * The form side of the explore page: putting a state into the form's fields
 * (from the URL, or after a chip is removed), the counts beside each filter
 * option, and the chips that show and remove active filters.
 */
import { FILTER_NAMES, type FilterName } from '../../lib/search-filters';
import { optionCount, type ExploreState } from '../../lib/explore-state';
import type { FilterCounts } from './pagefind';

const boxes = (root: ParentNode) => [...root.querySelectorAll<HTMLInputElement>('input[type="checkbox"][form="explore-form"]')];

/** The values each filter group offers (its checkboxes): anything else in a URL is ignored. */
export function offeredValues(): Partial<Record<FilterName, Set<string>>> {
  const offered: Partial<Record<FilterName, Set<string>>> = {};
  for (const box of boxes(document)) (offered[box.name as FilterName] ??= new Set()).add(box.value);
  return offered;
}

/** Sets every field of the form (and the filter checkboxes that belong to it) from a state. */
export function fillForm(form: HTMLFormElement, state: ExploreState): void {
  const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
  field('q')!.value = state.q;
  field('place')!.value = state.place;
  field('near')!.value = state.near ? `${state.near.lat},${state.near.lng}` : '';
  field('radius')!.value = state.radius ? String(state.radius) : '';
  field('view')!.value = state.view === 'map' ? 'map' : '';
  for (const box of boxes(document)) box.checked = state.filters[box.name as FilterName]?.includes(box.value) ?? false;
}

/** The words a filter value is shown with: its checkbox's label. */
export function filterLabel(name: string, value: string): string {
  const box = document.getElementById(`filter-${name}-${value}`);
  return box?.parentElement?.querySelector('[data-label]')?.textContent ?? value;
}

export function legendOf(name: string): string {
  return document.querySelector(`[data-filter-group="${name}"] .filter-group__legend`)?.textContent ?? name;
}

/**
 * "(12)" beside each option; how many are ticked beside each group and on the
 * Filters heading. Pagefind counts before the distance limit (it knows no
 * places), so with a radius in force a note says the numbers include places beyond it.
 */
export function showCounts(counts: FilterCounts, state: ExploreState, radiusApplied: boolean): void {
  document.querySelector<HTMLElement>('[data-counts-note]')!.hidden = !radiusApplied;
  for (const box of boxes(document)) {
    const n = optionCount(counts, box.name, box.value);
    const slot = box.parentElement!.querySelector('[data-count]')!;
    slot.textContent = `(${n})`;
  }
  let active = 0;
  for (const name of FILTER_NAMES) {
    const ticked = state.filters[name]?.length ?? 0;
    active += ticked;
    const group = document.querySelector<HTMLDetailsElement>(`[data-filter-group="${name}"]`);
    if (!group) continue;
    group.querySelector('[data-chosen]')!.textContent = ticked ? `(${ticked} chosen)` : '';
  }
  document.querySelector('[data-active-count]')!.textContent = active ? `(${active} chosen)` : '';
}

/** Opens the groups that have ticks, so a shared link shows what it filters by. */
export function openChosenGroups(state: ExploreState): void {
  for (const name of FILTER_NAMES) {
    const group = document.querySelector<HTMLDetailsElement>(`[data-filter-group="${name}"]`);
    if (group && state.filters[name]?.length) group.open = true;
  }
}

export interface Chip {
  /** "place", or "<filter>=<value>". */
  key: string;
  /** Visible words, e.g. "Theme: Food and essentials". */
  text: string;
  remove(): void;
}

export function chipsFor(state: ExploreState, removeFilter: (name: FilterName, value: string) => void, removePlace: () => void): Chip[] {
  const chips: Chip[] = [];
  if (state.place || state.near) {
    const where = state.place ? `Near ${state.place.toUpperCase()}` : 'Near your location';
    chips.push({ key: 'place', text: state.radius ? `${where}, within ${state.radius} ${state.radius === 1 ? 'mile' : 'miles'}` : where, remove: removePlace });
  }
  for (const name of FILTER_NAMES) {
    for (const value of state.filters[name] ?? []) {
      chips.push({ key: `${name}=${value}`, text: `${legendOf(name)}: ${filterLabel(name, value)}`, remove: () => removeFilter(name, value) });
    }
  }
  return chips;
}

/**
 * Draws the chips. Removing one moves focus to the chip that takes its place
 * (or "Clear all", or the results) so a keyboard user is never dropped at the
 * top of the page.
 */
export function renderChips(box: HTMLElement, chips: Chip[], focusIndex?: number): void {
  const list = box.querySelector('ul')!;
  list.replaceChildren(
    ...chips.map((chip) => {
      const li = document.createElement('li');
      const button = li.appendChild(document.createElement('button'));
      button.type = 'button';
      button.append(Object.assign(document.createElement('span'), { className: 'visually-hidden', textContent: 'Remove ' }), chip.text);
      const x = button.appendChild(document.createElement('span'));
      x.className = 'chip__x';
      x.setAttribute('aria-hidden', 'true');
      x.textContent = '×';
      button.addEventListener('click', () => chip.remove());
      return li;
    }),
  );
  box.hidden = chips.length === 0;
  if (focusIndex === undefined) return;
  const buttons = list.querySelectorAll('button');
  const target = buttons[Math.min(focusIndex, buttons.length - 1)] ?? (chips.length ? box.querySelector<HTMLElement>('#explore-clear') : null);
  (target ?? document.getElementById('explore-results'))?.focus();
}
