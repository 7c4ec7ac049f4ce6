/**
 * Reading entry files: what counts as an entry, how front matter is parsed, and
 * the line numbers an editor is pointed to when the YAML is broken.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readCollection } from '../../src/lib/validate/read-content';

const roots: string[] = [];
afterEach(() => roots.splice(0).forEach((r) => rmSync(r, { recursive: true, force: true })));

/** A content folder holding the given files in pages/. */
function pagesFolder(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'read-'));
  roots.push(root);
  mkdirSync(join(root, 'pages'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, 'pages', name), text);
  return root;
}

describe('reading a collection folder', () => {
  it('reads each .md file as an entry whose id is the file name', () => {
    const { entries, issues } = readCollection(pagesFolder({ 'about.md': '---\ntitle: About\n---\nBody text.\n' }), 'pages');
    expect(issues).toEqual([]);
    expect(entries).toEqual([{ collection: 'pages', id: 'about', file: 'pages/about.md', data: { title: 'About' }, body: 'Body text.\n' }]);
  });

  it('ignores hidden files such as .gitkeep, and a missing folder', () => {
    expect(readCollection(pagesFolder({ '.gitkeep': '' }), 'pages')).toEqual({ entries: [], issues: [], unreadable: [] });
    expect(readCollection(pagesFolder({}), 'grants')).toEqual({ entries: [], issues: [], unreadable: [] });
  });

  it('keeps unquoted dates as written, so 30 February is caught rather than turned into 2 March', () => {
    const { entries } = readCollection(pagesFolder({ 'a.md': '---\nupdated: 2021-02-30\nother: 2021-03-24\n---\n' }), 'pages');
    expect(entries[0].data).toEqual({ updated: '2021-02-30', other: '2021-03-24' });
  });

  it('reads files saved with Windows line endings or a byte-order mark', () => {
    const { entries, issues } = readCollection(pagesFolder({ 'crlf.md': '\uFEFF---\r\ntitle: Windows\r\n---\r\nBody\r\n' }), 'pages');
    expect(issues).toEqual([]);
    expect(entries[0].data).toEqual({ title: 'Windows' });
  });
});

describe('broken YAML', () => {
  const problem = (text: string) => readCollection(pagesFolder({ 'p.md': text }), 'pages').issues.map((i) => `${i.field}: ${i.message}`);

  it('gives the line number in the file, counting the opening --- as line 1', () => {
    expect(problem('---\ntitle: A\nsummary: B\n  bad: indent\n---\n')).toEqual([
      '(front matter): is not valid YAML at line 4 ("bad: indent"): the indentation (spaces at the start of the line) is wrong. Check for a missing colon, an unclosed quote or wrong indentation',
    ]);
  });

  it('points at the line that opened an unclosed quote, not the end of the file', () => {
    expect(problem('---\ntitle: A\nsummary: "Never closed\nupdated: 2021-01-01\n---\n')[0]).toMatch(/^\(front matter\): is not valid YAML at line 3 \("summary: \\"Never closed"\): a quote is opened but never closed\./);
  });

  it('names a field written twice', () => {
    expect(problem('---\ntitle: A\ntitle: B\n---\n')[0]).toMatch(/at line 3 \("title: B"\): the same field is written twice\./);
  });

  it('explains a value that needs quotes', () => {
    expect(problem('---\ntitle: Café: the menu\n---\n')[0]).toMatch(/^\(front matter\): is not valid YAML at line 2 /);
  });
});
