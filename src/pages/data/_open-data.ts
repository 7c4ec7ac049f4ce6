/**
 * What the open-data endpoints share: the content and settings the mappers
 * need, the date the files are issued (the build date) and when the content
 * they are made from last changed (from Git, undefined when not known).
 */
import { siteContent } from '../../data/content';
import { foldersLastChanged } from '../../lib/git-history';
import { buildDate } from '../../lib/meetings';
import { loadSettings } from '../../lib/settings';

/** The content folders each data file is made from: its "last changed" date is theirs. */
export const SOURCES: Record<string, readonly string[]> = {
  'grants.json': ['grants', 'funds', 'organisations', 'settings'],
  'grants.csv': ['grants', 'funds', 'organisations', 'settings'],
  'crowdfund.json': ['crowdfund', 'grants', 'organisations', 'settings'],
  'crowdfund.csv': ['crowdfund', 'grants', 'organisations', 'settings'],
  'points.json': ['organisations', 'crowdfund'],
  'meetings.json': ['meetings', 'boards', 'organisations'],
  'meetings.ics': ['meetings', 'boards'],
  'directory.csv': ['organisations', 'settings'],
};

/** When the content behind a data file last changed (ISO date-time), or undefined when not known. */
export function fileLastChanged(file: string): string | undefined {
  const folders = SOURCES[file];
  return folders ? foldersLastChanged(folders) : undefined;
}

export async function openDataInput(file: string) {
  const content = await siteContent();
  const { site, taxonomy } = loadSettings();
  return { content, site, taxonomy, dates: { issued: buildDate(), modified: fileLastChanged(file) } };
}
