/**
 * Astro's view of the content. The schemas live in src/lib/content/schemas.ts
 * so the standalone content check uses the very same rules; the cross-file
 * rules (references, placeholders, ids) run before the build in
 * src/integrations/content-guard.ts.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { categorySchema, guideSchema, templateSchema } from './lib/content/schemas.ts';

export const collections = {
  categories: defineCollection({
    loader: glob({ pattern: '*/*.md', base: './src/content/categories' }),
    schema: categorySchema,
  }),
  templates: defineCollection({
    loader: glob({ pattern: '*/*/*.md', base: './src/content/templates' }),
    schema: templateSchema,
  }),
  guides: defineCollection({
    loader: glob({ pattern: '*/*.mdx', base: './src/content/guides' }),
    schema: guideSchema,
  }),
};
