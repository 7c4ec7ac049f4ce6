/**
 * The shortlist a resident or support worker builds while browsing: service
 * ids kept in the browser (localStorage), and a share link (/shortlist/?s=a,b)
 * that rebuilds the same list on another device. Runs in the browser, so it
 * imports nothing from the schemas (that would bundle Zod into every page).
 */

/** The page that shows, prints and shares the shortlist. */
export const SHORTLIST_PATH = '/shortlist/';
/** The query parameter of a share link. */
export const SHARE_PARAM = 's';
/**
 * The shortlist page's details of services come in files of about this many
 * services each, so a shortlist of a few services downloads a few small files
 * rather than every service in the area (one file was 25 MB at 10,000
 * organisations, 2.5 MB at 1,000).
 */
export const SERVICES_PER_FILE = 100;

/** How many shortlist data files a directory of this many services is split into. */
export const shortlistFileCount = (services: number): number => Math.max(1, Math.ceil(services / SERVICES_PER_FILE));

/**
 * The file (0 to files-1) that holds a service: a hash of its id (32-bit
 * FNV-1a), so the build and the browser agree with no lookup table to load.
 */
export function shortlistFileOf(id: string, files: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % files;
}

/** The services split into their data files: file n holds exactly the services whose id hashes to n. */
export function splitIntoFiles(services: readonly ShortlistService[]): Record<string, ShortlistService>[] {
  const files = Array.from({ length: shortlistFileCount(services.length) }, (): Record<string, ShortlistService> => ({}));
  for (const service of services) files[shortlistFileOf(service.id, files.length)]![service.id] = service;
  return files;
}

/** Where one shortlist data file is served. */
export const shortlistDataPath = (file: number): string => `/shortlist/services/${file}.json`;
export const STORAGE_KEY = 'vcfs-open-shortlist';
/** Enough for any real shortlist; a cap keeps a crafted share link from building a huge page. */
export const MAX_SHORTLIST = 50;

/** Service ids are slugs (src/schemas/fields.ts SLUG_PATTERN); anything else in a link is ignored. */
const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Valid ids in first-seen order, without repeats, at most MAX_SHORTLIST. */
export function cleanIds(values: readonly unknown[]): string[] {
  const ids: string[] = [];
  for (const value of values) {
    if (typeof value !== 'string') continue;
    const id = value.trim().toLowerCase();
    if (ID_PATTERN.test(id) && !ids.includes(id)) ids.push(id);
    if (ids.length === MAX_SHORTLIST) break;
  }
  return ids;
}

/** The ids in a share link's ?s= value ("a,b,c"); none when it is missing. */
export function idsFromShareParam(value: string | null | undefined): string[] {
  return value ? cleanIds(value.split(',')) : [];
}

/** The ids saved in localStorage; a missing or damaged value is an empty shortlist, never an error. */
export function idsFromStorage(raw: string | null | undefined): string[] {
  if (!raw) return [];
  try {
    const parsed: unknown = JSON.parse(raw);
    const ids = (parsed as { ids?: unknown })?.ids;
    return Array.isArray(ids) ? cleanIds(ids) : [];
  } catch {
    return [];
  }
}

/** What is written to localStorage: versioned, so a later format can read an old one. */
export function storageValue(ids: readonly string[]): string {
  return JSON.stringify({ version: 1, ids: cleanIds(ids) });
}

/** Adds the id at the end, or takes it out if it is there already. */
export function toggleId(ids: readonly string[], id: string): string[] {
  return ids.includes(id) ? ids.filter((i) => i !== id) : cleanIds([...ids, id]);
}

/** Ids joined into a link; slugs need no escaping, so the link stays readable. */
export function sharePath(ids: readonly string[]): string {
  const clean = cleanIds(ids);
  return clean.length ? `${SHORTLIST_PATH}?${SHARE_PARAM}=${clean.join(',')}` : SHORTLIST_PATH;
}

/** "1 service", "3 services". */
export function serviceCount(n: number): string {
  return `${n} ${n === 1 ? 'service' : 'services'}`;
}

/**
 * One service as the shortlist page shows and prints it: words already chosen
 * at build time (labels, times, addresses), so the browser only lays them out.
 */
export interface ShortlistService {
  id: string;
  name: string;
  /** Link to the service on its organisation's page. */
  url: string;
  organisation: string;
  organisationUrl: string;
  /** Set when the service or its organisation is not running normally, e.g. "Paused". */
  status?: string;
  summary: string;
  eligibility?: string;
  ages: string;
  cost: string;
  delivery: string;
  access: string;
  /** One line per day, then any free-text timing. */
  when: string[];
  /** Venues with their address, or the area served when there is no venue. */
  where: string[];
  contact: { website?: string; email?: string; phone?: string };
}
