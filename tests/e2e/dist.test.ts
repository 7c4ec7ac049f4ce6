/**
 * Checks over the built files themselves (no browser): every HTML file is valid HTML, and
 * every internal link, asset and #fragment in the HTML and CSS points at something that
 * was built. Outside links are not followed: tests never use the network.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { describe, expect, test } from 'vitest';
import { HtmlValidate } from 'html-validate';
import { listHtmlFiles } from '../support/built-pages';
import { htmlValidateConfig } from '../support/html-validate-config';
import { LinkChecker, referencesInCss, referencesInHtml, servedPath } from '../support/internal-links';
import { distDir } from '../support/paths';
import { readHarnessSettings } from '../support/site-settings';

const dist = distDir();
const htmlFiles = listHtmlFiles(dist);
const cssFiles = (readdirSync(dist, { recursive: true, encoding: 'utf8' }) as string[])
  .filter((file) => file.endsWith('.css'))
  .map((file) => file.split(sep).join('/'))
  .sort();
const validator = new HtmlValidate(htmlValidateConfig);
const links = new LinkChecker(dist, readHarnessSettings().siteOrigin);

test('the build contains HTML pages', () => {
  expect(htmlFiles).toContain('index.html');
});

describe(`valid HTML (html-validate recommended) in all ${htmlFiles.length} HTML files`, () => {
  test.for(htmlFiles)('%s', async (file) => {
    const report = await validator.validateFile(join(dist, file));
    const messages = report.results.flatMap((result) =>
      result.messages.map(
        (message) =>
          `${file}:${message.line}:${message.column} ${message.ruleId}: ${message.message}${message.selector ? ` (${message.selector})` : ''}`,
      ),
    );
    expect(messages).toEqual([]);
  });
});

describe(`internal links, assets and fragments resolve in all ${htmlFiles.length} HTML files`, () => {
  test.for(htmlFiles)('%s', (file) => {
    const { references, base } = referencesInHtml(file, readFileSync(join(dist, file), 'utf8'));
    const broken = references.flatMap((reference) => {
      const problem = links.problem(reference, base, servedPath(file));
      return problem ? [`${reference.where} "${reference.value}": ${problem}`] : [];
    });
    expect(broken).toEqual([]);
  });
});

describe(`assets referenced from the ${cssFiles.length} stylesheets exist`, () => {
  test.for(cssFiles)('%s', (file) => {
    const references = referencesInCss(file, readFileSync(join(dist, file), 'utf8'));
    const broken = references.flatMap((reference) => {
      if (reference.value.startsWith('#')) return []; // SVG filter/mask references inside the same document
      const problem = links.problem(reference, undefined, `/${file}`);
      return problem ? [`${reference.where} "${reference.value}": ${problem}`] : [];
    });
    expect(broken).toEqual([]);
  });
});
