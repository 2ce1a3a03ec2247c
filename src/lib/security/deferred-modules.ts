import { createHash } from 'node:crypto';

/**
 * Page scripts start after the first paint. Astro writes each page's bundled
 * scripts as `<script type="module" src>`, which the browser fetches and runs
 * before it first paints: on a phone that is a round trip the visitor waits
 * for before seeing any text. src/integrations/deferred-modules.ts rewrites
 * those tags into inert data blocks, and this one inline module, the same
 * bytes on every page (so one hash in the CSP allows it), imports them once
 * the page has loaded and painted. (Lighthouse's LCP counts every request
 * that finished before the paint, whether it blocked it or not.) What the scripts do needs no early start:
 * the search button is a link to the search page until then, and the copy
 * controls appear when their loader runs (src/scripts/copy-loader.ts).
 */
export const DEFERRED_MODULE_TYPE = 'mailkit/module';

/**
 * After `load`, waits for the first contentful paint (a busy phone can paint
 * after `load`), then for the next frame, and imports every deferred module.
 * Browsers without paint timing skip the wait for the paint.
 */
export const deferredModulesBootstrap =
  `const run=()=>requestAnimationFrame(()=>setTimeout(()=>{for(const s of document.querySelectorAll('script[type="${DEFERRED_MODULE_TYPE}"]'))import(s.dataset.src)}));` +
  `addEventListener('load',()=>{if(!PerformanceObserver.supportedEntryTypes?.includes('paint'))return run();` +
  `const o=new PerformanceObserver((l)=>{if(l.getEntriesByName('first-contentful-paint').length){o.disconnect();run()}});` +
  `o.observe({type:'paint',buffered:true})},{once:true})`;

/** `'sha256-…'`, the CSP script-src source for exactly the bootstrap. */
export const deferredModulesHash = `'sha256-${createHash('sha256').update(deferredModulesBootstrap, 'utf8').digest('base64')}'`;

const moduleTag = /<script type="module" src="([^"]+)"><\/script>/g;

/**
 * A built page with its module scripts turned into data blocks for the
 * bootstrap. Pages without the bootstrap (the root language chooser, which
 * must redirect at once) are returned unchanged.
 */
export function deferModules(html: string): string {
  if (!html.includes(deferredModulesBootstrap)) return html;
  return html.replace(moduleTag, (_tag, src: string) => `<script type="${DEFERRED_MODULE_TYPE}" data-src="${src}"></script>`);
}
