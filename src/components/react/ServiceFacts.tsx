/**
 * The facts that decide whether a service fits: who it is for, ages, cost,
 * languages, how it is offered, area, places, how to get help, when, themes.
 * One component, two places: each service on its organisation's page
 * (src/components/directory/ServiceDetails.astro) and the CMS preview of an
 * organisation (admin/previews/). Plain data in, static HTML out.
 */
import { Fragment, type ReactNode } from 'react';
import type { OrgLocation, Service } from '../../schemas/organisation';
import type { Taxonomy } from '../../schemas/settings';
import { ACCESS_LABELS, COST_LABELS, DELIVERY_LABELS, ageRange } from '../../lib/directory-labels';
import { formatSession, sessionsByDay, type Session } from '../../lib/schedule';
import { labeller } from '../../lib/taxonomy';
import { urls } from '../../lib/urls';
import Fact from './Fact';
import './views.css';

interface Props {
  service: Service;
  /** The organisation's places, for the ones this service runs at. */
  locations: OrgLocation[];
  taxonomy: Taxonomy;
  /** e.g. "Barnet", for "All of Barnet". */
  areaName: string;
}

/** Items joined by ", " (or another separator), each its own element. */
const joined = (items: ReactNode[], separator = ', ') => items.map((item, i) => <Fragment key={i}>{i > 0 && separator}{item}</Fragment>);

function Schedule({ sessions }: { sessions: Session[] }) {
  const days = sessionsByDay(sessions);
  const describe = (s: Session) => `${formatSession(s)}${s.note ? ` (${s.note})` : ''}`;
  if (!days.length) return null;
  return (
    <ul className="schedule">
      {days.map((d) => <li key={d.day}><strong>{d.label}:</strong> {d.sessions.map(describe).join(' and ')}</li>)}
    </ul>
  );
}

export default function ServiceFacts({ service: s, locations, taxonomy, areaName }: Props) {
  const label = labeller(taxonomy);
  const venues = locations.filter((l) => s.locations.includes(l.id));
  return (
    <dl className="facts" data-view="facts">
      {s.eligibility && <Fact label="Who it is for">{s.eligibility}</Fact>}
      <Fact label="Ages">{ageRange(s.min_age, s.max_age)}</Fact>
      <Fact label="Cost">{COST_LABELS[s.cost]}{s.cost_notes && `: ${s.cost_notes}`}</Fact>
      {s.languages.length > 0 && <Fact label="Languages">{s.languages.map((l) => label('languages', l)).join(', ')}</Fact>}
      <Fact label="How it is offered">{s.delivery.map((d) => DELIVERY_LABELS[d]).join(', ')}</Fact>
      <Fact label="Area served">{s.area_served === 'borough-wide' ? `All of ${areaName}` : joined(s.area_served.map((w) => <a href={urls.ward(w)}>{label('wards', w)}</a>))}</Fact>
      {venues.length > 0 && <Fact label="Where">{joined(venues.map((v) => <a href={`#venue-${v.id}`}>{v.name}</a>))}</Fact>}
      <Fact label="How to get help">{s.access.map((a) => ACCESS_LABELS[a]).join('; ')}</Fact>
      {(s.schedule.length > 0 || s.schedule_notes) && <Fact label="When"><Schedule sessions={s.schedule} />{s.schedule_notes && <p>{s.schedule_notes}</p>}</Fact>}
      <Fact label="Themes">{joined(s.themes.map((t) => <a href={urls.theme(t)}>{label('themes', t)}</a>))}</Fact>
    </dl>
  );
}
