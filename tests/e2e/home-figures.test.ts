/**
 * The home page's headline figures in a real browser: each one is the count the
 * content gives (worked out here from the entries, not typed in), and each links
 * to the list it counts, where the reader can see the same number of things.
 */
import { describe, expect, test } from 'vitest';
import { formatMoney } from '../../src/lib/format';
import { useBuiltSite } from '../support/built-site';
import { builtContent, visit } from './meetings-helpers';

const built = useBuiltSite();
const content = builtContent();

/** The figures list on the home page: each item's figure, words and link. */
async function figures(page: import('playwright-core').Page) {
  return page.locator('main ul.figures a').evaluateAll((as) =>
    as.map((a) => ({ figure: a.querySelector('.figure')!.textContent!.trim(), text: a.textContent!.replace(/\s+/g, ' ').trim(), href: a.getAttribute('href')! })),
  );
}

describe('the home page’s figures', () => {
  test('are computed from the content and link to the lists they count', async () => {
    const { page, go, close } = await visit(built.browser, built.server, '/');
    const shown = await figures(page);
    const find = (words: string) => shown.find((f) => f.text.includes(words))!;

    const organisations = content.organisations.length;
    const services = content.organisations.reduce((n, o) => n + o.data.services.length, 0);
    const awarded = content.grants.filter((g) => g.data.status !== 'withdrawn');
    const held = content.meetings.filter((m) => m.data.status === 'held').length;

    expect(find('listed')).toMatchObject({ figure: organisations.toLocaleString('en-GB'), href: '/directory/' });
    expect(find('they run').figure).toBe(services.toLocaleString('en-GB'));
    expect(find('awarded in')).toMatchObject({ figure: formatMoney(awarded.reduce((n, g) => n + g.data.amount_awarded, 0)), href: '/funding/' });
    expect(find('awarded in').text).toContain(`${awarded.length} grants`);
    expect(find('crowdfund').figure).toBe(String(content.crowdfund.length));
    expect(find('held in the open')).toMatchObject({ figure: String(held), href: '/meetings/' });

    // Following the organisations figure shows that many organisations.
    await page.locator('main ul.figures a[href="/directory/"]').click();
    await page.waitForURL('**/directory/');
    const listed = await page.locator('main a[href^="/directory/"]').evaluateAll((as) =>
      [...new Set(as.map((a) => a.getAttribute('href')!).filter((h) => /^\/directory\/[^/]+\/$/.test(h) && !h.startsWith('/directory/themes/')))],
    );
    expect(listed).toHaveLength(organisations);

    // And the meetings figure: that many meetings on /meetings/ are marked held.
    await go('/meetings/');
    const heldRows = await page.locator('main table tbody tr').evaluateAll((trs) => trs.filter((tr) => /\bHeld\b/.test(tr.textContent ?? '')).length);
    expect(heldRows).toBe(held);
    await close();
  });
});
