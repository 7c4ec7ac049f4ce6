import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { AxeResults, Result } from 'axe-core';

/** WCAG 2.2 AA, the standard the site promises in its accessibility statement. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

// axe-core from node_modules, injected as text: no CDN, no network.
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe on the page as it is now; returns the violations, [] when clean. */
export async function runAxe(page: Page): Promise<Result[]> {
  const injected = await page.evaluate(() => 'axe' in window);
  if (!injected) await page.evaluate(axeSource);
  const results = await page.evaluate(
    (tags) =>
      (window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } }).axe.run(
        document,
        { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] },
      ),
    AXE_TAGS,
  );
  return results.violations;
}

/**
 * One line per failing element, e.g.
 * `color-contrast (serious): Elements must meet minimum color contrast ratio thresholds — main > p:nth-child(2) — Fix any of the following: ...`
 */
export function formatViolations(violations: Result[]): string[] {
  return violations.flatMap((violation) =>
    violation.nodes.map((node) => {
      const target = node.target.map((part) => (Array.isArray(part) ? part.join(' >>> ') : String(part))).join(' ');
      const why = (node.failureSummary || '').replace(/\s+/g, ' ').trim();
      return `${violation.id} (${violation.impact}): ${violation.help} — ${target} — ${why} [${violation.helpUrl}]`;
    }),
  );
}
