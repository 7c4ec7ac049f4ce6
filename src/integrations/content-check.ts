/**
 * Astro integration: validate all content before a build (and on every dev
 * start), so an editor sees every problem at once and nothing wrong is published.
 */
import type { AstroIntegration } from 'astro';
import { validateContent } from '../lib/validate';
import { issueLine } from '../lib/validate/issues';

export function contentCheck(): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        const { issues } = validateContent();
        if (issues.length === 0) return;
        const report = `${issues.length} content problem${issues.length === 1 ? '' : 's'} (file: field: what is wrong):\n${issues.map(issueLine).join('\n')}`;
        if (command === 'build') throw new Error(`The site was not built.\n${report}`);
        logger.error(report);
      },
    },
  };
}
