import { getRssString } from '@astrojs/rss';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { decisionRows } from '../../src/lib/decisions';
import { feedItems, shorten } from '../../src/lib/rss';
import { SITE, board, decision, grant, meeting } from './meeting-entries';

const boards = [board('board-a', 'Partnership Board')];
const meetings = [
  meeting('march', { date: '2026-03-18', minutes_status: 'approved', minutes_approved_at: 'june', decisions: [decision('pledges', { text: 'To pledge £3,000 & more <now>' })] }),
  meeting('june', { date: '2026-06-17', minutes_status: 'draft', decisions: [decision('menu', { outcome: 'agreed-with-changes' })] }),
  meeting('jan', { date: '2027-01-20', status: 'scheduled' }),
];
const grants = [grant('360G-P1', { meeting: 'march', decision: 'pledges', amount_awarded: 3000 })];
const items = feedItems(meetings, boards, decisionRows(meetings, boards, grants), SITE.site_url);

describe('the RSS feed items', () => {
  it('has one item per meeting, per decision and per set of approved minutes', () => {
    const kinds = (k: string) => items.filter((i) => i.kind === k).length;
    expect(kinds('meeting')).toBe(3);
    expect(kinds('decision')).toBe(2);
    expect(kinds('minutes')).toBe(1);
  });

  it('gives every item its own absolute address: the meeting, the decision anchor, the minutes status', () => {
    const links = items.map((i) => i.link);
    expect(new Set(links).size).toBe(links.length);
    expect(links).toContain('https://open.example.org/meetings/march/#decision-pledges');
    expect(links).toContain('https://open.example.org/meetings/march/#minutes');
    for (const link of links) expect(link).toMatch(/^https:\/\/open\.example\.org\//);
  });

  it('dates approved minutes on the day they were approved, and lists newest first', () => {
    const minutes = items.find((i) => i.kind === 'minutes')!;
    expect(minutes.pubDate.toISOString().slice(0, 10)).toBe('2026-06-17');
    const times = items.map((i) => i.pubDate.getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });

  it('says what money a decision moved', () => {
    const pledge = items.find((i) => i.link.endsWith('#decision-pledges'))!;
    expect(pledge.description).toContain('£3,000 in 1 award');
    expect(pledge.title).toBe('Agreed: To pledge £3,000 & more <now>');
  });

  it('renders as RSS 2.0 that parses, with every item and text escaped', async () => {
    const xml = await getRssString({
      title: 'Meetings',
      description: 'Meetings and decisions',
      site: SITE.site_url,
      items: items.map(({ title, link, pubDate, description, categories }) => ({ title, link, pubDate, description, categories })),
    });
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(xml);
    const parsedItems = [parsed.rss.channel.item].flat();
    expect(parsed.rss['@_version']).toBe('2.0');
    expect(parsedItems).toHaveLength(items.length);
    expect(parsedItems.map((i: { link: string }) => i.link)).toEqual(items.map((i) => i.link));
    expect(xml).not.toContain('<now>');
  });

  it('carries only the newest items when there are more than the limit', () => {
    const all = feedItems(meetings, boards, decisionRows(meetings, boards, grants), SITE.site_url);
    const newest = feedItems(meetings, boards, decisionRows(meetings, boards, grants), SITE.site_url, 2);
    expect(newest).toEqual(all.slice(0, 2));
    expect(newest.map((i) => i.link)).toEqual(['https://open.example.org/meetings/jan/', 'https://open.example.org/meetings/march/#minutes']);
  });

  it('cuts long text at a word with an ellipsis', () => {
    expect(shorten('short', 10)).toBe('short');
    expect(shorten('one two three four', 12)).toBe('one two…');
  });
});
