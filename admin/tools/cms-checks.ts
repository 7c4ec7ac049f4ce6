/**
 * The checks Decap CMS makes before it saves an entry, run in Node over the files
 * in content/. Why: an entry written by hand (or by an older version of the form)
 * can lack a field the form requires, and then a volunteer who opens it to fix a
 * typo cannot save at all ("Oops, you've missed a required field"), for a field
 * they never touched. tests/unit/cms-style.test.ts runs these over every entry.
 *
 * Mirrors decap-cms-core's Widget.js (validatePresence, validatePattern) for the
 * widgets admin/config.yml uses: a field without `required: false` must not be
 * empty (null, "", [] or {}), and a non-empty value must match its `pattern`
 * (for an image or file, its file name must).
 * Fields of an object are checked even when the object is missing, as Decap does.
 */

export interface CmsField {
  name: string;
  label?: string;
  widget?: string;
  required?: boolean;
  default?: unknown;
  pattern?: [string, string];
  fields?: CmsField[];
  field?: CmsField;
}

/** Decap's own idea of an empty value (Widget.js isEmpty). */
export function isEmptyForCms(value: unknown): boolean {
  return (
    value === null ||
    value === undefined ||
    ((typeof value === 'string' || Array.isArray(value)) && value.length === 0) ||
    (typeof value === 'object' && value.constructor === Object && Object.keys(value).length === 0)
  );
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** One line per field the CMS would refuse, e.g. `services[1].status: "Status" is required`. */
export function cmsRefusals(fields: CmsField[], data: Record<string, unknown>, path = ''): string[] {
  return fields.flatMap((field) => checkField(field, data[field.name], `${path}${field.name}`));
}

function checkField(field: CmsField, value: unknown, path: string): string[] {
  const label = field.label ?? field.name;
  const problems: string[] = [];
  if (field.required !== false && isEmptyForCms(value)) problems.push(`${path}: "${label}" is required by the form but is empty or missing`);
  const widget = field.widget ?? 'string';
  // An image or file widget tests its pattern against the file name only.
  const tested = widget === 'image' || widget === 'file' ? String(value).replace(/^.*\//, '') : String(value);
  if (field.pattern && !isEmptyForCms(value) && !isObject(value) && !Array.isArray(value) && !new RegExp(field.pattern[0]).test(tested))
    problems.push(`${path}: ${JSON.stringify(value)} does not match the form's rule for "${label}" (${field.pattern[1]})`);
  if (widget === 'object' && field.fields) problems.push(...cmsRefusals(field.fields, isObject(value) ? value : {}, `${path}.`));
  if (widget === 'list' && Array.isArray(value))
    value.forEach((item, i) => {
      if (field.fields) problems.push(...cmsRefusals(field.fields, isObject(item) ? item : {}, `${path}[${i}].`));
      else if (field.field) problems.push(...checkField(field.field, item, `${path}[${i}]`));
    });
  return problems;
}

/**
 * The entry with every required field the form fills in by default (a service's
 * status, a pledge of 0) written out, and each object's keys in the form's order.
 * The site reads the same values either way (the schemas have the same defaults);
 * the CMS can then save the entry without asking for fields nobody changed.
 */
export function withCmsDefaults(fields: CmsField[], data: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of fields) {
    let value = data[field.name];
    if (value === undefined && field.required !== false && field.default !== undefined && !isTemplate(field.default)) value = structuredClone(field.default);
    const widget = field.widget ?? 'string';
    if (widget === 'object' && field.fields && isObject(value)) value = withCmsDefaults(field.fields, value);
    if (widget === 'list' && field.fields && Array.isArray(value)) value = value.map((item) => (isObject(item) ? withCmsDefaults(field.fields!, item) : item));
    if (value !== undefined) out[field.name] = value;
  }
  // Keys the form does not know keep their place at the end (the schemas refuse them anyway).
  for (const [key, value] of Object.entries(data)) if (!(key in out) && !fields.some((f) => f.name === key)) out[key] = value;
  return out;
}

/** A default such as "{{now}}" is filled in by Decap for new entries only. */
const isTemplate = (value: unknown) => typeof value === 'string' && value.includes('{{');
