/**
 * `npm run validate`: check all content without building, and list every problem.
 * Exit code 1 when there is any, so CI and editors' tooling can use it.
 */
import { validateContent } from '../src/lib/validate';
import { issueLine } from '../src/lib/validate/issues';

const { issues } = validateContent();
if (issues.length) {
  console.error(`${issues.length} content problem${issues.length === 1 ? '' : 's'} (file: field: what is wrong):`);
  for (const issue of issues) console.error(issueLine(issue));
  process.exit(1);
}
console.log('Content is valid.');
