/**
 * The optional static postcode table (see src/lib/geocode.ts): from rows of an
 * ONS Postcode Directory (ONSPD) extract, the area's live postcodes grouped by
 * outward code, one small file per outward code, so a look-up fetches a few
 * kilobytes from the site itself. Used by scripts/postcodes.ts.
 */
import type { PostcodeShard } from './geocode';

/** Column names across ONSPD editions: older ones say oslaua, newer ones e.g. lad25cd. */
const LA_COLUMNS = [/^oslaua$/, /^laua$/, /^lad$/, /^lad\d{2}cd$/];
const REQUIRED = ['pcds', 'lat', 'long'];

export class PostcodeTableError extends Error {}

/** The local authority column of this extract, or an error naming what is accepted. */
export function localAuthorityColumn(columns: string[]): string {
  const missing = REQUIRED.filter((c) => !columns.includes(c));
  const la = columns.find((c) => LA_COLUMNS.some((re) => re.test(c)));
  if (missing.length || !la) {
    const need = [...missing, ...(la ? [] : ['a local authority code column (oslaua, laua or ladYYcd)'])];
    throw new PostcodeTableError(`The CSV is missing ${need.join(', ')}. Its columns are: ${columns.join(', ')}. Use an ONS Postcode Directory extract.`);
  }
  return la;
}

const round = (n: number) => Math.round(n * 1e5) / 1e5;

/**
 * Shards for one local authority: only its postcodes, only live ones (no
 * termination date) with real coordinates (ONSPD writes 99.999999 where a
 * postcode has none). Each shard's centre is the mean of its postcodes, which
 * is what an outward code on its own is measured from.
 */
export function buildShards(rows: Iterable<Record<string, string>>, laColumn: string, laCode: string): PostcodeShard[] {
  const byOutward = new Map<string, PostcodeShard & { sum: [number, number]; n: number }>();
  for (const row of rows) {
    if (row[laColumn] !== laCode || row.doterm?.trim()) continue;
    const lat = Number(row.lat);
    const lng = Number(row.long);
    if (!Number.isFinite(lat) || !Number.isFinite(lng) || lat > 90 || (lat === 0 && lng === 0)) continue;
    const [outward, inward] = row.pcds.trim().toUpperCase().split(/\s+/);
    if (!outward || !inward) continue;
    const shard = byOutward.get(outward) ?? { outward, lat: 0, lng: 0, postcodes: {}, sum: [0, 0], n: 0 };
    shard.postcodes[inward] = [round(lat), round(lng)];
    shard.sum[0] += lat;
    shard.sum[1] += lng;
    shard.n += 1;
    byOutward.set(outward, shard);
  }
  return [...byOutward.values()]
    .sort((a, b) => a.outward.localeCompare(b.outward, 'en', { numeric: true }))
    .map(({ sum, n, ...shard }) => ({ ...shard, lat: round(sum[0] / n), lng: round(sum[1] / n) }));
}
