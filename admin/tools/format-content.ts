/**
 * Rewrites content files in the exact style Decap CMS writes them, so that a
 * later edit in the CMS shows in Git as that edit alone (see decap-style.ts).
 *
 *   npm exec -- tsx admin/tools/format-content.ts          rewrite what is not in style
 *   npm exec -- tsx admin/tools/format-content.ts --check  list them; exit 1 if any
 *
 * A file is only rewritten when the site reads the new text as exactly the same
 * data (js-yaml, as Astro and the validator read it); otherwise it is left alone
 * and named, because then the restyle would change what the site shows.
 */
import { writeFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { relative, resolve } from 'node:path';
import matter from 'gray-matter';
import jsYaml from 'js-yaml';
import { contentFilesOutOfStyle } from './content-style';

const root = resolve(process.env.CONTENT_DIR || 'content');
const check = process.argv.includes('--check');

/** The data as the site reads it, to prove the restyle changes nothing that matters. */
function siteReading(path: string, text: string): unknown {
  if (path.endsWith('.json')) return JSON.parse(text);
  const { data, content } = matter(text, { engines: { yaml: (s: string) => jsYaml.load(s) as object } });
  return { data, body: content.trim() };
}

const out = contentFilesOutOfStyle(root);
let refused = 0;
for (const { path, current, wanted } of out) {
  const name = relative(process.cwd(), path);
  if (check) {
    console.log(`not in the CMS's style: ${name}`);
    continue;
  }
  if (!isDeepStrictEqual(siteReading(path, current), siteReading(path, wanted))) {
    refused++;
    console.error(`left alone (restyling would change its data): ${name}`);
    continue;
  }
  writeFileSync(path, wanted);
  console.log(`restyled ${name}`);
}
if (check && out.length) {
  console.log(`\n${out.length} file(s) would be rewritten in full by the CMS's next save. Run: npm exec -- tsx admin/tools/format-content.ts`);
  process.exitCode = 1;
}
if (!check && !out.length) console.log('Every content file is already in the CMS\'s style.');
if (refused) process.exitCode = 1;
