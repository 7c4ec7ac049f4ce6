/**
 * Every URL the site links to, in one place, so a page's address changes once.
 * Paths end in "/" (pages) except data files, which are files.
 */
export const urls = {
  home: () => '/',
  organisation: (id: string) => `/directory/${id}/`,
  service: (orgId: string, serviceId: string) => `/directory/${orgId}/#service-${serviceId}`,
  theme: (id: string) => `/directory/themes/${id}/`,
  /** One letter of the A–Z: "a" to "z", or "other". */
  directoryLetter: (slug: string) => `/directory/a-z/${slug}/`,
  ward: (id: string) => `/wards/${id}/`,
  fund: (id: string) => `/funding/funds/${id}/`,
  round: (fundId: string, roundId: string) => `/funding/funds/${fundId}/#round-${roundId}`,
  grant: (grantId: string) => `/funding/grants/${grantId}/`,
  crowdfund: (id: string) => `/crowdfund/${id}/`,
  meeting: (id: string) => `/meetings/${id}/`,
  decision: (meetingId: string, decisionId: string) => `/meetings/${meetingId}/#decision-${decisionId}`,
  action: (meetingId: string, actionId: string) => `/meetings/${meetingId}/#action-${actionId}`,
  board: (id: string) => `/boards/${id}/`,
  covenant: () => '/covenant/',
  page: (id: string) => `/${id}/`,
  // Money, meetings and covenant pages (lists, and anchors that totals link to).
  funding: () => '/funding/',
  grants: () => '/funding/grants/',
  grantsInYear: (year: string) => `/funding/grants/year/${year}/`,
  // The awards in one group (a fund, year, ward, theme or recipient type): a static page that works without JavaScript.
  grantsBy: (dimension: string, value: string) => `/funding/grants/${dimension}/${value}/`,
  // The table of all awards with filters and sorting set by a query string (needs JavaScript).
  grantsView: (query: string) => `/funding/grants/${query}`,
  // Content changes from Git: the latest across the site, one commit's anchor, and the RSS feed.
  changes: () => '/changes/',
  change: (commit: string) => `/changes/#change-${commit.slice(0, 12)}`,
  changesFeed: () => '/changes/feed.xml',
  fundAwards: (id: string) => `/funding/funds/${id}/#awards`,
  crowdfundProjects: () => '/crowdfund/',
  // The projects behind one figure on /crowdfund/ (pledged, paid, a year's campaigns): a static page, no JavaScript needed.
  crowdfundFigure: (slug: string) => `/crowdfund/figures/${slug}/`,
  meetings: () => '/meetings/',
  agendaItem: (meetingId: string, itemId: string) => `/meetings/${meetingId}/#item-${itemId}`,
  declarations: (meetingId: string) => `/meetings/${meetingId}/#declarations`,
  boards: () => '/boards/',
  data: () => '/data/',
  // Recipients not listed in the directory, by org-id (open data joins on it).
  recipients: () => '/funding/recipients/',
  recipient: (orgId: string) => `/funding/recipients/${orgId}/`,
  dataFile: (file: string) => `/data/${file}`,
  // Decisions, actions and the meeting feeds.
  decisions: () => '/decisions/',
  actions: () => '/actions/',
  feed: () => '/feed.xml',
  meetingsCalendar: () => '/data/meetings.ics',
  boardCalendar: (boardId: string) => `/data/boards/${boardId}.ics`,
  meetingsData: () => '/data/meetings.json',
  minutesStatus: (meetingId: string) => `/meetings/${meetingId}/#minutes`,
};
