import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { transform } from 'lightningcss';

/** What a page's critical CSS becomes: the exact bytes it inlines, and their CSP source. */
export interface CriticalCss {
  css: string;
  /** `'sha256-…'`, the CSP style-src source for exactly `css`. */
  hash: string;
}

/**
 * Which parts of src/styles/critical/ each kind of page inlines, in this
 * order, as one <style>. The category page is the site's heaviest document
 * and has to fit TCP's first congestion window with its response headers
 * (README, "First paint"), so it carries no rule that only other pages use
 * (the home page's cards, the language chooser, the search page's form:
 * about 230 bytes of gzip). Kinds are few on purpose: every kind's hash is
 * in the one CSP header of dist/_headers, which every page is sent with, so
 * each kind more costs every response, the category page's included, 54
 * bytes of headers. The other pages are far from the window, and one kind
 * for all of them is cheaper there than a hash more for the category page.
 */
export const CRITICAL_PARTS = {
  category: ['base', 'controls', 'category'],
  default: ['base', 'controls', 'search', 'listing'],
} as const satisfies Record<string, readonly string[]>;

export type CriticalKind = keyof typeof CRITICAL_PARTS;
export type CriticalStyles = Readonly<Record<CriticalKind, CriticalCss>>;

export const CRITICAL_CSS_MODULE = 'virtual:mailkit/critical-css';
const resolvedId = `\0${CRITICAL_CSS_MODULE}`;

/** Minifies a stylesheet and hashes the result; the hash is of the bytes that land in the page. */
export function compileCriticalCss(source: string, filename: string): CriticalCss {
  const css = new TextDecoder().decode(transform({ filename, code: new TextEncoder().encode(source), minify: true }).code);
  return { css, hash: `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'` };
}

/** The file of one part. */
export const criticalPartFile = (root: URL, part: string) => new URL(`src/styles/critical/${part}.css`, root);

/** Compiles every kind from the part files under `root` (the project root). */
export function compileCriticalStyles(root: URL): CriticalStyles {
  const read = (part: string) => readFileSync(criticalPartFile(root, part), 'utf8');
  return Object.fromEntries(
    Object.entries(CRITICAL_PARTS).map(([kind, parts]) => [kind, compileCriticalCss(parts.map(read).join('\n'), `critical-${kind}.css`)]),
  ) as Record<CriticalKind, CriticalCss>;
}

/** Every distinct hash, for the one CSP of dist/_headers. */
export const criticalHashes = (styles: CriticalStyles) => [...new Set(Object.values(styles).map((s) => s.hash))];

/**
 * Compiles the parts of src/styles/critical/ once per build into one
 * stylesheet per kind of page (CRITICAL_PARTS) and serves them to the pages
 * as `virtual:mailkit/critical-css` (src/components/Styles.astro inlines a
 * page's kind, src/components/CspMeta.astro lists its hash). `result()` gives
 * the same objects to src/integrations/security-headers.ts for dist/_headers,
 * so the <meta> and the header can never carry different hashes.
 */
export function criticalCss(): AstroIntegration & { result(): CriticalStyles } {
  let compiled: CriticalStyles | undefined;
  return {
    name: 'mailkit:critical-css',
    result() {
      if (!compiled) throw new Error('critical-css: result() was read before astro:config:setup compiled src/styles/critical/.');
      return compiled;
    },
    hooks: {
      'astro:config:setup': ({ config, updateConfig, addWatchFile }) => {
        const load = () => (compiled = compileCriticalStyles(config.root));
        load();
        for (const part of new Set(Object.values(CRITICAL_PARTS).flat())) addWatchFile(criticalPartFile(config.root, part));
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'mailkit:critical-css',
                resolveId: (id: string) => (id === CRITICAL_CSS_MODULE ? resolvedId : undefined),
                load: (id: string) => {
                  if (id !== resolvedId) return undefined;
                  // In dev the files may have changed since setup.
                  return `export const styles = ${JSON.stringify(load())};\n`;
                },
              },
            ],
          },
        });
      },
    },
  };
}
