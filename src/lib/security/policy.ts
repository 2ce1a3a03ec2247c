import { deferredModulesHash } from './deferred-modules.ts';

/**
 * The site's security policy, in one place. src/components/CspMeta.astro puts
 * it in every page's <head> as a <meta>, and
 * src/integrations/security-headers.ts writes the same policy as HTTP headers
 * into dist/_headers for Netlify and Cloudflare Pages.
 *
 * The one inline script is the bootstrap that starts the page's modules after
 * the first paint (src/lib/security/deferred-modules.ts), allowed by its
 * hash; Pagefind compiles WebAssembly, which needs exactly 'wasm-unsafe-eval'
 * and nothing looser.
 * A page's one inline style is the critical CSS of its kind of page
 * (src/integrations/critical-css.ts), allowed by the hash of its exact bytes,
 * never by 'unsafe-inline': the <meta> lists that page's hash, the HTTP header
 * every kind's (one header for every path; a browser enforces both).
 */
export const cspDirectives = [
  "default-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

export const scriptSources = ["'self'", "'wasm-unsafe-eval'", deferredModulesHash] as const;
export const styleSources = ["'self'"] as const;

function checkHashes(hashes: readonly string[]) {
  for (const h of hashes) {
    if (!/^'sha256-[A-Za-z0-9+/]{43}='$/.test(h)) throw new Error(`policy.ts: "${h}" is not a CSP sha256 source ('sha256-<44 base64 characters>').`);
  }
}

/** The policy as a <meta> carries it (frame-ancestors is ignored there, so it is left out). */
export function cspMeta(styleHashes: readonly string[]): string {
  checkHashes(styleHashes);
  return [...cspDirectives, `script-src ${scriptSources.join(' ')}`, `style-src ${[...styleSources, ...styleHashes].join(' ')}`].join('; ');
}

/** The full policy for an HTTP header. */
export function cspHeader(styleHashes: readonly string[]): string {
  return `${cspMeta(styleHashes)}; frame-ancestors 'none'`;
}

/** Every security header, for pages whose inline styles have these hashes. */
export function securityHeaders(styleHashes: readonly string[]): Readonly<Record<string, string>> {
  return {
    'Content-Security-Policy': cspHeader(styleHashes),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), clipboard-write=(self), browsing-topics=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}

/** dist/_headers for a site served from `base`. */
export function headersFile(base: string, styleHashes: readonly string[]): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  const block = (path: string, headers: Record<string, string>) =>
    `${path}\n${Object.entries(headers).map(([k, v]) => `  ${k}: ${v}`).join('\n')}\n`;
  return [
    '# Written by src/integrations/security-headers.ts from src/lib/security/policy.ts. Do not edit dist/_headers.',
    block(`${b}*`, securityHeaders(styleHashes)),
    // Astro's assets have content hashes in their names: cache them for a year.
    block(`${b}_astro/*`, { 'Cache-Control': 'public, max-age=31536000, immutable' }),
    // Pagefind's fragments and index chunks are hashed too; its entry files are not.
    block(`${b}pagefind/*`, { 'Cache-Control': 'public, max-age=3600' }),
  ].join('\n');
}
