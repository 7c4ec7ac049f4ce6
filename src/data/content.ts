/**
 * Loads every collection once per build, sorted (getCollection's order is not
 * stable), as plain { id, data, body } records that src/lib functions accept.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { z } from 'astro/zod';
import type { CollectionName, Schemas } from '../schemas';

export interface Entry<T> {
  id: string;
  data: T;
  body: string;
}

// Typed from our schemas: the collections are built from settings at run time, so
// Astro's generated types cannot see their shape.
type DataOf<N extends CollectionName> = z.output<Schemas[N]>;

async function load<N extends CollectionName>(name: N, sortKey: (e: Entry<DataOf<N>>) => string): Promise<Entry<DataOf<N>>[]> {
  const entries = (await getCollection(name)) as CollectionEntry<N>[];
  return entries
    .map((e) => ({ id: e.id, data: e.data as DataOf<N>, body: e.body ?? '' }))
    .sort((a, b) => sortKey(a).localeCompare(sortKey(b), 'en-GB') || a.id.localeCompare(b.id));
}

let cache: Promise<SiteContent> | undefined;

export type SiteContent = Awaited<ReturnType<typeof loadAll>>;

async function loadAll() {
  const [organisations, funds, grants, crowdfund, boards, meetings, covenant, pages] = await Promise.all([
    load('organisations', (e) => e.data.name),
    load('funds', (e) => e.data.name),
    // Newest first for decisions and meetings: what people look for.
    load('grants', (e) => `${9999 - Number(e.data.award_date.slice(0, 4))}${e.data.award_date}`),
    load('crowdfund', (e) => e.data.title),
    load('boards', (e) => e.data.name),
    load('meetings', (e) => e.data.date),
    load('covenant', (e) => e.id),
    load('pages', (e) => e.data.title),
  ]);
  return { organisations, funds, grants, crowdfund, boards, meetings, covenant, pages };
}

/** All content, loaded once and shared by every page of the build. */
export function siteContent(): Promise<SiteContent> {
  cache ??= loadAll();
  return cache;
}
