/**
 * `npm run postcodes -- FILE.csv [--out DIR] [--la CODE]`
 *
 * Builds the optional static postcode table from an ONS Postcode Directory
 * (ONSPD) extract: the area's live postcodes (local authority from
 * content/settings/site.json, or --la), one JSON file per outward code in
 * public/data/postcodes/ (or --out). Then set "static_table": true under
 * "geocoder" in site.json so the explore page looks there first.
 *
 * The full ONSPD is over a gigabyte: it is read as a stream, never whole.
 * Do not commit a big table; build it where the site is built.
 */
import { createReadStream, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'csv-parse';
import { POSTCODE_TABLE_PATH } from '../src/lib/explore-config';
import { buildShards, localAuthorityColumn, PostcodeTableError } from '../src/lib/postcode-table';
import { loadSettings } from '../src/lib/settings';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { out: { type: 'string' }, la: { type: 'string' } } });
const file = positionals[0];
if (!file) {
  console.error('Usage: npm run postcodes -- FILE.csv [--out DIR] [--la E09000003]');
  process.exit(1);
}
const out = resolve(values.out ?? join('public', POSTCODE_TABLE_PATH));
const laCode = values.la ?? loadSettings().site.local_authority_code;

async function* rows(): AsyncGenerator<Record<string, string>> {
  const parser = createReadStream(file).pipe(parse({ columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()), skip_empty_lines: true, bom: true }));
  for await (const row of parser) yield row as Record<string, string>;
}

async function main() {
  const collected: Record<string, string>[] = [];
  let laColumn: string | undefined;
  for await (const row of rows()) {
    laColumn ??= localAuthorityColumn(Object.keys(row));
    // Keep only the area's rows in memory: the whole country is millions of them.
    if (row[laColumn] === laCode) collected.push(row);
  }
  if (!laColumn) throw new PostcodeTableError(`${file} has no rows.`);
  const shards = buildShards(collected, laColumn, laCode);
  if (!shards.length) throw new PostcodeTableError(`${file} has no live postcodes in local authority ${laCode} (column ${laColumn}).`);
  mkdirSync(out, { recursive: true });
  // Replace the last table: only files this script writes (e.g. N3.json) are removed.
  for (const old of readdirSync(out).filter((f) => /^[A-Z0-9]+\.json$/.test(f))) rmSync(join(out, old));
  for (const shard of shards) writeFileSync(join(out, `${shard.outward}.json`), JSON.stringify(shard));
  const count = shards.reduce((n, s) => n + Object.keys(s.postcodes).length, 0);
  console.log(`postcodes: ${count} postcodes in ${shards.length} outward codes for ${laCode} written to ${out}`);
}

main().catch((error: unknown) => {
  console.error(`postcodes: ${error instanceof PostcodeTableError ? error.message : String(error)}`);
  process.exit(1);
});
