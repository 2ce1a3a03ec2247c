/**
 * The templates collection's loader. Astro's glob loader renders every .md
 * file to HTML as it loads it; template bodies are not Markdown (they use the
 * email body syntax, parsed by src/lib/email/parse.ts), so that rendering was
 * thrown away, and at 90,000 templates it was most of the build. This loader
 * only reads the front matter and keeps the raw body.
 *
 * Files: src/content/templates/<locale>/<category>/<id>.md → id "<locale>/<category>/<id>".
 */
import type { Loader } from 'astro/loaders';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load as parseYaml } from 'js-yaml';
import { splitFrontMatter } from './validate.ts';

export function templatesLoader(base: string): Loader {
  return {
    name: 'mailkit:templates',
    load: async ({ store, parseData, generateDigest, config, watcher }) => {
      const dir = fileURLToPath(new URL(base, config.root));
      const sync = async () => {
        store.clear();
        if (!existsSync(dir)) return;
        for (const locale of readdirSync(dir)) {
          for (const category of readdirSync(join(dir, locale))) {
            for (const name of readdirSync(join(dir, locale, category))) {
              if (!name.endsWith('.md')) continue;
              const file = join(dir, locale, category, name);
              const source = readFileSync(file, 'utf8');
              const parts = splitFrontMatter(source);
              // The content guard reports malformed files with file, field and fix before this runs.
              if (!parts) continue;
              const id = `${locale}/${category}/${name.slice(0, -3)}`;
              const data = await parseData({ id, data: (parseYaml(parts.yaml) ?? {}) as Record<string, unknown>, filePath: file });
              store.set({ id, data, body: parts.body, filePath: relative(fileURLToPath(config.root), file).split(sep).join('/'), digest: generateDigest(source) });
            }
          }
        }
      };
      await sync();
      watcher?.on('all', (_event, path) => {
        if (path.startsWith(dir)) void sync();
      });
    },
  };
}
