import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { transform } from 'lightningcss';

/** What src/styles/critical.css becomes: the exact bytes every page inlines, and their CSP source. */
export interface CriticalCss {
  css: string;
  /** `'sha256-…'`, the CSP style-src source for exactly `css`. */
  hash: string;
}

export const CRITICAL_CSS_MODULE = 'virtual:mailkit/critical-css';
const resolvedId = `\0${CRITICAL_CSS_MODULE}`;

/** Minifies a stylesheet and hashes the result; the hash is of the bytes that land in the page. */
export function compileCriticalCss(source: string, filename: string): CriticalCss {
  const css = new TextDecoder().decode(transform({ filename, code: new TextEncoder().encode(source), minify: true }).code);
  return { css, hash: `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'` };
}

/**
 * Compiles src/styles/critical.css once per build and serves it to the pages
 * as `virtual:mailkit/critical-css` (src/components/Styles.astro inlines it,
 * src/components/CspMeta.astro lists its hash). `result()` gives the same
 * object to src/integrations/security-headers.ts for dist/_headers, so the
 * <meta> and the header can never carry different hashes.
 */
export function criticalCss(): AstroIntegration & { result(): CriticalCss } {
  let compiled: CriticalCss | undefined;
  return {
    name: 'mailkit:critical-css',
    result() {
      if (!compiled) throw new Error('critical-css: result() was read before astro:config:setup compiled src/styles/critical.css.');
      return compiled;
    },
    hooks: {
      'astro:config:setup': ({ config, updateConfig, addWatchFile }) => {
        const file = new URL('src/styles/critical.css', config.root);
        const load = () => (compiled = compileCriticalCss(readFileSync(file, 'utf8'), fileURLToPath(file)));
        load();
        addWatchFile(file);
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'mailkit:critical-css',
                resolveId: (id: string) => (id === CRITICAL_CSS_MODULE ? resolvedId : undefined),
                load: (id: string) => {
                  if (id !== resolvedId) return undefined;
                  // In dev the file may have changed since setup.
                  const { css, hash } = load();
                  return `export const css = ${JSON.stringify(css)};\nexport const hash = ${JSON.stringify(hash)};\n`;
                },
              },
            ],
          },
        });
      },
    },
  };
}
