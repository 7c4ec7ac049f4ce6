/** Preview of the covenant: title, summary, the text, then the commitments by status as on /covenant/ (CommitmentList). */
import CommitmentList from '../../src/components/react/CommitmentList';
import { formatDate } from '../../src/lib/format';
import PreviewFrame, { Markdown, type TemplateProps } from './PreviewFrame';

export default function CovenantPreview({ entry }: TemplateProps) {
  return (
    <PreviewFrame collection="covenant" entry={entry}>
      {({ data: c, body }) => (
        <>
          <h1>{c.title}</h1>
          <p className="lede">{c.summary}</p>
          <p>Adopted {formatDate(c.adopted)}.</p>
          <h2>What the covenant is</h2>
          <Markdown source={body} />
          <h2>Commitments</h2>
          <CommitmentList commitments={c.commitments} />
        </>
      )}
    </PreviewFrame>
  );
}
