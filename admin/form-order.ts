/**
 * Keeps the fields inside lists and groups (an organisation's places and services,
 * a meeting's agenda) in the form's order when the CMS saves.
 *
 * Why: Decap holds an entry as Immutable.js maps, and a map with more than eight
 * keys iterates in hash order, not in the order it was read. Decap sorts only the
 * top-level fields into the form's order when it writes the file, so every place
 * or service with more than eight fields came out shuffled: changing an
 * organisation's summary rewrote dozens of lines (seen with Decap 3.16). The
 * content files keep every object's fields in the form's order
 * (admin/tools/content-style.ts writes them so), and the CMS saves them the same
 * way (admin/cms.ts, on Decap's preSave event), so a change of one field is one
 * line in Git. Plain functions on plain data: used by the CMS and the Node tools.
 */

/** A field of admin/config.yml, the parts that say what is nested inside it. */
export interface FormField {
  name: string;
  /** An object's fields, or each item's fields in a list of objects. */
  fields?: FormField[];
  /** The one field of each item in a list of single values. */
  field?: FormField;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);

/** The value inside a field, with its own nested fields ordered. */
function nested(value: unknown, field: FormField): unknown {
  if (field.fields) return Array.isArray(value) ? value.map((item) => inFormOrder(item, field.fields!)) : inFormOrder(value, field.fields);
  if (field.field && Array.isArray(value)) return value.map((item) => nested(item, field.field!));
  return value;
}

/**
 * A copy of an entry's data (or any object in it) with each object's keys in the
 * order of `fields`, at every depth; keys the form does not have follow, in the
 * order they came. Values are not changed.
 */
export function inFormOrder(value: unknown, fields: FormField[]): unknown {
  if (!isObject(value)) return value;
  const byName = new Map(fields.map((f, i) => [f.name, { field: f, rank: i }]));
  const keys = Object.keys(value).sort((a, b) => (byName.get(a)?.rank ?? Infinity) - (byName.get(b)?.rank ?? Infinity));
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const known = byName.get(key);
    out[key] = known ? nested(value[key], known.field) : value[key];
  }
  return out;
}
