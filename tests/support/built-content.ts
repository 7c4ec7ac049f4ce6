/**
 * The content the build read (CONTENT_DIR or content/), parsed by the site's
 * own schemas, so browser tests compute what a page should show from the same
 * entries rather than typing figures in. Read once per test file.
 */
import { validateContent } from '../../src/lib/validate';
import type { ParsedContent } from '../../src/lib/validate/integrity';
import { contentDir } from './paths';

let parsed: ParsedContent | undefined;

export function builtContent(): ParsedContent {
  if (parsed) return parsed;
  const { content, issues } = validateContent(contentDir());
  if (!content || issues.length) throw new Error(`the content in ${contentDir()} does not validate: ${issues.map((i) => `${i.file} ${i.field}: ${i.message}`).join('; ')}`);
  parsed = content;
  return content;
}
