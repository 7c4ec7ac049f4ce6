/**
 * Preview templates: the CMS shows organisations, grants, crowdfund projects,
 * meetings and the covenant with the site's own React components (one component,
 * two places), styled by the site's own stylesheets.
 */
import CMS from 'decap-cms-app';
import siteStyle from '../../src/styles/global.css?url';
import viewStyle from '../../src/components/react/views.css?url';
import previewStyle from '../preview.css?url';
import CovenantPreview from './CovenantPreview';
import CrowdfundPreview from './CrowdfundPreview';
import GrantPreview from './GrantPreview';
import MeetingPreview from './MeetingPreview';
import OrganisationPreview from './OrganisationPreview';

export function registerPreviews() {
  for (const style of [siteStyle, viewStyle, previewStyle]) CMS.registerPreviewStyle(style);
  CMS.registerPreviewTemplate('organisations', OrganisationPreview as never);
  CMS.registerPreviewTemplate('grants', GrantPreview as never);
  CMS.registerPreviewTemplate('crowdfund', CrowdfundPreview as never);
  CMS.registerPreviewTemplate('meetings', MeetingPreview as never);
  CMS.registerPreviewTemplate('covenant', CovenantPreview as never);
}
