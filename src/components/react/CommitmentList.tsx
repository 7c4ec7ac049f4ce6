/**
 * The covenant's commitments grouped by status (sections "status-<status>", the
 * targets of the summary's links), each (anchor "commitment-<id>") with its owner,
 * evidence and when it was last updated. One component, two places: /covenant/
 * (src/pages/covenant/index.astro) and the CMS preview of the covenant.
 */
import { Fragment } from 'react';
import type { Covenant } from '../../schemas/covenant';
import { COMMITMENT_STATUS_LABELS, commitmentSummary } from '../../lib/covenant';
import { formatDate } from '../../lib/format';
import './views.css';

interface Props {
  commitments: Covenant['commitments'];
}

export default function CommitmentList({ commitments }: Props) {
  const groups = commitmentSummary(commitments).byStatus;
  // Line breaks between blocks keep words apart in the search index (see Fact).
  return (
    <div data-view="commitments">
      {groups.map((g) => (
        <Fragment key={g.status}>
          <section aria-labelledby={`status-${g.status}`}>
            <h3 id={`status-${g.status}`}>{g.label} ({g.count})</h3>{'\n'}
            {g.count === 0 ? <p>None.</p> : (
              <ul className="commitments">
                {commitments.filter((c) => c.status === g.status).map((c) => (
                  <Fragment key={c.id}>
                    <li id={`commitment-${c.id}`}>
                      <h4>{c.title}</h4>{'\n'}
                      <p>{c.description}</p>{'\n'}
                      <p className="meta">Owner: {c.owner}. Status: {COMMITMENT_STATUS_LABELS[c.status]}. Last updated {formatDate(c.updated)}.</p>{'\n'}
                      {c.evidence.length > 0 && <p>Evidence: {c.evidence.map((e, i) => <Fragment key={i}>{i > 0 && '; '}<a href={e.url}>{e.label}</a></Fragment>)}</p>}
                    </li>
                    {'\n'}
                  </Fragment>
                ))}
              </ul>
            )}
          </section>
          {'\n'}
        </Fragment>
      ))}
    </div>
  );
}
