/**
 * Every field of every content schema (src/schemas) carries a doc comment, so an
 * editor or developer reading a schema learns what each field means without
 * guessing; the CMS hints are written from them. Read from the source with the
 * TypeScript parser: a field is a property written inside an object passed to
 * z.object / z.strictObject, or in an object of shared fields spread into one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const DIR = fileURLToPath(new URL('../../src/schemas', import.meta.url));
// fields.ts and taxonomy-fields.ts define field types, index.ts lists the collections: none is a content schema.
const SCHEMA_FILES = readdirSync(DIR).filter((f) => f.endsWith('.ts') && !['fields.ts', 'taxonomy-fields.ts', 'index.ts'].includes(f)).sort();

/** An object literal is a set of fields when passed to z.object/z.strictObject, or named "...Fields" and spread into one. */
function isFieldObject(node: ts.ObjectLiteralExpression): boolean {
  const parent = node.parent;
  if (ts.isCallExpression(parent) && ts.isPropertyAccessExpression(parent.expression)) return ['object', 'strictObject'].includes(parent.expression.name.text);
  return ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name) && /Fields$/.test(parent.name.text);
}

function undocumentedFields(file: string): string[] {
  const text = readFileSync(join(DIR, file), 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const missing: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isObjectLiteralExpression(node) && isFieldObject(node))
      for (const property of node.properties) {
        if (!ts.isPropertyAssignment(property) && !ts.isShorthandPropertyAssignment(property)) continue;
        const comments = ts.getLeadingCommentRanges(text, property.getFullStart()) ?? [];
        const documented = comments.some((c) => text.slice(c.pos, c.end).startsWith('/**'));
        if (!documented) missing.push(`${file}:${source.getLineAndCharacterOfPosition(property.getStart()).line + 1} ${property.name.getText()}`);
      }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return missing;
}

describe('schema documentation', () => {
  it('reads the content schemas', () => {
    expect(SCHEMA_FILES).toEqual(expect.arrayContaining(['organisation.ts', 'fund.ts', 'grant.ts', 'crowdfund.ts', 'board.ts', 'meeting.ts', 'covenant.ts', 'page.ts', 'settings.ts']));
  });

  it.each(SCHEMA_FILES)('every field in %s has a doc comment', (file) => {
    expect(undocumentedFields(file)).toEqual([]);
  });
});
