/**
 * /feed.xml: RSS 2.0 of new meetings, decisions and approved minutes
 * (items from src/lib/rss.ts, XML written by @astrojs/rss).
 */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { siteContent } from '../data/content';
import { decisionRows } from '../lib/decisions';
import { feedItems } from '../lib/rss';
import { htmlText } from '../lib/security/html-text';
import { loadSettings } from '../lib/settings';
import { urls } from '../lib/urls';

export const GET: APIRoute = async () => {
  const { meetings, boards, grants } = await siteContent();
  const { site } = loadSettings();
  const items = feedItems(meetings, boards, decisionRows(meetings, boards, grants), site.site_url);
  const self = new URL(urls.feed(), site.site_url).href;
  return rss({
    title: `${site.site_name}: meetings and decisions`,
    description: htmlText(`New meetings, decisions and approved minutes of the boards, panels and forums in ${site.area_name}.`),
    site: site.site_url,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>en-gb</language><atom:link href="${self}" rel="self" type="application/rss+xml"/>`,
    // Readers render a description as HTML: the text is escaped for that as well as for XML.
    items: items.map(({ title, link, pubDate, description, categories }) => ({ title, link, pubDate, description: htmlText(description), categories })),
  });
};
