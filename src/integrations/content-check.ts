/**
 * Astro integration: validate all content before a build (and on every dev
 * start and content change), so an editor sees every problem at once and
 * nothing wrong is published.
 */
import { relative, resolve } from 'node:path';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { contentRoot } from '../lib/content-root';
import { validateContent } from '../lib/validate';
import { issueReport } from '../lib/validate/issues';

/** The report, or undefined when all content is valid. */
function check(root: string): string | undefined {
  const { issues } = validateContent(root);
  const shown = relative(process.cwd(), root);
  return issues.length ? issueReport(issues, shown && !shown.startsWith('..') ? shown : root) : undefined;
}

/** The build's error: just the report. A stack trace into this file would only distract an editor. */
function contentProblems(report: string): Error {
  const error = new Error(`The site was not built because of content problems.\n${report}`);
  error.stack = error.message;
  return error;
}

export function contentCheck(): AstroIntegration {
  const root = contentRoot();
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        const report = check(root);
        if (!report) return;
        // Failing here stops the build before any page is rendered, with every problem listed.
        if (command === 'build') throw contentProblems(report);
        logger.error(report);
      },
      'astro:server:setup': ({ server, logger }) => {
        // In dev (npm start with the CMS) re-check whenever an entry or a setting is saved,
        // once the files settle: one save in Git mode adds a file and takes it away again
        // (decap-server checks out the draft's branch to commit it, then main).
        let timer: ReturnType<typeof setTimeout> | undefined;
        server.watcher.on('all', (_event, path) => {
          if (!resolve(path).startsWith(`${root}/`)) return;
          clearTimeout(timer);
          timer = setTimeout(() => {
            try {
              report(logger, check(root));
            } catch (error) {
              // A file gone between listing and reading: its removal is another event, which checks again.
              logger.warn(`Content not checked this time: ${(error as Error).message}`);
            }
          }, 300);
        });
      },
    },
  };
}

function report(logger: AstroIntegrationLogger, text: string | undefined) {
  if (text) logger.error(text);
  else logger.info('Content is valid.');
}
