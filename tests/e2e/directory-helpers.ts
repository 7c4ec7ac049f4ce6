/**
 * Shared by the directory-*.test.ts files: the organisations and settings the
 * build read (parsed by the site's own schemas, so expected values are
 * computed, never typed in), and axe at desktop and phone widths.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { readSettings } from '../../src/lib/settings';
import type { Organisation } from '../../src/schemas/organisation';
import { formatViolations, runAxe } from '../support/axe';
import { DESKTOP_VIEWPORT, NARROW_VIEWPORT } from '../support/browser';
import { builtContent } from '../support/built-content';
import { contentDir } from '../support/paths';

export interface Org {
  id: string;
  data: Organisation;
}

/** The organisations the build read, sorted by id. */
export function builtOrganisations(): Org[] {
  return [...builtContent().organisations].map(({ id, data }) => ({ id, data })).sort((a, b) => a.id.localeCompare(b.id));
}

export function builtSettings() {
  const { settings } = readSettings(contentDir());
  if (!settings) throw new Error(`the settings in ${contentDir()} do not validate`);
  return settings;
}

/** The first organisation (by id) that passes the test, or a failure saying what the content lacks. */
export function anOrganisation(what: string, test: (org: Org) => boolean): Org {
  const found = builtOrganisations().find(test);
  if (!found) throw new Error(`the content has no organisation ${what}: these tests need one`);
  return found;
}

/** Zero axe violations at desktop width and at 320px, on the page as it is now. */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  for (const viewport of [DESKTOP_VIEWPORT, NARROW_VIEWPORT]) {
    await page.setViewportSize(viewport);
    expect(formatViolations(await runAxe(page)), `${label} at ${viewport.width}px`).toEqual([]);
  }
  await page.setViewportSize(DESKTOP_VIEWPORT);
}

/** A built file's text. */
export function builtText(dist: string, path: string): string {
  return readFileSync(resolve(dist, path.replace(/^\//, '')), 'utf8');
}
