/**
 * Every URL the site links to, in one place, so a page's address changes once.
 * Paths end in "/" (pages) except data files, which are files.
 */
export const urls = {
  home: () => '/',
  organisation: (id: string) => `/directory/${id}/`,
  service: (orgId: string, serviceId: string) => `/directory/${orgId}/#service-${serviceId}`,
  theme: (id: string) => `/directory/themes/${id}/`,
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
  grantsInYear: (year: string) => `/funding/grants/#year-${year}`,
  fundAwards: (id: string) => `/funding/funds/${id}/#awards`,
  crowdfundProjects: () => '/crowdfund/',
  meetings: () => '/meetings/',
  agendaItem: (meetingId: string, itemId: string) => `/meetings/${meetingId}/#item-${itemId}`,
  declarations: (meetingId: string) => `/meetings/${meetingId}/#declarations`,
  boards: () => '/boards/',
  data: () => '/data/',
};
