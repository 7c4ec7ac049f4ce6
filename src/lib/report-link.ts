/**
 * Where "Report a problem with this page" and "Suggest an edit to this page" go:
 * the settings' web form if there is one (contact.report_problem_url, with the
 * page's address and, for an entry, its title added as query parameters), else an
 * email to contact.report_problem_email naming the page in subject and body, so a
 * correction reaches the right entry without anyone having to ask which.
 */
import type { Site } from '../schemas/settings';

export interface ReportLink {
  href: string;
  label: string;
}

/** `pathname` is the page's path on the site; `suggestEditTo` the entry's name, on an entry's own page. */
export function reportLink(site: Pick<Site, 'site_url' | 'contact'>, pathname: string, suggestEditTo?: string): ReportLink {
  const page = new URL(pathname, site.site_url).href;
  const label = suggestEditTo ? 'Suggest an edit to this page' : 'Report a problem with this page';
  const form = site.contact.report_problem_url;
  if (form) {
    const params = new URLSearchParams({ page, ...(suggestEditTo && { title: suggestEditTo, type: 'suggested-edit' }) });
    return { label, href: `${form}${form.includes('?') ? '&' : '?'}${params}` };
  }
  const subject = suggestEditTo ? `Suggested edit: ${suggestEditTo}` : `Problem with ${pathname}`;
  const body = suggestEditTo ? `Page: ${suggestEditTo}\n${page}\n\nWhat should change, and how you know:\n` : `Page: ${page}\n\nWhat is wrong:\n`;
  return { label, href: `mailto:${site.contact.report_problem_email}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}` };
}
