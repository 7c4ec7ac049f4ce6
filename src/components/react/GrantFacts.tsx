/**
 * An award's facts in plain words: money, dates, status, the fund and round it
 * came from, where it helps, its themes and 360Giving id. One component, two
 * places: the grant's page (src/pages/funding/grants/[id].astro) and the CMS
 * preview of a grant. The fund and round are looked up by the caller.
 */
import type { Grant } from '../../schemas/grant';
import type { Taxonomy } from '../../schemas/settings';
import { formatDate, formatMoney } from '../../lib/format';
import { GRANT_STATUS_LABELS } from '../../lib/funding';
import { labeller } from '../../lib/taxonomy';
import { urls } from '../../lib/urls';
import Fact from './Fact';
import './views.css';

interface Props {
  grant: Grant;
  fund?: { id: string; name: string };
  round?: { id: string; name: string };
  taxonomy: Taxonomy;
  areaName: string;
}

export default function GrantFacts({ grant: g, fund, round, taxonomy, areaName }: Props) {
  const label = labeller(taxonomy);
  return (
    <dl className="facts" data-view="grant-facts">
      <Fact label="Amount awarded"><strong>{formatMoney(g.amount_awarded)}</strong></Fact>
      {g.amount_requested !== undefined && <Fact label="Amount requested">{formatMoney(g.amount_requested)}</Fact>}
      {/* Plain text, not <time datetime>: React writes the attribute as "dateTime", which the HTML check refuses. */}
      <Fact label="Award date">{formatDate(g.award_date)}</Fact>
      {(g.planned_start || g.planned_end) && (
        <Fact label="Planned dates">{g.planned_start ? formatDate(g.planned_start) : 'not given'} to {g.planned_end ? formatDate(g.planned_end) : 'not given'}</Fact>
      )}
      <Fact label="Status">{GRANT_STATUS_LABELS[g.status]}</Fact>
      <Fact label="Fund">
        {fund ? <a href={urls.fund(fund.id)}>{fund.name}</a> : g.fund}{fund && round && <>, <a href={urls.round(fund.id, round.id)}>{round.name}</a></>}
      </Fact>
      <Fact label="Where it helps">
        {g.beneficiary_wards === 'borough-wide'
          ? `Across ${areaName} (borough-wide)`
          : <ul className="inline-list">{g.beneficiary_wards.map((w) => <li key={w}><a href={urls.ward(w)}>{label('wards', w)}</a></li>)}</ul>}
      </Fact>
      {g.themes.length > 0 && <Fact label="Themes">{g.themes.map((t) => label('themes', t)).join(', ')}</Fact>}
      <Fact label="360Giving identifier"><code>{g.grant_id}</code></Fact>
    </dl>
  );
}
