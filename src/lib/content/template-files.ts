/**
 * Templates are read from disk by the page that shows them, not through an
 * Astro content collection. A collection keeps every entry in Astro's data
 * store, and the build inlines that store into one JavaScript module: at
 * 90,000 templates that module was about 140 MB, which Vite had to bundle and
 * Node had to parse and hold for the whole build (npm run bench: the Astro
 * process grew from 0.8 to 1.8 GB at 3,000 pages, and most of the time before
 * the first page was rendered went into it). A category page needs only its
 * own nine templates, so it reads those nine files.
 *
 * The content guard (src/integrations/content-guard.ts) has already checked
 * every file with the same schema before any page renders; the parse here
 * only fails if the guard was bypassed, and then it names the file.
 *
 * Files: src/content/templates/<locale>/<category>/<id>.md
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { templateSchema, type TemplateData } from './schemas.ts';
import { parseContentFile } from './validate.ts';

export interface TemplateFile {
  /** The file name without .md: the template's anchor on its category page. */
  id: string;
  /** Absolute path, for error messages. */
  filePath: string;
  data: TemplateData;
  /** The email body, unparsed (src/lib/email/parse.ts parses it). */
  body: string;
}

const names = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.md')) : []);

/** The templates of one category in one locale, in their `order` (then id). */
export function readCategoryTemplates(templatesDir: string, locale: string, category: string): TemplateFile[] {
  const dir = join(templatesDir, locale, category);
  return names(dir)
    .map((name) => {
      const filePath = join(dir, name);
      const parsed = parseContentFile(readFileSync(filePath, 'utf8'), templateSchema);
      if ('problems' in parsed) {
        throw new Error(`${filePath}: ${parsed.problems.map((p) => `${p.field}: ${p.message}`).join('; ')} (run npm run content:check for the fix).`);
      }
      return { id: name.slice(0, -3), filePath, data: parsed.data, body: parsed.body };
    })
    .sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}

/** How many templates a category has, without reading them. */
export function countCategoryTemplates(templatesDir: string, locale: string, category: string): number {
  return names(join(templatesDir, locale, category)).length;
}
