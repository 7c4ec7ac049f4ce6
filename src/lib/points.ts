/**
 * Builds /data/points.json (the shapes are described in src/lib/geo.ts) from
 * organisations and crowdfund projects.
 */
import type { CrowdfundProject } from '../schemas/crowdfund';
import type { Organisation } from '../schemas/organisation';
import type { MapPlace, MapRecord, PointsFile } from './geo';
import { organisationPlace, serviceReach, type SearchContext } from './search-meta';
import { urls } from './urls';

const round = (n: number) => Math.round(n * 1e5) / 1e5; // about 1 metre: enough for a map, fewer bytes

/** Collects places, merging those at the same rounded coordinates. */
class PlaceTable {
  readonly places: MapPlace[] = [];
  private byCoords = new Map<string, number>();

  add(lat: number, lng: number, name: string, approximate: boolean): number {
    const key = `${round(lat)},${round(lng)}`;
    const found = this.byCoords.get(key);
    if (found !== undefined) {
      const place = this.places[found];
      if (!place.name.split(' / ').includes(name)) place.name = `${place.name} / ${name}`;
      // A shared spot is only approximate if every venue there is.
      if (!approximate) delete place.approximate;
      return found;
    }
    this.places.push({ lat: round(lat), lng: round(lng), name, ...(approximate ? { approximate: true as const } : {}) });
    this.byCoords.set(key, this.places.length - 1);
    return this.places.length - 1;
  }
}

/**
 * The points file for organisations (closed ones are listed without places:
 * the map is for finding help now) and crowdfund projects that give coordinates.
 */
export function buildPointsFile(
  orgs: { id: string; data: Organisation }[],
  projects: { id: string; data: CrowdfundProject }[],
  ctx: SearchContext,
): PointsFile {
  const table = new PlaceTable();
  const records: MapRecord[] = [];
  for (const { id, data: org } of orgs) {
    const closed = org.status === 'closed';
    const venue = new Map(
      closed ? [] : org.locations.map((l) => [l.id, table.add(l.lat, l.lng, l.name, l.location_precision === 'approximate')]),
    );
    const status = org.status !== 'active' ? { status: org.status } : {};
    records.push({
      url: urls.organisation(id), title: org.name, type: 'organisation', places: [...venue.values()],
      ...(venue.size ? {} : { reach: closed ? 'Closed' : organisationPlace(org, ctx) }),
      ...status,
    });
    if (closed) continue;
    for (const s of org.services.filter((x) => x.status !== 'closed')) {
      const places = s.locations.flatMap((l) => (venue.has(l) ? [venue.get(l)!] : []));
      records.push({
        url: urls.service(id, s.id), title: s.name, type: 'service', org: org.name, places,
        ...(places.length ? {} : { reach: serviceReach(s, ctx) }),
        ...(s.status !== 'active' ? { status: s.status } : status),
      });
    }
  }
  for (const { id, data: p } of projects) {
    const { lat, lng, name } = p.location;
    const places = lat !== undefined && lng !== undefined ? [table.add(lat, lng, name, false)] : [];
    records.push({ url: urls.crowdfund(id), title: p.title, type: 'crowdfund', places, ...(places.length ? {} : { reach: name }) });
  }
  return { places: table.places, records };
}

