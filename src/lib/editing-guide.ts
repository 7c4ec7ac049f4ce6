/**
 * Real examples for the editing guide (/help/editing/), worked out from the
 * content and the checks themselves, so the guide never shows a message the
 * site does not actually give.
 */
import { buildSchemas } from '../schemas';
import type { Organisation } from '../schemas/organisation';
import type { Site, Taxonomy } from '../schemas/settings';
import { formatIssues, issueLine } from './validate/issues';

export interface ProblemExample {
  /** The entry the example is made from. */
  file: string;
  /** What the editor typed. */
  typed: string;
  /** The line the content check prints for it, as in `npm run validate` and a failed build. */
  line: string;
}

/**
 * The content check's line for an organisation whose first place has a postcode
 * with its last letter missing, made by running that entry, so changed, through
 * the same schema the build uses.
 */
export function mistypedPostcodeExample(site: Site, taxonomy: Taxonomy, entry: { id: string; data: Organisation }): ProblemExample {
  const place = entry.data.locations[0];
  if (!place) throw new Error(`organisations/${entry.id}.md has no places, so it cannot show a postcode mistake`);
  const typed = place.postcode.slice(0, -1);
  const data = { ...entry.data, locations: [{ ...place, postcode: typed }, ...entry.data.locations.slice(1)] };
  const file = `organisations/${entry.id}.md`;
  const schema = buildSchemas(site, taxonomy).organisations;
  const result = schema.safeParse(data, { reportInput: true });
  const issue = result.success ? undefined : formatIssues(file, result.error.issues, data, schema).find((i) => i.field === 'locations[1].postcode');
  if (!issue) throw new Error(`the content check accepted the postcode "${typed}" in ${file}: the editing guide's example needs a postcode it refuses`);
  return { file, typed, line: issueLine(issue) };
}

interface ConfigField {
  name: string;
  label?: string;
  hint?: string;
  pattern?: [string, string];
  options?: (string | { label: string; value: string })[];
  fields?: ConfigField[];
}

export interface StatusField {
  /** The field's label in the form, e.g. "Status". */
  label: string;
  hint?: string;
  /** Each choice as the form shows it, with the value written to the file. */
  options: { label: string; value: string }[];
}

/** A field of the CMS form (admin/config.yml) by its path, e.g. ('organisations', 'locations.postcode'). */
export function formField(config: { collections: { name: string; fields?: ConfigField[] }[] }, collection: string, path: string): ConfigField {
  let fields = config.collections.find((c) => c.name === collection)?.fields ?? [];
  let field: ConfigField | undefined;
  for (const name of path.split('.')) {
    field = fields.find((f) => f.name === name);
    fields = field?.fields ?? [];
  }
  if (!field) throw new Error(`admin/config.yml has no field ${collection}.${path}`);
  return field;
}

/**
 * A select field's choices as the CMS form offers them, e.g. statusField(config,
 * 'grants', 'status') or (config, 'organisations', 'services.status'), so the
 * guide lists exactly what editors see.
 */
export function statusField(config: Parameters<typeof formField>[0], collection: string, path: string): StatusField {
  const field = formField(config, collection, path);
  if (!field.options) throw new Error(`admin/config.yml: ${collection}.${path} is not a choice field`);
  return {
    label: field.label ?? field.name,
    hint: field.hint,
    options: field.options.map((o) => (typeof o === 'string' ? { label: o, value: o } : o)),
  };
}

/** The message the CMS shows when a field's text breaks its rule: Decap's words, then the rule from admin/config.yml. */
export function formRuleMessage(config: Parameters<typeof formField>[0], collection: string, path: string): string {
  const field = formField(config, collection, path);
  if (!field.pattern) throw new Error(`admin/config.yml: ${collection}.${path} has no rule (pattern)`);
  return `${field.label ?? field.name} didn't match the pattern: ${field.pattern[1]}.`;
}
