/**
 * /changes/feed.xml: RSS 2.0 of the latest content changes (the same list as
 * /changes/, from Git), each item linking to its anchor there. XML written by
 * @astrojs/rss, which escapes the commit summaries and entry names.
 */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { siteContent } from '../../data/content';
import { entryIndex, latestChanges } from '../../lib/changes';
import { contentHistory } from '../../lib/git-history';
import { htmlText } from '../../lib/security/html-text';
import { loadSettings } from '../../lib/settings';
import { urls } from '../../lib/urls';

export const GET: APIRoute = async () => {
  const { site } = loadSettings();
  const changes = latestChanges(contentHistory(), entryIndex(await siteContent()), 50);
  const self = new URL(urls.changesFeed(), site.site_url).href;
  return rss({
    title: `${site.site_name}: latest changes`,
    // Readers render a description as HTML: the text is escaped for that as well as for XML.
    description: htmlText(`Changes to the directory, funding, crowdfund and meeting records of ${site.site_name}, newest first.`),
    site: site.site_url,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>en-gb</language><atom:link href="${self}" rel="self" type="application/rss+xml"/>`,
    items: changes.map((c) => ({
      title: c.summary,
      // Absolute, so @astrojs/rss keeps it as given (it would add a slash after the #anchor of a relative link).
      link: new URL(urls.change(c.commit), site.site_url).href,
      pubDate: new Date(c.date),
      description: htmlText(`Changed: ${c.entries.slice(0, 20).map((e) => `${e.title} (${e.kind})`).join('; ')}${c.entries.length > 20 ? ` and ${c.entries.length - 20} more` : ''}.`),
      categories: [...new Set(c.entries.map((e) => e.kind))],
    })),
  });
};
