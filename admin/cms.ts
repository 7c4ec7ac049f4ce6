/**
 * Entry of the content manager at /admin/. Bundled by Vite with the site's own
 * React (never a CDN script or a second React). The configuration is read from
 * /admin/config.yml, named by the <link rel="cms-config-url"> in
 * src/pages/admin/index.astro.
 */
// First: in dev, React Fast Refresh needs its preamble before any component module
// runs (Astro adds it only to pages with islands). It is empty in a build.
import '@vitejs/plugin-react/preamble';
import CMS from 'decap-cms-app';
import { fromJS, isKeyed, type Collection } from 'immutable';
import yaml from 'js-yaml';
import config from './config.yml?raw';
import { inFormOrder, type FormField } from './form-order';
import { registerPreviews } from './previews';
import { registerQuickRelation } from './widgets/quick-relation';
import { registerWardsOrBorough } from './widgets/wards-or-borough';

// In `npm start`, every save changes files in content/ (in Git mode twice: the draft
// branch is checked out to commit, then main again), and the search index is rebuilt
// alongside, which rewrites .astro/; Astro's dev server then asks every open page to
// reload. The site's pages should: that is how an edit shows. The CMS itself never
// should: a reload mid-workflow throws the editor out of the entry. Vite passes its
// message to this listener before acting on it, and a reload aimed at another .html
// page is a no-op here. (An edit to the CMS's own code still updates it.)
if (import.meta.hot)
  import.meta.hot.on('vite:beforeFullReload', (payload: { path?: string }) => {
    payload.path = '/admin/not-this-page.html';
  });

// Decap opens an entry once per page load: when the address changes straight from
// one entry to another (Back, Forward, or a typed address), it keeps showing the first
// entry's form under the second's address, and Save writes the first entry. Seen with
// Decap 3.16 (README, "Known limits"); a reload opens the entry the address names.
const entryIn = (hash: string) => /^#\/collections\/[^/]+\/entries\/[^?]+/.exec(hash)?.[0];
let shownEntry = entryIn(window.location.hash);
window.addEventListener('hashchange', () => {
  const next = entryIn(window.location.hash);
  if (shownEntry && next && next !== shownEntry) window.location.reload();
  shownEntry = next;
});

// Save every list item and group with its fields in the form's order, as the content
// files have them, so changing one field changes one line (admin/form-order.ts).
const formFields = new Map(
  (yaml.load(config) as { collections: { name: string; folder?: string; fields?: FormField[] }[] }).collections
    .filter((c) => c.folder && c.fields)
    .map((c) => [c.name, c.fields!]),
);
CMS.registerEventListener({
  name: 'preSave',
  handler: ({ entry }: { entry: Collection<string, unknown> }) => {
    const fields = formFields.get(entry.get('collection') as string);
    if (!fields) return undefined;
    const data = (entry.get('data') as Collection<string, unknown>).toJS();
    // OrderedMaps (not Maps) keep the order when Decap turns the entry back into plain data to write it.
    return fromJS(inFormOrder(data, fields), (_key, value) => (isKeyed(value) ? value.toOrderedMap() : value.toList()));
  },
} as never);

registerQuickRelation();
registerWardsOrBorough();
registerPreviews();
CMS.init();
