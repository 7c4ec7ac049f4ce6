/**
 * The history of every content file, read from Git so that a correction to a
 * published figure is visible rather than silent. One `git log` over the whole
 * content folder per build (not one process per page), parsed into a map from
 * file to its changes, newest first.
 *
 * Builds must not depend on Git: from a tarball, without git installed, or with
 * the content folder outside a repository, every entry's history is simply "not
 * available". In a shallow clone, the oldest commit we have stands for all the
 * history cut off before it, so its changes are left out and the page says the
 * earlier history is missing.
 */
import { execFileSync } from 'node:child_process';
import { relative, resolve, sep } from 'node:path';
import { contentRoot } from './content-root';

export interface Change {
  /** Full commit id. */
  commit: string;
  /** When the change was made (author date), ISO 8601 with offset. */
  date: string;
  /** The commit's summary line, as written (e.g. Decap's `Update Organisations “x”`). */
  summary: string;
  /** What happened to this file: added, modified, deleted, renamed. */
  kind: 'added' | 'modified' | 'deleted' | 'renamed';
}

/** One commit that touched content, with the files it touched (paths relative to the content folder). */
export interface ChangeSet {
  commit: string;
  date: string;
  summary: string;
  files: { path: string; kind: Change['kind'] }[];
}

export interface ContentHistory {
  /** False when Git or the repository could not be read: every history is "not available". */
  available: boolean;
  /** True when the repository is a shallow clone: changes before its oldest commit are missing. */
  truncated: boolean;
  /** Changes to one file (path relative to the content folder, e.g. "grants/x.md"), newest first; followed across renames. */
  changesOf(path: string): Change[];
  /** Commits that touched content, newest first. */
  changeSets: ChangeSet[];
}

const UNAVAILABLE: ContentHistory = { available: false, truncated: false, changesOf: () => [], changeSets: [] };

const RECORD = '\x1e';
const FIELD = '\x1f';
const KINDS: Record<string, Change['kind']> = { A: 'added', M: 'modified', D: 'deleted', R: 'renamed', C: 'added', T: 'modified' };

function git(cwd: string, args: string[]): string {
  return execFileSync('git', ['-c', 'core.quotePath=false', ...args], {
    cwd,
    encoding: 'utf8',
    // Content history can be long: thousands of entries over years of edits.
    maxBuffer: 512 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'ignore'],
  });
}

/**
 * Reads the history of the content folder. `contentDir` defaults to the site's
 * (CONTENT_DIR or content/). Never throws: a missing Git gives UNAVAILABLE.
 */
export function readContentHistory(contentDir: string = contentRoot()): ContentHistory {
  let top: string;
  let shallow: boolean;
  let log: string;
  try {
    const dir = resolve(contentDir);
    top = git(dir, ['rev-parse', '--show-toplevel']).trim();
    shallow = git(dir, ['rev-parse', '--is-shallow-repository']).trim() === 'true';
    const within = relative(top, dir).split(sep).join('/');
    if (within.startsWith('..')) return UNAVAILABLE;
    log = git(top, [
      'log',
      '--no-merges',
      '-M',
      '--name-status',
      `--format=${RECORD}%H${FIELD}%P${FIELD}%aI${FIELD}%s`,
      '--',
      within || '.',
    ]);
    return parseLog(log, within, shallow);
  } catch {
    return UNAVAILABLE;
  }
}

/**
 * Parses `git log --name-status` output (newest commit first) for the files under
 * `within` (the content folder's path in the repository, "" for the root).
 * Exported for tests.
 */
export function parseLog(log: string, within: string, shallow: boolean): ContentHistory {
  const prefix = within ? `${within}/` : '';
  const inContent = (path: string) => path.startsWith(prefix);
  const strip = (path: string) => path.slice(prefix.length);
  // Renames, read newest first: an older name maps to the file's name today.
  const currentName = new Map<string, string>();
  const nameToday = (path: string) => currentName.get(path) ?? path;

  const byFile = new Map<string, Change[]>();
  const changeSets: ChangeSet[] = [];
  let truncated = false;

  for (const record of log.split(RECORD)) {
    if (!record.trim()) continue;
    const [header = '', ...lines] = record.split('\n');
    const [commit = '', parents = '', date = '', summary = ''] = header.split(FIELD);
    // In a shallow clone the oldest commits we hold look parentless and "add" every file
    // that existed then: that is not a change anyone made, so it is not shown.
    if (shallow && parents.trim() === '') {
      truncated = true;
      continue;
    }
    const files: ChangeSet['files'] = [];
    for (const line of lines) {
      if (!line.trim()) continue;
      const [status = '', first = '', second] = line.split('\t');
      const kind = KINDS[status[0] ?? ''] ?? 'modified';
      const newPath = status.startsWith('R') || status.startsWith('C') ? second ?? first : first;
      if (!inContent(newPath) && !(status.startsWith('R') && inContent(first))) continue;
      const today = nameToday(strip(newPath));
      if (status.startsWith('R')) currentName.set(strip(first), today);
      files.push({ path: today, kind });
      const list = byFile.get(today) ?? [];
      list.push({ commit, date, summary, kind });
      byFile.set(today, list);
    }
    if (files.length > 0) changeSets.push({ commit, date, summary, files });
  }

  return { available: true, truncated, changesOf: (path) => byFile.get(path) ?? [], changeSets };
}

const cache = new Map<string, ContentHistory>();

/**
 * The site's content history, read once per build and shared by every page.
 * (In `astro dev` it is read once per server start, so new commits show after a restart.)
 */
export function contentHistory(contentDir: string = contentRoot()): ContentHistory {
  const key = resolve(contentDir);
  let history = cache.get(key);
  if (!history) {
    history = readContentHistory(key);
    cache.set(key, history);
  }
  return history;
}

/** The content file of an entry: "<collection>/<id>.md". */
export const entryPath = (collection: string, id: string) => `${collection}/${id}.md`;

/** When an entry last changed in Git (ISO 8601), or undefined when its history is not available. */
export function lastChanged(collection: string, id: string, history: ContentHistory = contentHistory()): string | undefined {
  return history.changesOf(entryPath(collection, id))[0]?.date;
}

/**
 * When anything in these content folders (e.g. ["grants", "settings"]) last changed in Git, or
 * undefined when not known: an open-data file's "modified" date is that of the content behind it.
 * In a shallow clone only changes the clone really holds count (see parseLog).
 */
export function foldersLastChanged(folders: readonly string[], history: ContentHistory = contentHistory()): string | undefined {
  const inside = (path: string) => folders.some((folder) => path.startsWith(`${folder}/`));
  return history.changeSets.find((set) => set.files.some((file) => inside(file.path)))?.date;
}
