/**
 * Adds the non-critical stylesheet (src/components/Styles.astro) once the
 * page has loaded and the browser is idle, so it never competes with the
 * first paint. The <noscript> holds the link as text when scripting is on.
 */
function addDeferredCss() {
  for (const holder of document.querySelectorAll('noscript[data-deferred-css]')) {
    const template = document.createElement('template');
    template.innerHTML = holder.textContent ?? '';
    holder.replaceWith(template.content);
  }
}

const whenIdle = (run: () => void) => ('requestIdleCallback' in window ? requestIdleCallback(run, { timeout: 500 }) : setTimeout(run, 1));
if (document.readyState === 'complete') whenIdle(addDeferredCss);
else addEventListener('load', () => whenIdle(addDeferredCss), { once: true });

export {};
