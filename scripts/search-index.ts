/**
 * Builds the search index after `astro build` (it replaces `pagefind --site`):
 *
 *   1. every built page marked data-pagefind-body, as Pagefind would anyway;
 *   2. one custom record per service (/explore/search-records.json, written by
 *      the build and deleted here), so a service is a result with its own filters;
 *   3. explore-keys.json in the index folder: for each record in
 *      /data/points.json, the Pagefind id of its result. The explore page uses
 *      it to place every result on the map and sort by distance without
 *      fetching each result's details (one request per result) first.
 *
 * Usage: tsx scripts/search-index.ts [--site dist] [--output-path dist/pagefind]
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import type { PointsFile } from '../src/lib/geo';
import { SEARCH_LANGUAGE, type SearchRecord } from '../src/lib/search-meta';
import { keysFile, type FragmentUrl } from '../src/lib/search-keys';

const { values } = parseArgs({ options: { site: { type: 'string' }, 'output-path': { type: 'string' } } });
const site = resolve(values.site ?? process.env.OUT_DIR ?? 'dist');
const output = resolve(values['output-path'] ?? join(site, 'pagefind'));
const RECORDS = join(site, 'explore', 'search-records.json');
const POINTS = join(site, 'data', 'points.json');

function fail(message: string): never {
  console.error(`search-index: ${message}`);
  process.exit(1);
}

/** Every fragment's id and url: single fragments are files named by id; grouped ones are keyed by id inside a group file. */
function fragmentUrls(dir: string): FragmentUrl[] {
  const MAGIC = 'pagefind_dcd';
  return readdirSync(dir)
    .filter((f) => f.endsWith('.pf_fragment'))
    .flatMap((file) => {
      const text = gunzipSync(readFileSync(join(dir, file))).toString('utf8');
      const json = JSON.parse(text.startsWith(MAGIC) ? text.slice(MAGIC.length) : text) as { url?: string } | Record<string, { url: string }>;
      if (typeof json.url === 'string') return [{ id: file.replace(/\.pf_fragment$/, ''), url: json.url }];
      return Object.entries(json as Record<string, { url: string }>).map(([id, f]) => ({ id, url: f.url }));
    });
}

async function main() {
  if (!existsSync(join(site, 'index.html'))) fail(`no built site at ${site}: run astro build first`);
  const { index, errors } = await pagefind.createIndex({ forceLanguage: SEARCH_LANGUAGE });
  if (!index) fail(errors.join('; '));

  const pages = await index.addDirectory({ path: site });
  if (pages.errors.length) fail(pages.errors.join('; '));

  const records: SearchRecord[] = existsSync(RECORDS) ? JSON.parse(readFileSync(RECORDS, 'utf8')) : [];
  for (const record of records) {
    const added = await index.addCustomRecord(record);
    if (added.errors.length) fail(`record ${record.url}: ${added.errors.join('; ')}`);
  }
  const written = await index.writeFiles({ outputPath: output });
  if (written.errors.length) fail(written.errors.join('; '));
  await pagefind.close();
  rmSync(RECORDS, { force: true });

  let joined = 0;
  if (existsSync(POINTS)) {
    const points = JSON.parse(readFileSync(POINTS, 'utf8')) as PointsFile;
    const keys = keysFile(points.records.map((r) => r.url), fragmentUrls(join(output, 'fragment')));
    writeFileSync(join(output, 'explore-keys.json'), JSON.stringify(keys));
    joined = keys.ids.filter(Boolean).length;
  }
  // Pagefind's own count of what it indexed (pages with data-pagefind-body, and the service records).
  const entry = JSON.parse(readFileSync(join(output, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  const indexed = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
  console.log(`search-index: Indexed ${indexed} pages (${indexed - records.length} site pages, ${records.length} services) in ${output}; ${joined} map records joined to results.`);
}

await main();
