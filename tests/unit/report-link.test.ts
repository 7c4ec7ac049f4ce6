/** "Suggest an edit" and "Report a problem": to the configured form, or by email, with the page named. */
import { describe, expect, it } from 'vitest';
import { reportLink } from '../../src/lib/report-link';

const site = (report_problem_url?: string) => ({
  site_url: 'https://open.example.org',
  contact: { report_problem_email: 'corrections@example.org', report_problem_url, covenant_contact: 'The covenant officer' },
});

describe('a link to suggest an edit or report a problem', () => {
  it('goes to the form when settings give one, with the page address and the entry named', () => {
    const link = reportLink(site('https://forms.example.org/edit'), '/directory/hillside-seed-swap/', 'Hillside Seed Swap & Co');
    expect(link.label).toBe('Suggest an edit to this page');
    const url = new URL(link.href);
    expect(url.origin + url.pathname).toBe('https://forms.example.org/edit');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      page: 'https://open.example.org/directory/hillside-seed-swap/',
      title: 'Hillside Seed Swap & Co',
      type: 'suggested-edit',
    });
  });

  it('keeps a form address that already has a query', () => {
    const url = new URL(reportLink(site('https://forms.example.org/f?id=7'), '/covenant/', 'Faith Covenant').href);
    expect(url.searchParams.get('id')).toBe('7');
    expect(url.searchParams.get('title')).toBe('Faith Covenant');
  });

  it('is an email naming the entry in the subject and the page in the body when there is no form', () => {
    const link = reportLink(site(), '/funding/grants/360G-X-1/', 'Carers forum');
    const mail = new URL(link.href);
    expect(mail.protocol).toBe('mailto:');
    expect(decodeURIComponent(mail.pathname)).toBe('corrections@example.org');
    expect(mail.searchParams.get('subject')).toBe('Suggested edit: Carers forum');
    expect(mail.searchParams.get('body')).toContain('https://open.example.org/funding/grants/360G-X-1/');
  });

  it('is "Report a problem" on a page that is not an entry', () => {
    const link = reportLink(site(), '/explore/');
    expect(link.label).toBe('Report a problem with this page');
    expect(new URL(link.href).searchParams.get('subject')).toBe('Problem with /explore/');
  });
});
