/**
 * How Decap CMS writes an entry file, reproduced in Node so content can be kept
 * in exactly that style. Why: when an editor changes one field, Decap rewrites
 * the whole file in its own YAML style; if the file was already in that style,
 * the Git diff (and the reviewer) sees only the field that changed.
 *
 * This mirrors decap-cms-core's src/formats/frontmatter.ts and yaml.ts (v3.19)
 * and loads the very copies of `yaml` (v1) and `gray-matter` that decap-cms-core
 * resolves, so an upgrade of Decap changes both sides together. The browser test
 * tests/e2e/cms-editing.test.ts checks the real CMS against it.
 *
 * Node only: never import this from admin/cms.ts.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import jsYaml from 'js-yaml';
import type { CmsField } from './cms-checks';

const here = createRequire(import.meta.url);
// decap-cms-core is a dependency of decap-cms-app (not of this project): resolve it from there.
const fromApp = createRequire(here.resolve('decap-cms-app/package.json'));
const fromCore = createRequire(fromApp.resolve('decap-cms-core/package.json'));

interface YamlNode {
  items: { key?: { toString(): string } }[];
}
interface YamlV1 {
  parseDocument(source: string, options: object): { errors: { message: string }[]; toJSON(): unknown };
  createNode(value: unknown): YamlNode;
  Document: new () => { contents: unknown; toString(): string };
}
type GrayMatter = ((input: string, options: object) => { data: Record<string, unknown>; content: string }) & {
  stringify(content: string, data: object, options: object): string;
};
const yaml = fromCore('yaml') as YamlV1;
const matter = fromCore('gray-matter') as GrayMatter;

/** Decap reads full ISO timestamps as dates; our dates are YYYY-MM-DD and stay text. */
const timestampTag = {
  identify: (value: unknown) => value instanceof Date,
  default: true,
  tag: '!timestamp',
  test: /^([0-9]{4})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2}):([0-9]{2}(\.[0-9]+)?)Z$/,
  resolve: (str: string) => new Date(str),
  stringify: (value: { value: Date }) => (value as unknown as Date).toISOString(),
};

/** Decap's key order: the collection's fields in config order; keys it does not know keep their place. */
function sortKeys(sortedKeys: string[]) {
  return (a: { key?: { toString(): string } }, b: { key?: { toString(): string } }) => {
    const idxA = sortedKeys.indexOf(a.key?.toString() ?? '');
    const idxB = sortedKeys.indexOf(b.key?.toString() ?? '');
    if (idxA === -1 || idxB === -1) return 0;
    return idxA > idxB ? 1 : idxA < idxB ? -1 : 0;
  };
}

const engines = {
  yaml: {
    parse(input: string) {
      let content = input;
      if (content && content.trim().endsWith('---')) content = content.trim().slice(0, -3);
      const doc = yaml.parseDocument(content, { customTags: [timestampTag], prettyErrors: true });
      if (doc.errors.length > 0) throw new Error(`YAML parsing error:\n${doc.errors.map((e) => e.message).join('\n')}`);
      return doc.toJSON();
    },
    stringify(data: object, options?: { sortedKeys?: string[] }) {
      const contents = yaml.createNode(data);
      contents.items.sort(sortKeys(options?.sortedKeys ?? []));
      const doc = new yaml.Document();
      doc.contents = contents;
      return doc.toString();
    },
  },
};

/** An entry as Decap loads it: the front matter's fields, and `body` when the Markdown is not blank. */
export function readAsDecap(file: string): Record<string, unknown> {
  const result = matter(file, { engines, language: 'yaml', delimiters: '---' });
  return { ...result.data, ...(result.content.trim() && { body: result.content }) };
}

/** The file Decap writes for an entry's data, with top-level fields in `fieldOrder`. */
export function writeAsDecap(data: Record<string, unknown>, fieldOrder: string[]): string {
  const { body = '', ...meta } = data as { body?: string } & Record<string, unknown>;
  // gray-matter always ends the file with a line break; Decap takes it off again
  // when the body has none (https://github.com/jonschlinkert/gray-matter/issues/96).
  const trimLastLineBreak = body.slice(-1) !== '\n';
  const file = matter.stringify(body, meta, { engines, sortedKeys: fieldOrder, language: 'yaml', delimiters: '---' });
  return trimLastLineBreak && file.slice(-1) === '\n' ? file.slice(0, -1) : file;
}

/** What Decap would write back if an editor opened this file and saved it unchanged. */
export function decapStyle(file: string, fieldOrder: string[]): string {
  return writeAsDecap(readAsDecap(file), fieldOrder);
}

/** Top-level field names in form order: the order Decap writes them in. */
export const fieldOrder = (fields: CmsField[]) => fields.map((f) => f.name);

interface CmsConfig {
  collections: { name: string; folder?: string; fields?: CmsField[] }[];
}

/** Each folder collection's fields, as admin/config.yml lists them (YAML anchors resolved). */
export function folderCollections(configPath = fileURLToPath(new URL('../config.yml', import.meta.url))): Map<string, CmsField[]> {
  const config = jsYaml.load(readFileSync(configPath, 'utf8')) as CmsConfig;
  return new Map(config.collections.filter((c) => c.folder && c.fields).map((c) => [c.name, c.fields!]));
}
