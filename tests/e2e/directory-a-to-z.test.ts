/**
 * The directory A to Z over the built site: each letter has a page listing
 * exactly the organisations whose names start with it, and /directory/ either
 * lists them all under letter headings (a small directory, like the
 * demonstration's) or links to the letter pages (past A_TO_Z_ON_ONE_PAGE).
 * Expected lists come from the content, not from the pages.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { A_TO_Z_ON_ONE_PAGE, initialOf, letterSlug } from '../../src/lib/directory';
import { urls } from '../../src/lib/urls';
import { builtContent } from '../support/built-content';
import { distDir } from '../support/paths';

const built = (path: string): HTMLElement => parse(readFileSync(resolve(distDir(), `.${path}index.html`), 'utf8'));
const organisations = builtContent().organisations;
const letters = [...new Set(organisations.map((o) => initialOf(o.data.name)))];
/** The organisation pages a page links to from its main content, in order. */
const orgLinks = (page: HTMLElement) =>
  [...new Set(page.querySelectorAll('main a').map((a) => a.getAttribute('href')!).filter((href) => organisations.some((o) => urls.organisation(o.id) === href)))];

describe('the directory A to Z', () => {
  it.for(letters)('the page for "%s" lists exactly the organisations filed under it, and marks itself in the letter links', (letter) => {
    const page = built(urls.directoryLetter(letterSlug(letter)));
    const expected = organisations.filter((o) => initialOf(o.data.name) === letter).map((o) => urls.organisation(o.id));
    expect(orgLinks(page).sort()).toEqual([...expected].sort());
    expect(page.querySelector('nav.letter-nav a[aria-current="page"]')?.getAttribute('href')).toBe(urls.directoryLetter(letterSlug(letter)));
    const otherLetters = page.querySelectorAll('nav.letter-nav a').map((a) => a.getAttribute('href'));
    expect(otherLetters.sort()).toEqual(letters.map((l) => urls.directoryLetter(letterSlug(l))).sort());
  });

  it('/directory/ lists every organisation when the directory is small, else links every letter page', () => {
    const page = built('/directory/');
    if (organisations.length <= A_TO_Z_ON_ONE_PAGE) {
      expect(orgLinks(page).sort()).toEqual(organisations.map((o) => urls.organisation(o.id)).sort());
      // Each letter link jumps to its heading on the page.
      for (const href of page.querySelectorAll('nav.letter-nav a').map((a) => a.getAttribute('href')!)) {
        expect(page.querySelector(href), href).not.toBeNull();
      }
    } else {
      expect(orgLinks(page)).toEqual([]);
      const linked = new Set(page.querySelectorAll('main a').map((a) => a.getAttribute('href')));
      for (const l of letters) expect(linked.has(urls.directoryLetter(letterSlug(l))), l).toBe(true);
    }
  });
});
