/**
 * What every preview shares: the check of the entry against the site's rules,
 * shown first when it fails ("The site will not publish this yet"), then the
 * page's own parts, rendered by the same components as the site, once the entry
 * passes. While the entry is incomplete the parts are not guessed at.
 */
import type { ReactNode } from 'react';
import type { z } from 'astro/zod';
import type { CollectionName, Schemas } from '../../src/schemas';
import { renderMarkdown } from '../../src/lib/markdown';
import { checkEntry, usePreviewData, type PreviewData } from './preview-data';

/** The props Decap gives a preview template (the parts used here). */
export interface TemplateProps {
  entry: { getIn(path: string[]): { toJS(): Record<string, unknown> } | undefined };
  getAsset(path: string): { toString(): string } | undefined;
}

interface Props<N extends CollectionName> {
  collection: N;
  entry: TemplateProps['entry'];
  /** The page's parts, given the entry as the build reads it. */
  children: (entry: { data: z.output<Schemas[N]>; body: string; site: PreviewData }) => ReactNode;
}

export function Markdown({ source }: { source: string | undefined }) {
  const html = renderMarkdown(source);
  // Sanitised by renderMarkdown: the one way editor Markdown becomes HTML, here as on the site.
  return html ? <div className="prose" dangerouslySetInnerHTML={{ __html: html }} /> : null;
}

export default function PreviewFrame<N extends CollectionName>({ collection, entry, children }: Props<N>) {
  const site = usePreviewData();
  if (!site) return <p className="meta">Loading the preview…</p>;
  const values = entry.getIn(['data'])?.toJS() ?? {};
  const checked = checkEntry(site, collection, values);
  return (
    <div className="preview">
      {checked.problems.length > 0 && (
        <div className="preview-problems">
          <h2>The site will not publish this yet</h2>
          <p>Fix these first (the form shows where). Until then the preview is not shown.</p>
          <ul>{checked.problems.map((p) => <li key={p}>{p}</li>)}</ul>
        </div>
      )}
      {checked.data !== undefined && children({ data: checked.data, body: checked.body, site })}
    </div>
  );
}
