/**
 * Every field in the CMS carries a hint in plain words: what to put there, with an
 * example or the rule that applies. Volunteer editors read these, not the schemas.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';

interface Field {
  name: string;
  hint?: string;
  fields?: Field[];
  field?: Field;
}
interface Config {
  collections: { name: string; fields?: Field[]; files?: { name: string; fields: Field[] }[] }[];
}

const config = yaml.load(readFileSync(fileURLToPath(new URL('../../admin/config.yml', import.meta.url)), 'utf8')) as Config;

/** Every field of every collection and settings file, with its path, e.g. organisations.services.cost. */
function allFields(): { path: string; field: Field }[] {
  const out: { path: string; field: Field }[] = [];
  const walk = (fields: Field[], path: string) => {
    for (const field of fields) {
      const here = `${path}.${field.name}`;
      out.push({ path: here, field });
      if (field.fields) walk(field.fields, here);
      if (field.field) walk([field.field], `${here}[]`);
    }
  };
  for (const c of config.collections) {
    if (c.fields) walk(c.fields, c.name);
    for (const f of c.files ?? []) walk(f.fields, `${c.name}/${f.name}`);
  }
  return out;
}

/** Words from the code, not from an editor's world. */
const JARGON = /\b(schema|slug|regex|regexp|yaml|boolean|enum|null|undefined|front ?matter|string|integer|float|array|object|widget)\b/i;

describe('hints in the CMS', () => {
  const fields = allFields();

  it('covers the whole form', () => {
    expect(fields.length).toBeGreaterThan(200);
  });

  it('gives every field a hint', () => {
    expect(fields.filter(({ field }) => !field.hint?.trim()).map(({ path }) => path)).toEqual([]);
  });

  it('says it in plain words, without words from the code', () => {
    expect(fields.filter(({ field }) => JARGON.test(field.hint ?? '')).map(({ path, field }) => `${path}: ${field.hint}`)).toEqual([]);
  });

  it('keeps each hint short enough to read at a glance', () => {
    expect(fields.filter(({ field }) => (field.hint ?? '').length > 220).map(({ path }) => path)).toEqual([]);
  });
});
