/** Preview of an organisation: name, summary, description, then each service as on its page (ServiceFacts). */
import ServiceFacts from '../../src/components/react/ServiceFacts';
import { SERVICE_STATUS_LABELS } from '../../src/lib/directory-labels';
import PreviewFrame, { Markdown, type TemplateProps } from './PreviewFrame';

export default function OrganisationPreview({ entry }: TemplateProps) {
  return (
    <PreviewFrame collection="organisations" entry={entry}>
      {({ data: org, body, site }) => (
        <>
          <h1>{org.name}</h1>
          {org.alternate_names.length > 0 && <p className="meta">Also known as {org.alternate_names.join(', ')}</p>}
          {org.alert && <p className="notice">{org.alert}</p>}
          <p className="lede">{org.summary}</p>
          <Markdown source={body} />
          <h2 id="services">Services</h2>
          {org.services.length === 0 && <p>No services are listed.</p>}
          {org.services.map((s) => (
            <section className="service card" aria-labelledby={`service-${s.id}`} key={s.id}>
              <h3 id={`service-${s.id}`}>{s.name}{s.status !== 'active' && <strong className="status-tag"> {SERVICE_STATUS_LABELS[s.status]}</strong>}</h3>
              <p>{s.description}</p>
              <ServiceFacts service={s} locations={org.locations} taxonomy={site.taxonomy} areaName={site.site.area_name} />
            </section>
          ))}
          {org.locations.length > 0 && (
            <>
              <h2 id="venues">Where to find them</h2>
              <ul>{org.locations.map((l) => <li key={l.id}>{l.name}, {l.address}, {l.postcode}</li>)}</ul>
            </>
          )}
        </>
      )}
    </PreviewFrame>
  );
}
