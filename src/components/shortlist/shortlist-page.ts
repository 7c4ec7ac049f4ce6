/**
 * The shortlist page: reads the ids (from a share link, else from this
 * browser), fetches the one compact services file, and lays each service out
 * from the page's <template>. Text goes in with textContent only, so nothing in
 * the data can become markup.
 *
 * Focus: after removing a service, focus moves to the summary line (which says
 * how many are left), not to the top of the page, so a keyboard or screen
 * reader user keeps their place.
 */
import { SHARE_PARAM, SHORTLIST_PATH, cleanIds, shortlistDataPath, shortlistFileOf, idsFromShareParam, serviceCount, sharePath, type ShortlistService } from '../../lib/shortlist';
import { readShortlist, writeShortlist, onShortlistChange } from './shortlist-store';

type Services = Record<string, ShortlistService>;

const $ = <T extends Element>(root: ParentNode, selector: string) => root.querySelector<T>(selector);

function fill(item: DocumentFragment, service: ShortlistService, index: number): void {
  const field = (name: string) => $<HTMLElement>(item, `[data-field="${name}"]`);
  const link = (name: string, text: string, href: string) => {
    const a = field(name) as HTMLAnchorElement | null;
    if (a) { a.textContent = text; a.href = href; }
  };
  link('name', service.name, service.url);
  link('organisation', service.organisation, service.organisationUrl);
  const text: Record<string, string | undefined> = {
    status: service.status && `${service.status}: check with ${service.organisation} before you go.`,
    summary: service.summary,
    eligibility: service.eligibility,
    ages: service.ages,
    cost: service.cost,
    delivery: service.delivery,
    access: service.access,
    removeName: ` ${service.name}`,
  };
  for (const [name, value] of Object.entries(text)) {
    const el = field(name);
    if (!el) continue;
    el.textContent = value ?? '';
    if (value) el.hidden = false;
  }
  if (!service.eligibility) $(item, '[data-row="eligibility"]')?.remove();

  const contact: { text: string; href: string }[] = [];
  if (service.contact.phone) contact.push({ text: `Phone ${service.contact.phone}`, href: `tel:${service.contact.phone.replace(/\s+/g, '')}` });
  if (service.contact.email) contact.push({ text: service.contact.email, href: `mailto:${service.contact.email}` });
  // Shown without https:// (as on the organisation's page); a printout adds the full address after it.
  if (service.contact.website) contact.push({ text: service.contact.website.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, ''), href: service.contact.website });
  const lists: Record<string, (string | { text: string; href: string })[]> = { when: service.when, where: service.where, contact };
  for (const [name, values] of Object.entries(lists)) {
    const ul = $<HTMLUListElement>(item, `[data-list="${name}"]`);
    if (!ul) continue;
    if (!values.length) { $(item, `[data-row="${name}"]`)?.remove(); continue; }
    for (const value of values) {
      const li = document.createElement('li');
      if (typeof value === 'string') li.textContent = value;
      else {
        const a = document.createElement('a');
        a.href = value.href;
        a.textContent = value.text;
        li.append(a);
      }
      ul.append(li);
    }
  }

  const notesId = `notes-${index}`;
  const label = $<HTMLLabelElement>(item, '[data-notes-label]');
  const notes = $<HTMLTextAreaElement>(item, '[data-notes]');
  const printed = $<HTMLElement>(item, '[data-notes-print]');
  if (label && notes && printed) {
    label.htmlFor = notesId;
    label.textContent = `Your notes on ${service.name}`;
    notes.id = notesId;
    // The printout shows what was typed, above lines to write on.
    notes.addEventListener('input', () => { printed.textContent = notes.value; });
  }
}

export function startShortlistPage(): void {
  const page = $<HTMLElement>(document, '[data-shortlist-page]');
  const found = { item: $<HTMLTemplateElement>(document, '#shortlist-item-template'), missing: $<HTMLTemplateElement>(document, '#shortlist-missing-template') };
  if (!page || !found.item || !found.missing) return;
  const template = found.item;
  const missingTemplate = found.missing;
  $(document, '[data-shortlist-nojs]')?.remove();
  page.hidden = false;

  const el = <T extends HTMLElement = HTMLElement>(name: string) => $<T>(page, `[data-${name}]`)!;
  const summary = el('summary');
  const list = el<HTMLOListElement>('items');
  const shareLink = el<HTMLInputElement>('share-link');

  const params = new URLSearchParams(window.location.search);
  const shared = params.has(SHARE_PARAM);
  let ids = shared ? idsFromShareParam(params.get(SHARE_PARAM)) : readShortlist();
  let services: Services | undefined;

  const absolute = (path: string) => new URL(path, window.location.origin).href;

  function save(next: string[]): void {
    ids = cleanIds(next);
    if (shared) window.history.replaceState(null, '', sharePath(ids));
    else writeShortlist(ids);
  }

  function render(): void {
    list.replaceChildren();
    ids.forEach((id, index) => {
      const service = services?.[id];
      const item = (service ? template : missingTemplate).content.cloneNode(true) as DocumentFragment;
      if (service) fill(item, service, index);
      else $(item, '[data-field="missing"]')!.textContent = `A service on this shortlist (“${id}”) is no longer in the directory.`;
      $(item, '[data-remove]')!.addEventListener('click', () => {
        save(ids.filter((i) => i !== id));
        render();
        summary.focus();
      });
      list.append(item);
    });
    const whose = shared ? 'on this shared shortlist' : 'on your shortlist';
    summary.textContent = ids.length ? `${serviceCount(ids.length)} ${whose}.` : '';
    el('empty').hidden = ids.length > 0;
    el('actions').hidden = ids.length === 0;
    el('share').hidden = ids.length === 0;
    el('shared').hidden = !shared || ids.length === 0;
    shareLink.value = absolute(sharePath(ids));
    el('printed').textContent = `Shortlist of ${serviceCount(ids.length)}, printed on ${new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' })}. To see it online: ${shareLink.value}`;
  }

  el('print').addEventListener('click', () => window.print());
  el('clear').addEventListener('click', () => {
    if (!window.confirm('Remove every service from this shortlist?')) return;
    save([]);
    render();
    summary.textContent = 'The shortlist is now empty.';
    summary.focus();
  });
  el('keep').addEventListener('click', () => {
    writeShortlist(cleanIds([...readShortlist(), ...ids]));
    window.location.assign(SHORTLIST_PATH);
  });
  el('copy').addEventListener('click', async () => {
    shareLink.select();
    try {
      await navigator.clipboard.writeText(shareLink.value);
      summary.textContent = 'Link copied. Paste it into an email or message.';
    } catch {
      summary.textContent = 'Could not copy the link: it is selected, so copy it with your keyboard or menu.';
    }
  });
  const files = Number(page.dataset.files) || 1;
  const loaded = new Set<number>();
  /** Fetches the data files the current ids need and has not fetched yet, then draws the list. */
  function loadAndRender(): void {
    const needed = [...new Set(ids.map((id) => shortlistFileOf(id, files)))].filter((file) => !loaded.has(file));
    if (!needed.length) {
      render();
      return;
    }
    summary.textContent = 'Loading your shortlist…';
    loadServices(needed)
      .then((data) => {
        needed.forEach((file) => loaded.add(file));
        services = { ...services, ...data };
        render();
      })
      .catch(() => {
        summary.textContent = '';
        const error = el('error');
        error.textContent = 'The details of the services could not be loaded. Check your connection and reload the page.';
        error.hidden = false;
      });
  }
  // A service added in another tab may be in a file not fetched yet.
  if (!shared) onShortlistChange((next) => { ids = next; loadAndRender(); });
  loadAndRender();
}

/** The services in these data files (see shortlistFileOf), fetched together. */
async function loadServices(files: readonly number[]): Promise<Services> {
  const parts = await Promise.all(
    files.map(async (file) => {
      const response = await fetch(shortlistDataPath(file));
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return (await response.json()) as Services;
    }),
  );
  return Object.assign({}, ...parts) as Services;
}
