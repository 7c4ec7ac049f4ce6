/** Preview of a crowdfund project: title, summary, the council's pledge as on its page (PledgeSummary), images and story. */
import PledgeSummary from '../../src/components/react/PledgeSummary';
import { formatMoney } from '../../src/lib/format';
import PreviewFrame, { Markdown, type TemplateProps } from './PreviewFrame';

export default function CrowdfundPreview({ entry, getAsset }: TemplateProps) {
  return (
    <PreviewFrame collection="crowdfund" entry={entry}>
      {({ data: p, body, site }) => (
        <>
          <h1>{p.title}</h1>
          <p className="lede">{p.summary}</p>
          <p><strong>{formatMoney(p.raised)}</strong> raised of {formatMoney(p.target)} from {p.backers} backers.</p>
          <PledgeSummary project={p} councilName={site.site.council_name} maxPledge={site.site.crowdfund.max_council_pledge} />
          {p.images.length > 0 && (
            <ul className="images">
              {/* getAsset: an image just uploaded is not on the site yet; Decap holds it until the entry is saved. */}
              {p.images.map((img) => <li key={img.src}><img src={getAsset(img.src)?.toString() ?? img.src} alt={img.alt} /></li>)}
            </ul>
          )}
          {body.trim() && <><h2>About the project</h2><Markdown source={body} /></>}
        </>
      )}
    </PreviewFrame>
  );
}
