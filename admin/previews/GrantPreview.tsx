/** Preview of a grant: title, summary and the award's facts as on its page (GrantFacts). */
import GrantFacts from '../../src/components/react/GrantFacts';
import PreviewFrame, { Markdown, type TemplateProps } from './PreviewFrame';

export default function GrantPreview({ entry }: TemplateProps) {
  return (
    <PreviewFrame collection="grants" entry={entry}>
      {({ data: g, body, site }) => {
        const fund = site.funds.find((f) => f.id === g.fund);
        const round = fund?.rounds.find((r) => r.id === g.round);
        return (
          <>
            <h1>{g.title}</h1>
            <p className="lede">{g.summary}</p>
            <h2>The award</h2>
            <GrantFacts grant={g} fund={fund} round={round} taxonomy={site.taxonomy} areaName={site.site.area_name} />
            <Markdown source={body} />
            <h2>Outcome</h2>
            <p>{g.outcome ?? 'No outcome has been reported yet.'}</p>
          </>
        );
      }}
    </PreviewFrame>
  );
}
