/**
 * Astro's view of the content. The schemas live in src/lib/content/schemas.ts
 * so the standalone content check uses the very same rules; the cross-file
 * rules (references, placeholders, ids) run before the build in
 * src/integrations/content-guard.ts.
 *
 * Templates are not a collection: each category page reads its own template
 * files (src/lib/content/template-files.ts explains why), after the content
 * guard has checked every one of them with templateSchema.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { categorySchema, guideSchema } from './lib/content/schemas.ts';

export const collections = {
  categories: defineCollection({
    loader: glob({ pattern: '*/*.mdx', base: './src/content/categories' }),
    schema: categorySchema,
  }),
  guides: defineCollection({
    loader: glob({ pattern: '*/*.mdx', base: './src/content/guides' }),
    schema: guideSchema,
  }),
};
