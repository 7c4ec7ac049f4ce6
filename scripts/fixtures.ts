/**
 * `npm run fixtures -- --orgs N …`: write a synthetic content set for scale tests
 * into a folder of its own (never content/). See lib/fixtures/args.ts for the options.
 */
import { relative } from 'node:path';
import { parseFixtureArgs, USAGE } from './lib/fixtures/args';
import { writeFixtures } from './lib/fixtures';

try {
  const args = parseFixtureArgs(process.argv.slice(2));
  if (args.help) {
    console.log(USAGE);
  } else {
    const started = performance.now();
    const { dir, files } = writeFixtures(args);
    const shown = relative(process.cwd(), dir) || dir;
    console.log(`Wrote ${files} synthetic entries (${args.orgs} organisations, ${args.grants} grants, ${args.meetings} meetings, ${args.crowdfund} crowdfund projects; seed ${args.seed}) to ${shown} in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
    console.log(`Check it:  npm run validate -- ${shown}`);
    console.log(`Build it:  CONTENT_DIR=${shown} OUT_DIR=node_modules/.cache/synthetic-dist npm run build`);
  }
} catch (error) {
  console.error((error as Error).message);
  console.error(`\n${USAGE}`);
  process.exit(1);
}
