/** Written by src/integrations/critical-css.ts: src/styles/critical.css, minified, and its CSP hash. */
declare module 'virtual:mailkit/critical-css' {
  export const css: string;
  export const hash: string;
}
