/** Preview of a meeting: which board and when, its summary, then the agenda with minutes as on its page (AgendaList). */
import AgendaList from '../../src/components/react/AgendaList';
import { formatDate } from '../../src/lib/format';
import PreviewFrame, { Markdown, type TemplateProps } from './PreviewFrame';

export default function MeetingPreview({ entry }: TemplateProps) {
  return (
    <PreviewFrame collection="meetings" entry={entry}>
      {({ data: m, body, site }) => (
        <>
          <h1>{m.title ?? site.boards.find((b) => b.id === m.board)?.name ?? m.board} <span className="h1-date">{formatDate(m.date)}</span></h1>
          <Markdown source={body} />
          <h2>Agenda and minutes</h2>
          <AgendaList meeting={m} />
          <h2 id="decisions">Decisions</h2>
          {m.decisions.length > 0 ? <ol>{m.decisions.map((d) => <li key={d.id} id={`decision-${d.id}`}>{d.text}</li>)}</ol> : <p>No decisions are recorded for this meeting.</p>}
        </>
      )}
    </PreviewFrame>
  );
}
