/**
 * Astro's view of the content. The schemas live in src/lib/content/schemas.ts
 * so the standalone content check uses the very same rules; the cross-file
 * rules (references, placeholders, ids) run before the build in
 * src/integrations/content-guard.ts.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { categorySchema, guideSchema, templateSchema } from './lib/content/schemas.ts';
import { templatesLoader } from './lib/content/templates-loader.ts';

export const collections = {
  categories: defineCollection({
    loader: glob({ pattern: '*/*.md', base: './src/content/categories' }),
    schema: categorySchema,
  }),
  templates: defineCollection({
    // Not glob(): template bodies are the email syntax, not Markdown, and must not be rendered.
    loader: templatesLoader('./src/content/templates/'),
    schema: templateSchema,
  }),
  guides: defineCollection({
    loader: glob({ pattern: '*/*.mdx', base: './src/content/guides' }),
    schema: guideSchema,
  }),
};
