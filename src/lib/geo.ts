/**
 * The compact map points file (/data/points.json): one point per venue, with
 * the services that run there grouped onto it, so the map draws one marker per
 * place however many services share it. Search results join to points by url.
 */
import type { CrowdfundProject } from '../schemas/crowdfund';
import type { OrgEntry } from './directory';
import { urls } from './urls';

export interface MapPoint {
  /** Unique per point: "<organisation id>/<location id>" or "crowdfund/<id>". */
  id: string;
  /** The organisation's or project's name. */
  name: string;
  type: 'organisation' | 'crowdfund';
  lat: number;
  lng: number;
  /** The page the point belongs to; search results (also pages) join on this. */
  url: string;
  /** The venue's name (organisations). */
  venue?: string;
  /** Present when the point marks a street or town centre, not the door. */
  approximate?: true;
  /** Services that run at this venue. */
  services?: { id: string; name: string; url: string }[];
  /** Set when not running normally, e.g. "inactive" or "paused". */
  status?: string;
}

const round = (n: number) => Math.round(n * 1e5) / 1e5; // about 1 metre: enough for a map, fewer bytes

/**
 * Venues of organisations that are not closed, with their services that are not
 * closed: the map is for finding help now (closed entries stay on their pages).
 */
export function organisationPoints(orgs: OrgEntry[]): MapPoint[] {
  return orgs
    .filter((org) => org.data.status !== 'closed')
    .flatMap((org) =>
      org.data.locations.map((loc): MapPoint => {
        const services = org.data.services
          .filter((s) => s.status !== 'closed' && s.locations.includes(loc.id))
          .map((s) => ({ id: s.id, name: s.name, url: urls.service(org.id, s.id) }));
        return {
          id: `${org.id}/${loc.id}`,
          name: org.data.name,
          type: 'organisation',
          lat: round(loc.lat),
          lng: round(loc.lng),
          url: urls.organisation(org.id),
          venue: loc.name,
          ...(loc.location_precision === 'approximate' ? { approximate: true as const } : {}),
          ...(services.length ? { services } : {}),
          ...(org.data.status !== 'active' ? { status: org.data.status } : {}),
        };
      }),
    );
}

/** Crowdfund projects that give coordinates. */
export function crowdfundPoints(projects: { id: string; data: CrowdfundProject }[]): MapPoint[] {
  return projects.flatMap((p) => {
    const { lat, lng, name } = p.data.location;
    if (lat === undefined || lng === undefined) return [];
    return [{ id: `crowdfund/${p.id}`, name: p.data.title, type: 'crowdfund' as const, lat: round(lat), lng: round(lng), url: urls.crowdfund(p.id), venue: name }];
  });
}

/** Every point on the map, sorted by name so the file (and the list built from it) is stable. */
export function mapPoints(orgs: OrgEntry[], projects: { id: string; data: CrowdfundProject }[]): MapPoint[] {
  return [...organisationPoints(orgs), ...crowdfundPoints(projects)].sort(
    (a, b) => a.name.localeCompare(b.name, 'en-GB') || a.id.localeCompare(b.id),
  );
}

/** The page a url points at, without its #fragment or query, for joining results to points. */
export function pagePath(url: string): string {
  return url.replace(/[?#].*$/, '');
}

/** Points whose page is among the given result urls (e.g. search results), in the points' order. */
export function pointsForUrls(points: MapPoint[], resultUrls: Iterable<string>): MapPoint[] {
  const pages = new Set([...resultUrls].map(pagePath));
  return points.filter((p) => pages.has(pagePath(p.url)));
}
