/**
 * How the CMS's relation fields cope with a large directory: copies content/ to a
 * temporary Git repository, adds N made-up organisations, runs decap-server (Git
 * mode, as `npm start` on a clean checkout) on it, and times in Chromium, on the
 * built site's CMS:
 *
 *   - opening a grant until its form shows, and until its recipient's name shows
 *     (the organisations read once);
 *   - one full read of the organisations from decap-server (the request Decap's
 *     own relation widget repeats for every new search term: decap-cms-core's
 *     backend.query calls listAllEntries each time);
 *   - searching for a recipient with admin/widgets/quick-relation.tsx: from the
 *     last key typed to the match in the list (this includes the widget's 500 ms
 *     pause after typing), twice, with different words.
 *
 *   npm run build && npm exec -- tsx admin/tools/measure-relations.ts [N=1200] [--stock]
 *
 * --stock measures Decap's own relation widget instead (/admin/?stock-relations).
 *
 * (DIST_DIR picks another build.) Results are printed; the README's "Relations that
 * scale" section records what was found. Nothing in content/ is touched.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from '../../tests/support/browser';
import { distDir } from '../../tests/support/paths';
import { makeTempRepo, pointCmsAt, signIn, startCmsSite, startDecapServer } from '../../tests/e2e/cms-backend';

const count = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 1200);
// --stock: Decap's own relation widget (/admin/?stock-relations), to compare.
const stock = process.argv.includes('--stock');
const GRANT = '360g-bne-cif-r1-02';

const dist = distDir(); // first, so a missing build leaves nothing half-started
const repo = makeTempRepo();
const folder = join(repo.dir, 'content/organisations');
const real = readdirSync(folder).map((name) => readFileSync(join(folder, name), 'utf8'));
const words = ['Oak', 'Cedar', 'Willow', 'Heath', 'Brook', 'Meadow', 'Hill', 'Vale', 'Green', 'Park', 'Lane', 'Court'];
const kinds = ['Community Trust', 'Youth Club', 'Food Bank', 'Carers Group', 'Arts Collective', 'Residents Association', 'Sports Club', 'Faith Group'];
const nameOf = (i: number) => `${words[i % 12]} ${words[Math.floor(i / 12) % 12]} ${kinds[i % 8]} ${String(i).padStart(4, '0')}`;
// Real entries as templates, so each made-up one is as large as a real one (services, places).
for (let i = 0; i < count; i++)
  writeFileSync(join(folder, `synthetic-${String(i).padStart(4, '0')}.md`), real[i % real.length].replace(/^name: .*$/m, `name: ${nameOf(i)}`));
if (count > 0) {
  repo.git('add', '.');
  repo.git('commit', '--quiet', '-m', `${count} made-up organisations`);
}

const decap = await startDecapServer(repo.dir, 'git');
const site = await startCmsSite(dist, decap.port);
const browser = await launchBrowser();
try {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  await pointCmsAt(context, site.origin);
  const page = await context.newPage();
  await signIn(page, site.origin);
  // Every full read of the organisations decap-server answers, and how long each took.
  const reads: number[] = [];
  const sent = new Map<object, number>();
  page.on('request', (r) => {
    if (r.url().endsWith('/api/v1') && /"action":"entriesByFolder".*"folder":"content\/organisations"/.test(r.postData() ?? '')) sent.set(r, Date.now());
  });
  page.on('requestfinished', (r) => {
    const at = sent.get(r);
    if (at !== undefined) reads.push(Date.now() - at);
  });

  // A fresh load of the CMS (still signed in), as an editor following a link.
  await page.goto('about:blank');
  let start = Date.now();
  await page.goto(`${site.origin}/admin/${stock ? '?stock-relations' : ''}#/collections/grants/entries/${GRANT}`);
  await page.locator('[id^="title-field-"]').first().waitFor({ timeout: 120_000 });
  const form = Date.now() - start;
  const recipient = page.locator('[id^="recipient-field-"]').first();
  // The recipient's name, not its id, shows once the organisations are loaded.
  await page.getByText('Community Focus Inclusive Arts', { exact: true }).first().waitFor({ timeout: 120_000 });
  const named = Date.now() - start;

  /** Types a made-up name into the recipient field; ms from the last key to its option. */
  async function search(i: number) {
    const target = nameOf(i);
    await recipient.click();
    await recipient.press('Control+a');
    await recipient.press('Backspace');
    await recipient.pressSequentially(target);
    const at = Date.now();
    await page.getByRole('option', { name: target, exact: true }).waitFor({ timeout: 120_000 });
    const ms = Date.now() - at;
    const offered = await page.getByRole('option').count();
    await page.keyboard.press('Escape');
    return { ms, offered };
  }
  const searches = count > 0 ? [await search(2), await search(count - 1)] : [];

  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  console.log(`${real.length + count} organisations (${count} made up), ${stock ? "Decap's own relation widget" : 'quick-relation'}, ${new Date().toISOString()}:`);
  console.log(`  grant form shown:                  ${s(form)}`);
  console.log(`  recipient's name shown:            ${s(named)}`);
  console.log(`  full reads of organisations:       ${reads.length} (${reads.map(s).join(', ')})`);
  for (const { ms, offered } of searches) console.log(`  search, last key to the match:     ${s(ms)} (${offered} options listed)`);
} finally {
  await browser.close();
  await site.close();
  await decap.stop();
  repo.remove();
}
