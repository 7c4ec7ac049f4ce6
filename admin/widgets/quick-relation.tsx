/**
 * Decap's relation widget, made quick for long lists such as 1,000+ organisations.
 *
 * Why: for every search the stock widget re-reads and re-parses every entry of the
 * other collection (Decap's backend.query → listAllEntries), after a 500 ms pause.
 * Measured with 1,200 organisations on decap-server: about 2 seconds from the last
 * key to the first result, and 4 seconds with 3,000 (README, "Relations that
 * scale"). Here a collection is read once and searched in memory; it is read again
 * after a minute, so an organisation added meanwhile is found.
 *
 * Only relations that store an entry's file name (value_field "{{slug}}") are
 * handled; relations to items inside entries (a fund's rounds, a meeting's
 * decisions) and to the taxonomy file use Decap's own search unchanged.
 *
 * Matching is plain, so editors can predict it: every word typed must start a word
 * of the name (or of another searched field), ignoring case and accents; names that
 * start with the words come first.
 */
import { createElement, type ComponentType } from 'react';
import CMS from 'decap-cms-app';

/** What Decap's query action resolves to (the parts used here). */
interface Hit {
  slug: string;
  data: Record<string, unknown>;
}
interface QueryResult {
  type?: string;
  payload: { hits: Hit[]; query?: string; namespace?: string };
}
type Query = (namespace: string, collection: string, searchFields: string[], term: string, file?: string, limit?: number) => Promise<QueryResult>;

interface ImmutableLike {
  get(key: string): unknown;
  toJS?(): unknown;
}
interface ControlProps {
  field: ImmutableLike;
  query: Query;
  [prop: string]: unknown;
}

/** How long a collection read once is trusted, so new entries show up without a reload. */
export const FRESH_FOR_MS = 60_000;

const loads = new Map<string, { at: number; hits: Promise<Hit[]> }>();

/** Lower case without accents, so "Cafe" finds "Café". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The text values at a search field path such as "name" or "alternate_names.*". */
export function valuesAt(data: unknown, path: string): string[] {
  let values: unknown[] = [data];
  for (const key of path.split('.')) {
    values = values.flatMap((v) => {
      if (v === null || typeof v !== 'object') return [];
      if (key === '*') return Array.isArray(v) ? v : Object.values(v);
      return [(v as Record<string, unknown>)[key]];
    });
  }
  return values.filter((v): v is string | number => typeof v === 'string' || typeof v === 'number').map(String);
}

/**
 * The hits whose search fields contain every typed word at the start of a word,
 * best first: a first field that starts with the term, then earlier word matches.
 */
export function searchHits(hits: Hit[], searchFields: string[], term: string): Hit[] {
  const words = fold(term).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (!words.length) return hits;
  const scored: { hit: Hit; score: number }[] = [];
  for (const hit of hits) {
    const texts = searchFields.flatMap((f) => valuesAt(hit.data, f)).map(fold);
    const wordsOf = texts.map((t) => t.split(/[^\p{L}\p{N}]+/u).filter(Boolean));
    const all = wordsOf.flat();
    if (!words.every((w) => all.some((x) => x.startsWith(w)))) continue;
    const first = texts[0] ?? '';
    const score = first.startsWith(words.join(' ')) ? 0 : wordsOf[0]?.[0]?.startsWith(words[0]) ? 1 : 2;
    scored.push({ hit, score });
  }
  return scored.sort((a, b) => a.score - b.score).map((s) => s.hit);
}

function quickQuery(query: Query): Query {
  return async (namespace, collection, searchFields, term, file, limit) => {
    const key = collection;
    let load = loads.get(key);
    if (!load || Date.now() - load.at > FRESH_FOR_MS) {
      // An empty term makes Decap return every entry of the collection.
      load = { at: Date.now(), hits: query(namespace, collection, searchFields, '', file).then((r) => r.payload.hits) };
      loads.set(key, load);
      load.hits.catch(() => loads.delete(key));
    }
    const hits = searchHits(await load.hits, searchFields, term);
    return { payload: { hits: limit ? hits.slice(0, limit) : hits, query: term, namespace } };
  };
}

/** Registers the quick version under Decap's own name, "relation", so the configuration stays standard. */
export function registerQuickRelation() {
  // /admin/?stock-relations keeps Decap's own widget, so admin/tools/measure-relations.ts can compare the two.
  if (new URLSearchParams(window.location.search).has('stock-relations')) return;
  const stock = CMS.getWidget('relation') as unknown as { control: ComponentType<ControlProps>; preview: ComponentType; schema?: object };
  const Stock = stock.control;
  // One wrapped query per stock query function, so the control's props stay stable between renders.
  const wrapped = new WeakMap<Query, Query>();
  // React 19 passes Decap's `ref` as a prop: spreading it on hands the stock control's
  // instance (its isValid and shouldComponentUpdate) back to Decap.
  function QuickRelationControl(props: ControlProps) {
    if (props.field.get('value_field') !== '{{slug}}' || props.field.get('file')) return createElement(Stock, props);
    let quick = wrapped.get(props.query);
    if (!quick) {
      quick = quickQuery(props.query);
      wrapped.set(props.query, quick);
    }
    return createElement(Stock, { ...props, query: quick });
  }
  // The (name, control, preview, schema) form replaces a widget without a console warning.
  // Decap's types leave out the fourth argument, the schema (Decap checks the field's options against it).
  (CMS.registerWidget as (...args: unknown[]) => void)('relation', QuickRelationControl, stock.preview, stock.schema);
}
