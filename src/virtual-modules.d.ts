/** Written by src/integrations/critical-css.ts: each kind of page's critical CSS (src/styles/critical/), minified, and its CSP hash. */
declare module 'virtual:mailkit/critical-css' {
  export const styles: import('./integrations/critical-css.ts').CriticalStyles;
}
