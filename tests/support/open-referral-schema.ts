/**
 * The Open Referral UK profile's compiled schemas (a fully nested service, and
 * a service as list pages give it), compiled with Ajv, for checking our
 * /api/oruk/ files. They are not copied into this project: they are read from
 * the shared standards folder (see standards-dir.ts). A missing file is an error naming where it looked, never a
 * skipped check.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
// The compiled files declare no $schema; their keywords are draft-07's, Ajv's default.
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { standardsDir } from './standards-dir';

/** The profile's own annotations (table layout, examples): they describe values but do not constrain them. */
const ANNOTATIONS = ['name', 'path', 'datapackage_metadata', 'datapackage_type', 'constraints', 'core', 'example', 'tabular_required'];

const cache = new Map<string, ValidateFunction>();

/** A validator for one compiled schema ("service" or "service_list"); throws if the official file cannot be found. */
export function orukValidator(name: 'service' | 'service_list'): ValidateFunction {
  const hit = cache.get(name);
  if (hit) return hit;
  const file = join(standardsDir(), 'openreferral-uk', 'compiled', `${name}.json`);
  if (!existsSync(file))
    throw new Error(
      `The official Open Referral UK schema is missing: looked for ${file}. ` +
        "Put the profile's compiled schemas in <standards>/openreferral-uk/compiled/ beside this project (../shared/standards), or set STANDARDS_DIR to the folder that holds openreferral-uk/.",
    );
  const ajv = new Ajv({ allErrors: true, strictTypes: false });
  ajv.addVocabulary(ANNOTATIONS);
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(readFileSync(file, 'utf8')));
  cache.set(name, validate);
  return validate;
}

/** Ajv's errors as one readable line each, e.g. "/schedules/0/id: must match format \"uuid\"". */
export function describeErrors(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((e) => `${e.instancePath || '(service)'}: ${e.message}${e.params && Object.keys(e.params).length ? ` ${JSON.stringify(e.params)}` : ''}`);
}

/** The errors for one value, [] when it is valid. */
export function orukErrors(name: 'service' | 'service_list', value: unknown): string[] {
  const validate = orukValidator(name);
  return validate(value) ? [] : describeErrors(validate.errors);
}
