/**
 * The site data previews need (src/pages/admin/preview-data.json.ts), fetched once
 * per visit to the CMS, and the entry under preview checked with the site's own
 * schemas, so the preview shows what the build would publish, or why it would not.
 */
import { useEffect, useState } from 'react';
import type { z } from 'astro/zod';
import { buildSchemas, type CollectionName, type Schemas } from '../../src/schemas';
import type { Site, Taxonomy } from '../../src/schemas/settings';
import { formatIssues } from '../../src/lib/validate/issues';

export interface PreviewData {
  site: Site;
  taxonomy: Taxonomy;
  funds: { id: string; name: string; rounds: { id: string; name: string }[] }[];
  boards: { id: string; name: string }[];
}

let loading: Promise<PreviewData> | undefined;
let schemas: ReturnType<typeof buildSchemas> | undefined;

function load(): Promise<PreviewData> {
  loading ??= fetch('/admin/preview-data.json').then((response) => {
    if (!response.ok) throw new Error(`could not load /admin/preview-data.json (${response.status})`);
    return response.json() as Promise<PreviewData>;
  });
  return loading;
}

/** The site data, or undefined while it loads (the preview then says so). */
export function usePreviewData(): PreviewData | undefined {
  const [data, setData] = useState<PreviewData>();
  useEffect(() => {
    let live = true;
    load().then((d) => live && setData(d), () => live && setData(undefined));
    return () => {
      live = false;
    };
  }, []);
  return data;
}

export interface CheckedEntry<T> {
  /** The entry as the build reads it (defaults filled in), when it passes. */
  data?: T;
  /** One line per problem, "field: what is wrong", as the build would report it. */
  problems: string[];
  /** The Markdown body. */
  body: string;
}

/** Checks the form's current values against the collection's schema, as the build will. */
export function checkEntry<N extends CollectionName>(site: PreviewData, collection: N, values: Record<string, unknown>): CheckedEntry<z.output<Schemas[N]>> {
  schemas ??= buildSchemas(site.site, site.taxonomy);
  const { body, ...fields } = values;
  const schema = schemas[collection] as z.ZodType;
  const result = schema.safeParse(fields, { reportInput: true });
  const problems = result.success ? [] : formatIssues(collection, result.error.issues, fields, schema).map((i) => `${i.field}: ${i.message}`);
  return { data: result.success ? (result.data as never) : undefined, problems, body: typeof body === 'string' ? body : '' };
}
