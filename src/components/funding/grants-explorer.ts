/**
 * /funding/grants/ with JavaScript: filters and sorting over the rows embedded in
 * the page (#grant-rows), the view kept in the query string (a shared address
 * reproduces it), the count of rows shown announced through the role="status"
 * line, and downloads of exactly the rows shown. The table's own <tr> elements
 * are shown, hidden and reordered, never rebuilt, so the HTML stays the one
 * rendering of an award. The view logic lives in src/lib/grants-table.ts, tested
 * in Node; this file only wires it to the page.
 */
import { formatMoney, plural } from '../../lib/format';
import {
  applyView,
  defaultDir,
  exportCsv,
  exportJson,
  FILTER_KEYS,
  queryFromView,
  totalOfRows,
  viewFromQuery,
  type GrantRow,
  type GrantView,
  type SortKey,
} from '../../lib/grants-table';

const root = document.querySelector<HTMLElement>('[data-grants-explorer]');
const payload = document.getElementById('grant-rows');
const table = root?.querySelector<HTMLTableElement>('[data-grants-table]');

if (root && payload && table) {
  const rows = JSON.parse(payload.textContent || '[]') as GrantRow[];
  const form = root.querySelector<HTMLFormElement>('#grant-filters')!;
  const status = root.querySelector<HTMLElement>('#grants-count')!;
  const downloads = root.querySelector<HTMLElement>('[data-downloads]')!;
  const tbody = table.tBodies[0]!;
  const noRows = tbody.querySelector<HTMLTableRowElement>('[data-no-rows]')!;
  const totalLabel = table.querySelector<HTMLElement>('[data-total-label]')!;
  const totalAmount = table.querySelector<HTMLElement>('[data-total-amount]')!;
  const rowElements = new Map([...tbody.querySelectorAll<HTMLTableRowElement>('tr[data-grant]')].map((tr) => [tr.dataset.grant!, tr]));
  const sortHeaders = [...table.querySelectorAll<HTMLTableCellElement>('thead th[data-sort]')];

  let view: GrantView = viewFromQuery(location.search);
  let shown: GrantRow[] = rows;

  // Sortable headings become buttons; aria-sort says which one orders the table.
  for (const th of sortHeaders) {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = th.textContent?.trim() ?? '';
    th.replaceChildren(button);
    button.addEventListener('click', () => {
      const key = th.dataset.sort as SortKey;
      const dir = view.sort === key ? (view.dir === 'asc' ? 'desc' : 'asc') : defaultDir(key);
      update({ ...view, sort: key, dir });
    });
  }

  const controls = () => FILTER_KEYS.map((key) => form.elements.namedItem(key)).filter((el): el is HTMLInputElement | HTMLSelectElement => el !== null);

  function filtersFromForm(): GrantView['filters'] {
    const filters: GrantView['filters'] = {};
    for (const control of controls()) if (control.value.trim()) filters[control.name as keyof GrantView['filters']] = control.value.trim();
    // Parsed back through the query string so a bad amount is dropped just as in a shared address.
    return viewFromQuery(queryFromView({ ...view, filters })).filters;
  }

  function fillForm() {
    for (const control of controls()) control.value = view.filters[control.name as keyof GrantView['filters']] ?? '';
  }

  function render() {
    shown = applyView(rows, view);
    const visible = new Set(shown.map((r) => r.id));
    for (const [id, tr] of rowElements) tr.hidden = !visible.has(id);
    tbody.append(...shown.map((r) => rowElements.get(r.id)!), noRows);
    noRows.hidden = shown.length > 0;

    const total = totalOfRows(shown);
    const withdrawn = total.listed - total.count;
    totalLabel.textContent = `Total: ${plural(total.count, 'award')}${withdrawn > 0 ? ` (${plural(withdrawn, 'withdrawn award')} not counted)` : ''}`;
    totalAmount.textContent = formatMoney(total.amount);
    const filtered = Object.keys(view.filters).length > 0;
    status.textContent =
      shown.length === 0
        ? `No awards match these filters (of ${rows.length}).`
        : `${filtered ? `Showing ${shown.length} of ${plural(rows.length, 'award')}` : `Showing all ${plural(rows.length, 'award')}`}: ${total.count} counted, totalling ${formatMoney(total.amount)}.`;

    for (const th of sortHeaders) {
      if (th.dataset.sort === view.sort) th.setAttribute('aria-sort', view.dir === 'asc' ? 'ascending' : 'descending');
      else th.setAttribute('aria-sort', 'none');
    }
    for (const button of downloads.querySelectorAll('button')) button.disabled = shown.length === 0;
  }

  function update(next: GrantView) {
    view = next;
    history.replaceState(null, '', `${location.pathname}${queryFromView(view)}${location.hash}`);
    render();
  }

  function save(filename: string, type: string, text: string) {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const link = document.createElement('a');
    link.href = url;
    link.download = filename;
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
    // Revoked later: the download may still be reading the blob.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }

  downloads.addEventListener('click', (event) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-download]');
    if (!button) return;
    const name = Object.keys(view.filters).length > 0 ? 'grants-filtered' : 'grants';
    if (button.dataset.download === 'csv') save(`${name}.csv`, 'text/csv;charset=utf-8', exportCsv(shown, location.origin));
    else save(`${name}.json`, 'application/json', exportJson(shown, location.href));
  });

  let typing: ReturnType<typeof setTimeout> | undefined;
  form.addEventListener('change', () => update({ ...view, filters: filtersFromForm() }));
  form.addEventListener('input', (event) => {
    if (!(event.target instanceof HTMLInputElement)) return;
    clearTimeout(typing);
    // Wait for a pause in typing, so the count is announced once, not per key.
    typing = setTimeout(() => update({ ...view, filters: filtersFromForm() }), 400);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typing);
    update({ ...view, filters: filtersFromForm() });
  });
  form.addEventListener('reset', (event) => {
    event.preventDefault();
    update({ ...view, filters: {} });
    fillForm();
  });

  fillForm();
  form.hidden = false;
  downloads.hidden = false;
  render();
}
