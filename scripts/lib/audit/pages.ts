/**
 * Which built pages the audit checks: the home page, an organisation page,
 * /explore/, /funding/ and a meeting page, picked from what the build made so
 * the audit works on any area's content (and on the synthetic sets).
 */
import { listHtmlFiles } from '../../../tests/support/built-pages';

export interface AuditPage {
  name: string;
  path: string;
}

export function pagesToAudit(dist: string): AuditPage[] {
  const urls = listHtmlFiles(dist).map((f) => `/${f.replace(/index\.html$/, '')}`);
  const first = (pattern: RegExp) => urls.find((u) => pattern.test(u));
  const wanted: [string, string | undefined][] = [
    ['Home', urls.includes('/') ? '/' : undefined],
    ['Organisation', first(/^\/directory\/(?!themes\/)[^/]+\/$/)],
    ['Explore', urls.includes('/explore/') ? '/explore/' : undefined],
    ['Funding', urls.includes('/funding/') ? '/funding/' : undefined],
    ['Meeting', first(/^\/meetings\/[^/]+\/$/)],
  ];
  const missing = wanted.filter(([, path]) => !path).map(([name]) => name);
  if (missing.length) throw new Error(`The build in ${dist} has no page for: ${missing.join(', ')}`);
  return wanted.map(([name, path]) => ({ name, path: path! }));
}
