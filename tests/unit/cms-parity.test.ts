/**
 * The CMS form (admin/config.yml) must match the Zod schemas (src/schemas), the
 * single source of truth. If they drift, an editor can save an entry the build
 * then refuses, or cannot enter a field the site needs. This walks both side by
 * side and lists every disagreement: a collection or field missing on either
 * side, a required flag, an enum's values, a pattern, a number's bounds, a list's
 * minimum, and where taxonomy values come from.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { buildSchemas, COLLECTIONS } from '../../src/schemas';
import { siteSchema, taxonomySchema, type Taxonomy } from '../../src/schemas/settings';
import { loadSettings } from '../../src/lib/settings';

// ---------------------------------------------------------------- the CMS side

interface CmsField {
  name: string;
  widget?: string;
  required?: boolean;
  default?: unknown;
  pattern?: [string, string];
  options?: (string | { value: string })[];
  multiple?: boolean;
  min?: number;
  max?: number;
  value_type?: string;
  format?: string;
  collection?: string;
  file?: string;
  value_field?: string;
  fields?: CmsField[];
  field?: CmsField;
}
interface CmsCollection {
  name: string;
  folder?: string;
  extension?: string;
  format?: string;
  create?: boolean;
  slug?: string;
  fields?: CmsField[];
  files?: { name: string; file: string; fields: CmsField[] }[];
}
interface CmsConfig {
  collections: CmsCollection[];
}

const CONFIG_FILE = fileURLToPath(new URL('../../admin/config.yml', import.meta.url));
// The CMS edits content/, so its limits (the pledge maximum) must match content/settings,
// whatever CONTENT_DIR a test run points the build at.
const CONTENT = fileURLToPath(new URL('../../content', import.meta.url));
const readConfig = () => yaml.load(readFileSync(CONFIG_FILE, 'utf8')) as CmsConfig;

// ---------------------------------------------------------------- the schema side

/** Zod 4 keeps each schema's definition on `_zod.def`; the parts read here. */
interface Def {
  type: string;
  [key: string]: unknown;
}
type Schema = { _zod: { def: Def }; safeParse(value: unknown): { success: boolean } };
const defOf = (schema: unknown) => (schema as Schema)._zod.def;
const checksOf = (schema: unknown) => ((defOf(schema).checks as { _zod: { def: Def } }[] | undefined) ?? []).map((c) => c._zod.def);

/** What the schema says one field is, in the terms the CMS can express. */
interface Expected {
  kind: 'string' | 'number' | 'boolean' | 'enum' | 'object' | 'array' | 'wards-or-borough' | 'unsupported';
  /** May be left out: optional, or has a default. */
  optional: boolean;
  /** The schema's default, if it has one. */
  default?: unknown;
  patterns: RegExp[];
  maxLength?: number;
  /** A string with a custom refinement and no regex (a URL, say): compared by probing. */
  refined?: Schema;
  /** The taxonomy.json list a string's values come from. */
  taxonomy?: string;
  int?: boolean;
  min?: number;
  max?: number;
  values?: string[];
  fields?: Record<string, Expected>;
  item?: Expected;
  minItems?: number;
  note?: string;
}

const SLUG_SOURCE = '^[a-z0-9]+(?:-[a-z0-9]+)*$';

/** Values tried on a refined string: the CMS pattern must accept exactly those the schema accepts. */
const PROBES = [
  'https://example.org',
  'http://example.org/a/b?c=d',
  'https://tile.example.org/{z}/{x}/{y}.png',
  'mailto:hello@example.org',
  'tel:+44 20 8359 2000',
  '/about/',
  '//evil.example.org',
  'javascript:alert(1)',
  'ftp://example.org/file',
  'example.org',
  'not a link',
  'https://',
];

function taxonomyOf(schema: Schema, taxonomy: Taxonomy): string | undefined {
  if (schema.safeParse('zz-not-a-term-zz').success) return undefined;
  const lists = Object.entries(taxonomy).filter(
    ([, terms]) => (terms as { id: string }[]).length > 0 && (terms as { id: string }[]).every((t) => schema.safeParse(t.id).success),
  );
  return lists.length === 1 ? lists[0][0] : undefined;
}

function expected(schema: unknown, taxonomy: Taxonomy): Expected {
  let s = schema;
  let optional = false;
  let dflt: unknown;
  // Unwrap what changes only whether a value may be left out, or how it is cleaned.
  for (;;) {
    const d = defOf(s);
    if (d.type === 'pipe') {
      // z.preprocess(fn, schema) is pipe(transform, schema); schema.transform(fn) is pipe(schema, transform).
      s = defOf(d.in).type === 'transform' ? d.out : d.in;
    } else if (d.type === 'optional') {
      optional = true;
      s = d.innerType;
    } else if (d.type === 'default' || d.type === 'prefault') {
      optional = true;
      dflt = typeof d.defaultValue === 'function' ? (d.defaultValue as () => unknown)() : d.defaultValue;
      s = d.innerType;
    } else break;
  }
  const d = defOf(s);
  const checks = checksOf(s);
  const base: Expected = { kind: 'unsupported', optional, default: dflt, patterns: [] };
  switch (d.type) {
    case 'string': {
      const patterns = checks.filter((c) => c.check === 'string_format' && c.pattern instanceof RegExp).map((c) => c.pattern as RegExp);
      if (d.format === 'email' && d.pattern instanceof RegExp) patterns.push(d.pattern);
      const max = checks.find((c) => c.check === 'max_length')?.maximum as number | undefined;
      const refinedOnly = checks.some((c) => c.check === 'custom') && patterns.length === 0;
      const tax = refinedOnly ? taxonomyOf(s as Schema, taxonomy) : undefined;
      return { ...base, kind: 'string', patterns, maxLength: max, taxonomy: tax, refined: refinedOnly && !tax ? (s as Schema) : undefined };
    }
    case 'number': {
      const out: Expected = { ...base, kind: 'number', int: checks.some((c) => c.check === 'number_format' && String(c.format).includes('int')) };
      for (const c of checks) {
        if (c.check === 'greater_than') out.min = (c.value as number) + (c.inclusive || !out.int ? 0 : 1);
        if (c.check === 'less_than') out.max = (c.value as number) - (c.inclusive || !out.int ? 0 : 1);
      }
      return out;
    }
    case 'boolean':
      return { ...base, kind: 'boolean' };
    case 'enum':
      return { ...base, kind: 'enum', values: Object.values(d.entries as Record<string, string>) };
    case 'object':
      return {
        ...base,
        kind: 'object',
        fields: Object.fromEntries(Object.entries(d.shape as Record<string, unknown>).map(([k, v]) => [k, expected(v, taxonomy)])),
      };
    case 'array':
      return { ...base, kind: 'array', item: expected(d.element, taxonomy), minItems: checks.find((c) => c.check === 'min_length')?.minimum as number | undefined };
    case 'union': {
      // "borough-wide" or a non-empty list of wards.
      const options = (d.options as unknown[]).map((o) => defOf(o));
      const literal = options.find((o) => o.type === 'literal');
      const list = (d.options as unknown[]).find((o) => defOf(o).type === 'array');
      if (options.length === 2 && literal && (literal.values as unknown[]).includes('borough-wide') && list) {
        const item = expected(defOf(list).element, taxonomy);
        if (item.taxonomy === 'wards') return { ...base, kind: 'wards-or-borough' };
      }
      return { ...base, note: 'a union the CMS cannot express' };
    }
    default:
      return { ...base, note: `a Zod "${d.type}" the CMS cannot express` };
  }
}

// ---------------------------------------------------------------- the comparison

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * How a field sits in its parent: a list item (always required), or a field of an
 * optional object. Decap checks the required fields of an optional object even
 * when the object is left empty (decaporg/decap-cms#7748), so there they may be
 * optional in the CMS; the build still checks them when the object is given.
 */
type Place = 'field' | 'list item' | 'in optional object';

function compareField(exp: Expected, field: CmsField, path: string, config: CmsConfig, problems: string[], place: Place = 'field') {
  const say = (message: string) => problems.push(`${path}: ${message}`);
  const required = field.required !== false;

  // Required flags. A schema default may be shown as required when the CMS always fills it in.
  if (place !== 'list item') {
    if (!exp.optional && !required && place !== 'in optional object') say('optional in the CMS but required by the schema');
    if (exp.optional && required && (exp.default === undefined || !sameJson(field.default, exp.default)))
      say('required in the CMS but optional in the schema');
  } else if (!required) say('a list item must be required in the CMS');
  if (field.default !== undefined && exp.default !== undefined && !sameJson(field.default, exp.default))
    say(`CMS default ${JSON.stringify(field.default)} differs from the schema default ${JSON.stringify(exp.default)}`);

  const widget = field.widget ?? 'string';
  switch (exp.kind) {
    case 'string':
      return compareString(exp, field, widget, say, config);
    case 'number':
      if (widget !== 'number') return say(`should be a number widget, not "${widget}"`);
      if ((field.value_type === 'int') !== Boolean(exp.int)) say(`value_type should be ${exp.int ? 'int' : 'float'}`);
      if (field.min !== exp.min) say(`CMS min ${field.min} differs from the schema's ${exp.min}`);
      if (field.max !== exp.max) say(`CMS max ${field.max} differs from the schema's ${exp.max}`);
      return;
    case 'boolean':
      if (widget !== 'boolean') say(`should be a boolean widget, not "${widget}"`);
      return;
    case 'enum':
      if (widget !== 'select' || field.multiple) return say('should be a single select widget');
      return compareOptions(exp.values ?? [], field, say);
    case 'object':
      if (widget !== 'object') return say(`should be an object widget, not "${widget}"`);
      return compareFields(exp.fields ?? {}, field.fields ?? [], path, config, problems, exp.optional ? 'in optional object' : 'field');
    case 'array':
      return compareArray(exp, field, widget, path, say, config, problems);
    case 'wards-or-borough':
      if (widget !== 'wards_or_borough') return say(`should be the wards_or_borough widget, not "${widget}"`);
      if (field.collection !== 'settings' || field.file !== 'taxonomy' || field.value_field !== 'wards.*.id')
        say('should take wards from settings/taxonomy (value_field "wards.*.id")');
      return;
    default:
      return say(`the schema field is ${exp.note ?? 'not understood'}`);
  }
}

function compareString(exp: Expected, field: CmsField, widget: string, say: (m: string) => void, config: CmsConfig) {
  if (exp.taxonomy) {
    if (widget === 'relation') {
      if (field.multiple) say('should choose one value, not several');
      if (field.collection !== 'settings' || field.file !== 'taxonomy' || field.value_field !== `${exp.taxonomy}.*.id`)
        say(`should be a relation to settings/taxonomy with value_field "${exp.taxonomy}.*.id"`);
      return;
    }
    return say(`should be a relation widget taking its values from the taxonomy list "${exp.taxonomy}"`);
  }
  const regex = exp.patterns[0];
  if (widget === 'relation' && regex?.source === SLUG_SOURCE) return compareRelationTarget(field, say, config);
  if (!['string', 'text', 'markdown', 'datetime', 'image', 'file'].includes(widget)) return say(`"${widget}" is not a widget for text`);
  if (widget === 'datetime' && !['YYYY-MM-DD', 'HH:mm'].includes(field.format ?? '')) say('a date must use format YYYY-MM-DD, a time HH:mm');
  if (widget === 'image' || widget === 'file') return compareFileName(exp, field, say);
  const cms = field.pattern?.[0];
  if (exp.patterns.length > 1) return say('the schema has several patterns; the CMS can check only one');
  if (regex) {
    // The CMS cannot set regex flags: for a case-insensitive schema pattern it asks for capitals.
    if (cms !== regex.source) say(`CMS pattern ${JSON.stringify(cms)} differs from the schema's ${JSON.stringify(regex.source)}`);
  } else if (exp.maxLength !== undefined) {
    const want = `^[\\s\\S]{0,${exp.maxLength}}$`;
    if (cms !== want) say(`should have pattern ${JSON.stringify(want)} (the schema allows at most ${exp.maxLength} characters)`);
  } else if (exp.refined) {
    if (!cms) return say('the schema checks this text, so the CMS needs a pattern');
    const cmsRegex = new RegExp(cms);
    for (const probe of PROBES) {
      const bySchema = exp.refined.safeParse(probe).success;
      if (cmsRegex.test(probe) !== bySchema) say(`CMS pattern ${bySchema ? 'refuses' : 'accepts'} ${JSON.stringify(probe)}, which the schema ${bySchema ? 'accepts' : 'refuses'}`);
    }
  } else if (cms) say('has a CMS pattern the schema does not have');
}

/** Values tried on an image or file field (Decap checks its pattern against the file name alone). */
const FILE_PROBES = [
  '/uploads/logo.png',
  '/uploads/team-photo_2.jpeg',
  '/uploads/map.svg',
  '/uploads/agenda.pdf',
  '/uploads/my logo.png',
  'https://example.org/papers/agenda.pdf',
  'mailto:clerk@example.org',
];
const fileName = (path: string) => path.slice(path.lastIndexOf('/') + 1);

/**
 * Decap tests an image or file field's pattern against the file name only (its
 * widget's getValidateValue), so a pattern written for the whole path refuses
 * every upload. The CMS pattern must accept the file name of every value the
 * schema accepts, and refuse an upload the schema refuses for its name alone.
 */
function compareFileName(exp: Expected, field: CmsField, say: (m: string) => void) {
  const regex = exp.patterns[0];
  const schema = exp.refined ?? (regex ? { safeParse: (v: unknown) => ({ success: regex.test(String(v)) }) } : undefined);
  const cms = field.pattern?.[0];
  if (!schema) return cms ? say('has a CMS pattern the schema does not have') : undefined;
  if (!cms) return say('the schema checks this file, so the CMS needs a pattern (Decap tests it against the file name)');
  const cmsRegex = new RegExp(cms);
  for (const probe of FILE_PROBES) {
    const bySchema = schema.safeParse(probe).success;
    const byCms = cmsRegex.test(fileName(probe));
    if (bySchema && !byCms) say(`CMS pattern refuses the file name "${fileName(probe)}" of ${probe}, which the schema accepts`);
    if (!bySchema && byCms && probe.startsWith('/uploads/')) say(`CMS pattern accepts an upload named "${fileName(probe)}", which the schema refuses`);
  }
}

function compareRelationTarget(field: CmsField, say: (m: string) => void, config: CmsConfig) {
  const target = config.collections.find((c) => c.name === field.collection);
  if (!target) return say(`points at a collection "${field.collection}" that the CMS does not have`);
  const ok = field.value_field === '{{slug}}' || /^[a-z_]+\.\*\.id$/.test(field.value_field ?? '');
  if (!ok) say(`value_field "${field.value_field}" should be "{{slug}}" (the entry's file name) or "list.*.id"`);
}

function compareOptions(values: string[], field: CmsField, say: (m: string) => void) {
  const cms = (field.options ?? []).map((o) => (typeof o === 'string' ? o : o.value));
  const missing = values.filter((v) => !cms.includes(v));
  const extra = cms.filter((v) => !values.includes(v));
  if (missing.length) say(`CMS options lack ${missing.map((v) => `"${v}"`).join(', ')}`);
  if (extra.length) say(`CMS options ${extra.map((v) => `"${v}"`).join(', ')} are not allowed by the schema`);
}

function compareArray(exp: Expected, field: CmsField, widget: string, path: string, say: (m: string) => void, config: CmsConfig, problems: string[]) {
  const item = exp.item!;
  if ((field.min ?? undefined) !== (exp.minItems ?? undefined)) say(`CMS min ${field.min} differs from the schema's minimum of ${exp.minItems} items`);
  if (item.kind === 'string' && item.taxonomy) {
    if (widget !== 'relation' || !field.multiple) return say(`should be a relation widget with multiple: true over the taxonomy list "${item.taxonomy}"`);
    if (field.collection !== 'settings' || field.file !== 'taxonomy' || field.value_field !== `${item.taxonomy}.*.id`)
      say(`should be a relation to settings/taxonomy with value_field "${item.taxonomy}.*.id"`);
    return;
  }
  if (item.kind === 'enum') {
    if (widget !== 'select' || !field.multiple) return say('should be a select widget with multiple: true');
    return compareOptions(item.values ?? [], field, say);
  }
  if (widget !== 'list') return say(`should be a list widget, not "${widget}"`);
  if (item.kind === 'object') {
    if (!field.fields) return say('should be a list with "fields" for each item');
    return compareFields(item.fields ?? {}, field.fields, `${path}[]`, config, problems);
  }
  if (!field.field) return say('should be a list with a single "field" for each item');
  compareField(item, field.field, `${path}[]`, config, problems, 'list item');
}

function compareFields(schemaFields: Record<string, Expected>, cmsFields: CmsField[], path: string, config: CmsConfig, problems: string[], place: Place = 'field') {
  const prefix = path ? `${path}.` : '';
  const byName = new Map(cmsFields.map((f) => [f.name, f]));
  for (const [name, exp] of Object.entries(schemaFields)) {
    const field = byName.get(name);
    if (!field) problems.push(`${prefix}${name}: in the schema but missing from the CMS`);
    else compareField(exp, field, `${prefix}${name}`, config, problems, place);
  }
  // Every schema object is strict: a field only the CMS has would make the build refuse the entry.
  for (const f of cmsFields) if (!(f.name in schemaFields)) problems.push(`${prefix}${f.name}: in the CMS but not in the schema`);
}

/** Every disagreement between a CMS configuration and the schemas, one line each. */
function parityProblems(config: CmsConfig): string[] {
  const { site, taxonomy } = loadSettings(CONTENT);
  const schemas = buildSchemas(site, taxonomy);
  const problems: string[] = [];
  const known = new Set<string>([...COLLECTIONS, 'settings']);
  for (const c of config.collections) if (!known.has(c.name)) problems.push(`${c.name}: a CMS collection with no schema`);

  for (const name of COLLECTIONS) {
    const c = config.collections.find((x) => x.name === name);
    if (!c) {
      problems.push(`${name}: a schema with no CMS collection`);
      continue;
    }
    const say = (m: string) => problems.push(`${name}: ${m}`);
    if (c.folder !== `content/${name}`) say(`folder should be content/${name}`);
    if (c.extension !== 'md' || c.format !== 'frontmatter') say('should be Markdown with front matter (extension: md, format: frontmatter)');
    if (c.create !== true) say('editors should be able to create entries (create: true)');
    const fields = c.fields ?? [];
    const body = fields.find((f) => f.name === 'body');
    if (body?.widget !== 'markdown') say('the Markdown body should be a markdown widget named "body"');
    const exp = expected(schemas[name], taxonomy);
    compareFields(exp.fields ?? {}, fields.filter((f) => f.name !== 'body'), name, config, problems);
  }

  const settings = config.collections.find((x) => x.name === 'settings');
  const files = { site: ['content/settings/site.json', siteSchema], taxonomy: ['content/settings/taxonomy.json', taxonomySchema] } as const;
  for (const [fileName, [path, schema]] of Object.entries(files)) {
    const file = settings?.files?.find((f) => f.name === fileName);
    if (!file) {
      problems.push(`settings/${fileName}: missing from the CMS`);
      continue;
    }
    if (file.file !== path) problems.push(`settings/${fileName}: should edit ${path}`);
    compareFields(expected(schema, taxonomy).fields ?? {}, file.fields, `settings/${fileName}`, config, problems);
  }
  return problems;
}

// ---------------------------------------------------------------- the tests

/** A fresh copy of the configuration, and the field at a dotted path in one collection. */
function withChange(collection: string, fieldPath: string, change: (field: CmsField) => void): CmsConfig {
  const config = structuredClone(readConfig());
  let fields = config.collections.find((c) => c.name === collection)!.fields!;
  const names = fieldPath.split('.');
  let field: CmsField | undefined;
  for (const name of names) {
    field = fields.find((f) => f.name === name);
    if (!field) throw new Error(`no field ${fieldPath} in ${collection}`);
    fields = field.fields ?? [];
  }
  change(field!);
  return config;
}

describe('the CMS configuration matches the content schemas', () => {
  it('has no disagreement between admin/config.yml and src/schemas', () => {
    expect(parityProblems(readConfig())).toEqual([]);
  });

  it('fails on a modified copy of admin/config.yml with one "required: false" line deleted', () => {
    const original = readFileSync(CONFIG_FILE, 'utf8');
    const modified = original.replace(/(- name: charity_number\n(?:[ ]+\w+: .*\n)*?)[ ]+required: false\n/, '$1');
    expect(modified).not.toBe(original);
    const copy = join(mkdtempSync(join(tmpdir(), 'cms-config-')), 'config.yml');
    writeFileSync(copy, modified);
    expect(parityProblems(yaml.load(readFileSync(copy, 'utf8')) as CmsConfig)).toEqual(['organisations.charity_number: required in the CMS but optional in the schema']);
  });

  it('reports exactly the field whose required flag was removed', () => {
    // Decap treats a field without `required: false` as required.
    const config = withChange('organisations', 'charity_number', (f) => delete f.required);
    expect(parityProblems(config)).toEqual(['organisations.charity_number: required in the CMS but optional in the schema']);
  });

  it('reports a required field the CMS lets an editor leave empty', () => {
    const config = withChange('grants', 'amount_awarded', (f) => (f.required = false));
    expect(parityProblems(config)).toEqual(['grants.amount_awarded: optional in the CMS but required by the schema']);
  });

  it('reports a council pledge maximum that differs from the settings', () => {
    const { site } = loadSettings(CONTENT);
    const config = withChange('crowdfund', 'council_pledge', (f) => (f.max = site.crowdfund.max_council_pledge + 1000));
    expect(parityProblems(config)).toEqual([
      `crowdfund.council_pledge: CMS max ${site.crowdfund.max_council_pledge + 1000} differs from the schema's ${site.crowdfund.max_council_pledge}`,
    ]);
  });

  it('reports an enum value missing from a select', () => {
    const config = withChange('grants', 'status', (f) => (f.options = f.options!.filter((o) => (typeof o === 'string' ? o : o.value) !== 'clawed-back')));
    expect(parityProblems(config)).toEqual(['grants.status: CMS options lack "clawed-back"']);
  });

  it('reports a pattern that differs from the schema', () => {
    const config = withChange('organisations', 'charity_number', (f) => (f.pattern = ['^\\d{6}$', 'six digits']));
    expect(parityProblems(config)).toEqual([String.raw`organisations.charity_number: CMS pattern "^\\d{6}$" differs from the schema's "^\\d{6,7}$"`]);
  });

  it('reports a field missing from the CMS and a field the schema does not have', () => {
    const config = withChange('organisations', 'locations', (f) => {
      f.fields = f.fields!.filter((x) => x.name !== 'postcode');
      f.fields.push({ name: 'fax', widget: 'string', required: false });
    });
    expect(parityProblems(config)).toEqual([
      'organisations.locations[].postcode: in the schema but missing from the CMS',
      'organisations.locations[].fax: in the CMS but not in the schema',
    ]);
  });

  it('reports a taxonomy field whose values are typed into the form instead of read from taxonomy.json', () => {
    const config = withChange('organisations', 'type', (f) => {
      for (const key of ['collection', 'file', 'value_field', 'search_fields', 'display_fields'] as const) delete (f as unknown as Record<string, unknown>)[key];
      Object.assign(f, { widget: 'select', options: ['charity', 'faith-group'] });
    });
    expect(parityProblems(config)).toEqual(['organisations.type: should be a relation widget taking its values from the taxonomy list "organisation_types"']);
  });

  it('reports an image pattern written for the whole path, which would refuse every upload', () => {
    const config = withChange('crowdfund', 'images', (f) => {
      const src = f.fields!.find((x) => x.name === 'src')!;
      src.pattern = ['^\\/uploads\\/[^\\s]+\\.(png|jpe?g|gif|webp|svg|avif)$', 'an uploaded image'];
    });
    expect(parityProblems(config)).toEqual([
      'crowdfund.images[].src: CMS pattern refuses the file name "logo.png" of /uploads/logo.png, which the schema accepts',
      'crowdfund.images[].src: CMS pattern refuses the file name "team-photo_2.jpeg" of /uploads/team-photo_2.jpeg, which the schema accepts',
      'crowdfund.images[].src: CMS pattern refuses the file name "map.svg" of /uploads/map.svg, which the schema accepts',
    ]);
  });

  it('reports a web address pattern that lets a script link through', () => {
    const config = withChange('organisations', 'website', (f) => (f.pattern = ['^\\S+$', 'anything']));
    expect(parityProblems(config)).toContain('organisations.website: CMS pattern accepts "javascript:alert(1)", which the schema refuses');
  });
});
