/**
 * `npm run validate [folder]`: check all content without building and list every
 * problem, one line each. The folder defaults to CONTENT_DIR or content/.
 * Exit code 1 when there is any problem, so CI and editors' tooling can use it.
 */
import { resolve } from 'node:path';
import { contentRoot } from '../src/lib/content-root';
import { validateContent } from '../src/lib/validate';
import { issueReport } from '../src/lib/validate/issues';

const root = process.argv[2] ? resolve(process.argv[2]) : contentRoot();
const { issues } = validateContent(root);
if (issues.length) {
  console.error(issueReport(issues, root));
  process.exit(1);
}
console.log(`Content is valid (${root}).`);
