/**
 * The field names a schema allows at a given place in an entry, so an unknown
 * field can be answered with "did you mean …?" and the list of real ones.
 * Walks Zod 4's public `_zod.def` through the wrappers our field helpers add
 * (optional, default, preprocess pipes, unions, arrays).
 */
import type { z } from 'astro/zod';

type Def = { type: string; shape?: Record<string, unknown>; innerType?: Schema; in?: Schema; out?: Schema; options?: Schema[]; element?: Schema; left?: Schema; right?: Schema };
type Schema = { _zod: { def: Def } };

/** Object schemas reachable at `path`, after unwrapping wrappers. */
function objectsAt(schema: Schema, path: readonly PropertyKey[]): Def[] {
  const def = schema._zod.def;
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return objectsAt(def.innerType!, path);
    case 'pipe':
      return [...objectsAt(def.in!, path), ...objectsAt(def.out!, path)];
    case 'union':
      return def.options!.flatMap((o) => objectsAt(o, path));
    case 'intersection':
      return [...objectsAt(def.left!, path), ...objectsAt(def.right!, path)];
    case 'array':
      return typeof path[0] === 'number' ? objectsAt(def.element!, path.slice(1)) : [];
    case 'object': {
      if (path.length === 0) return [def];
      const next = def.shape![String(path[0])] as Schema | undefined;
      return next ? objectsAt(next, path.slice(1)) : [];
    }
    default:
      return [];
  }
}

/** The allowed field names of the object at `path` in `schema`, in schema order. */
export function allowedKeys(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  const keys = new Set<string>();
  for (const def of objectsAt(schema as unknown as Schema, path)) for (const key of Object.keys(def.shape ?? {})) keys.add(key);
  return [...keys];
}
