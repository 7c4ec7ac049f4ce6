/**
 * Binds each folder of content/ to its schema. The schemas are built from the
 * area's settings; src/integrations/content-check.ts has already reported every
 * problem before Astro gets here.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { buildSchemas, COLLECTIONS, type CollectionName } from './schemas';
import { contentRoot } from './lib/content-root';
import { loadSettings } from './lib/settings';

const { site, taxonomy } = loadSettings();
const schemas = buildSchemas(site, taxonomy);

function collection<N extends CollectionName>(name: N) {
  return defineCollection({
    // The id is the file name exactly, so CMS relation widgets and URLs agree.
    loader: glob({ base: `${contentRoot()}/${name}`, pattern: '*.md', generateId: ({ entry }) => entry.replace(/\.md$/, '') }),
    schema: schemas[name],
  });
}

export const collections = Object.fromEntries(COLLECTIONS.map((name) => [name, collection(name)])) as {
  [N in CollectionName]: ReturnType<typeof collection<N>>;
};
