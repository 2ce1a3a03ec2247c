/**
 * The site's security policy, in one place. src/components/CspMeta.astro puts
 * it in every page's <head> as a <meta>, and
 * src/integrations/security-headers.ts writes the same policy as HTTP headers
 * into dist/_headers for Netlify and Cloudflare Pages.
 *
 * No inline scripts or styles exist (astro.config.mjs turns inlining off),
 * so 'self' is all a page needs; Pagefind compiles WebAssembly, which needs
 * exactly 'wasm-unsafe-eval' and nothing looser.
 */
export const cspDirectives = [
  "default-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

export const scriptSources = ["'self'", "'wasm-unsafe-eval'"] as const;
export const styleSources = ["'self'"] as const;

/** The policy as a <meta> carries it (frame-ancestors is ignored there, so it is left out). */
export function cspMeta(): string {
  return [...cspDirectives, `script-src ${scriptSources.join(' ')}`, `style-src ${styleSources.join(' ')}`].join('; ');
}

/** The full policy for an HTTP header. */
export function cspHeader(): string {
  return `${cspMeta()}; frame-ancestors 'none'`;
}

export const securityHeaders: Readonly<Record<string, string>> = {
  'Content-Security-Policy': cspHeader(),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), clipboard-write=(self), browsing-topics=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** dist/_headers for a site served from `base`. */
export function headersFile(base: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  const block = (path: string, headers: Record<string, string>) =>
    `${path}\n${Object.entries(headers).map(([k, v]) => `  ${k}: ${v}`).join('\n')}\n`;
  return [
    '# Written by src/integrations/security-headers.ts from src/lib/security/policy.ts. Do not edit dist/_headers.',
    block(`${b}*`, securityHeaders),
    // Astro's assets have content hashes in their names: cache them for a year.
    block(`${b}_astro/*`, { 'Cache-Control': 'public, max-age=31536000, immutable' }),
    // Pagefind's fragments and index chunks are hashed too; its entry files are not.
    block(`${b}pagefind/*`, { 'Cache-Control': 'public, max-age=3600' }),
  ].join('\n');
}
