/**
 * Rewrites content files exactly as Decap CMS would save them, so that a later
 * edit in the CMS shows in Git as that edit alone, and the CMS never asks for a
 * field nobody changed (see decap-style.ts and cms-checks.ts).
 *
 *   npm exec -- tsx admin/tools/format-content.ts          rewrite the files that differ
 *   npm exec -- tsx admin/tools/format-content.ts --check  list them; exit 1 if any
 *
 * A file is only rewritten when the site reads the new text as exactly the same
 * entry (the same schema, the same values after defaults); otherwise it is left
 * alone and named, because then the rewrite would change what the site shows.
 */
import { writeFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { resolve } from 'node:path';
import matter from 'gray-matter';
import jsYaml from 'js-yaml';
import { buildSchemas, type CollectionName } from '../../src/schemas';
import { loadSettings } from '../../src/lib/settings';
import { contentFilesOutOfStyle } from './content-style';

const root = resolve(process.env.CONTENT_DIR || 'content');
const check = process.argv.includes('--check');
const { site, taxonomy } = loadSettings(root);
const schemas = buildSchemas(site, taxonomy);

/** The entry as the site builds it: front matter read as Astro reads it, then the collection's schema. */
function siteReading(file: string, text: string): unknown {
  if (file.endsWith('.json')) return JSON.parse(text);
  const { data, content } = matter(text, { engines: { yaml: (s: string) => jsYaml.load(s) as object } });
  const parsed = schemas[file.split('/')[0] as CollectionName].safeParse(data);
  return { data: parsed.success ? parsed.data : { invalid: data }, body: content.trim() };
}

const out = contentFilesOutOfStyle(root);
let refused = 0;
for (const { file, path, current, wanted } of out) {
  if (check) {
    console.log(`not as the CMS would save it: content/${file}`);
    continue;
  }
  if (!isDeepStrictEqual(siteReading(file, current), siteReading(file, wanted))) {
    refused++;
    console.error(`left alone (rewriting would change what the site shows): content/${file}`);
    continue;
  }
  writeFileSync(path, wanted);
  console.log(`rewritten: content/${file}`);
}
if (check && out.length) {
  console.log(`\n${out.length} file(s) would be rewritten in full by the CMS's next save. Run: npm exec -- tsx admin/tools/format-content.ts`);
  process.exitCode = 1;
}
if (!check && !out.length) console.log("Every content file is already as the CMS would save it.");
if (refused) process.exitCode = 1;
