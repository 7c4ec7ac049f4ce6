/**
 * A meeting's agenda, each item (anchor "item-<id>") with its minutes and the
 * decisions made under it. Minutes are editor-written Markdown, turned into HTML
 * only by renderMarkdown() (sanitised against an allow-list). One component, two
 * places: the meeting's page (src/pages/meetings/[id].astro) and the CMS preview.
 */
import { Fragment } from 'react';
import type { Meeting } from '../../schemas/meeting';
import { renderMarkdown } from '../../lib/markdown';
import './views.css';

interface Props {
  meeting: Pick<Meeting, 'agenda' | 'decisions'>;
}

export default function AgendaList({ meeting }: Props) {
  if (meeting.agenda.length === 0) return <p>No agenda has been published.</p>;
  // Line breaks between blocks keep words apart in the search index (see Fact).
  return (
    <ol className="agenda" data-view="agenda">
      {meeting.agenda.map((item) => {
        const decisions = meeting.decisions.filter((d) => d.item === item.id);
        const minutes = renderMarkdown(item.minutes);
        return (
          <Fragment key={item.id}>
            <li id={`item-${item.id}`}>
              <h3>{item.title}</h3>{'\n'}
              {/* Sanitised by renderMarkdown: the one way editor Markdown becomes HTML. */}
              {minutes ? <div className="prose" dangerouslySetInnerHTML={{ __html: minutes }} /> : <p className="meta">No minutes for this item.</p>}
              {'\n'}
              {decisions.length > 0 && (
                <p>Decided: {decisions.map((d, i) => <Fragment key={d.id}>{i > 0 && ', '}<a href={`#decision-${d.id}`}>decision {d.id}</a></Fragment>)}.</p>
              )}
            </li>
            {'\n'}
          </Fragment>
        );
      })}
    </ol>
  );
}
