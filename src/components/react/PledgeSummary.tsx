/**
 * The council's pledge to a crowdfund project, shown apart from the crowd's
 * money. Its status comes from pledgeStatus(): a pledge to a campaign that missed
 * its target reads "not paid". One component, two places: the project's page
 * (src/pages/crowdfund/[id].astro) and the CMS preview of a project.
 */
import type { CrowdfundProject } from '../../schemas/crowdfund';
import { formatMoney } from '../../lib/format';
import { PLEDGE_STATUS_LABELS, pledgeStatus } from '../../lib/crowdfund';
import Fact from './Fact';
import './views.css';

interface Props {
  project: CrowdfundProject;
  /** e.g. "Barnet Council". */
  councilName: string;
  /** The most the council pledges to one project (settings: crowdfund.max_council_pledge). */
  maxPledge: number;
}

export default function PledgeSummary({ project, councilName, maxPledge }: Props) {
  const status = pledgeStatus(project);
  const lapsed = status === 'not-paid' && project.status === 'unsuccessful';
  return (
    <section className="pledge" aria-labelledby="council-pledge" data-view="pledge">
      {/* Line breaks between blocks keep words apart in the search index (see Fact). */}
      <h2 id="council-pledge">The council's pledge</h2>{'\n'}
      {status === 'none' ? (
        <p>The council has not pledged to this project.</p>
      ) : (
        <dl>
          <Fact label="Amount">{formatMoney(project.council_pledge)}</Fact>
          <Fact label="Status"><strong>{PLEDGE_STATUS_LABELS[status]}</strong></Fact>
        </dl>
      )}
      {'\n'}
      {lapsed && <p>The campaign did not reach its target, so the council's pledge was not paid.</p>}
      {'\n'}
      <p className="meta">{councilName} can pledge up to {formatMoney(maxPledge)} to a project that meets its priorities and wins public support. Pledges are paid only when a campaign reaches its target, and are not counted in the money raised from the crowd.</p>
    </section>
  );
}
