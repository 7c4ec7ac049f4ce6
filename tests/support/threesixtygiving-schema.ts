/**
 * The official 360Giving package schema, compiled with Ajv, for checking our
 * /data/grants.json. The schemas are not copied into this project: they are
 * read from the shared standards folder (see standards-dir.ts). A missing folder is an error naming where it looked, never a
 * skipped check.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
// The 360Giving schemas declare JSON Schema 2020-12, which needs Ajv's 2020 build.
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { standardsDir } from './standards-dir';

let compiled: ValidateFunction | undefined;

/** A validator for a whole 360Giving package; throws if the official schemas cannot be found. */
export function packageValidator(): ValidateFunction {
  if (compiled) return compiled;
  const dir = join(standardsDir(), '360giving');
  const files = { pkg: join(dir, '360-giving-package-schema.json'), grant: join(dir, '360-giving-schema.json') };
  const missing = Object.values(files).filter((f) => !existsSync(f));
  if (missing.length > 0)
    throw new Error(
      `The official 360Giving schemas are missing: looked for ${missing.join(' and ')}. ` +
        'Put the 360Giving standard\'s schema files in <standards>/360giving/ beside this project (../shared/standards), or set STANDARDS_DIR to the folder that holds 360giving/.',
    );
  // The files name their draft as http://json-schema.org/draft/2020-12/schema; Ajv knows the same
  // draft by its https:// address, so the address is normalised (the draft, and the rules, are the same).
  const read = (file: string) => ({ ...JSON.parse(readFileSync(file, 'utf8')), $schema: 'https://json-schema.org/draft/2020-12/schema' });
  const pkg = read(files.pkg);
  const grant = read(files.grant);
  const ajv = new Ajv2020({ allErrors: true, strictTypes: false });
  // 360Giving's own annotation keywords (codelists, spreadsheet roll-up): they do not constrain values.
  ajv.addVocabulary(['codelist', 'openCodelist', 'rollUp']);
  addFormats(ajv);
  // The package schema refers to the grant schema by a URL (a 1.4.2 path) other than the $id the grant
  // schema declares (1.4.3): register the grant schema under the URL the package asks for.
  const grantRef: string = pkg.properties.grants.items.$ref;
  ajv.addSchema({ ...grant, $id: grantRef });
  compiled = ajv.compile(pkg);
  return compiled;
}

/** Ajv's errors as one readable line each, e.g. "/grants/3/recipientOrganization/0: must have required property 'id'". */
export function describeErrors(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((e) => `${e.instancePath || '(package)'}: ${e.message}${e.params && Object.keys(e.params).length ? ` ${JSON.stringify(e.params)}` : ''}`);
}
