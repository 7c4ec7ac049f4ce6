/**
 * How the CMS's relation fields cope with a large directory: copies content/ to a
 * temporary Git repository, adds N made-up organisations, runs decap-server on it,
 * and times in Chromium (on the built site's CMS):
 *
 *   - opening a grant until its recipient's name shows (the organisations loaded);
 *   - searching for a recipient: from the last key typed to the match in the list.
 *
 *   npm run build && npm exec -- tsx admin/tools/measure-relations.ts [N=1200]
 *
 * (DIST_DIR picks another build.) Results are printed; the README's "Relations that
 * scale" section records what was found. Nothing in content/ is touched.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from '../../tests/support/browser';
import { distDir } from '../../tests/support/paths';
import { makeTempRepo, pointCmsAt, signIn, startCmsSite, startDecapServer } from '../../tests/e2e/cms-backend';

const count = Number(process.argv[2] ?? 1200);
const GRANT = '360g-bne-cif-r1-02';

const repo = makeTempRepo();
const folder = join(repo.dir, 'content/organisations');
const real = readdirSync(folder).map((name) => readFileSync(join(folder, name), 'utf8'));
const words = ['Oak', 'Cedar', 'Willow', 'Heath', 'Brook', 'Meadow', 'Hill', 'Vale', 'Green', 'Park', 'Lane', 'Court'];
const kinds = ['Community Trust', 'Youth Club', 'Food Bank', 'Carers Group', 'Arts Collective', 'Residents Association', 'Sports Club', 'Faith Group'];
const nameOf = (i: number) => `${words[i % 12]} ${words[Math.floor(i / 12) % 12]} ${kinds[i % 8]} ${String(i).padStart(4, '0')}`;
// Real entries as templates, so each made-up one is as large as a real one (services, places).
for (let i = 0; i < count; i++)
  writeFileSync(join(folder, `synthetic-${String(i).padStart(4, '0')}.md`), real[i % real.length].replace(/^name: .*$/m, `name: ${nameOf(i)}`));
repo.git('add', '.');
repo.git('commit', '--quiet', '-m', `${count} made-up organisations`);

const decap = await startDecapServer(repo.dir, 'git');
const site = await startCmsSite(distDir(), decap.port);
const browser = await launchBrowser();
try {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  await pointCmsAt(context, site.origin);
  const page = await context.newPage();
  await signIn(page, site.origin);

  let start = Date.now();
  await page.goto(`${site.origin}/admin/#/collections/grants/entries/${GRANT}`);
  await page.locator('[id^="title-field-"]').first().waitFor({ timeout: 120_000 });
  const form = Date.now() - start;
  const recipient = page.locator('[id^="recipient-field-"]').first();
  // The recipient's name, not its id, shows once the organisations are loaded.
  await page.getByText('Community Focus Inclusive Arts', { exact: true }).first().waitFor({ timeout: 120_000 });
  const named = Date.now() - start;

  const target = nameOf(2); // "Willow Oak Food Bank 0002"
  await recipient.click();
  await recipient.pressSequentially(target.split(' ').slice(0, 3).join(' '));
  start = Date.now();
  await page.getByRole('option', { name: target, exact: true }).waitFor({ timeout: 120_000 });
  const search = Date.now() - start;
  const offered = await page.getByRole('option').count();

  console.log(`${real.length + count} organisations (${count} made up):`);
  console.log(`  grant form shown:                  ${(form / 1000).toFixed(1)} s`);
  console.log(`  recipient's name shown:            ${(named / 1000).toFixed(1)} s`);
  console.log(`  search, last key to the match:     ${(search / 1000).toFixed(1)} s (${offered} options listed)`);
} finally {
  await browser.close();
  await site.close();
  await decap.stop();
  repo.remove();
}
