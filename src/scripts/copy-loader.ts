/**
 * Loads <mk-copy> (src/scripts/copy.ts and clipboard-polyfill, about 4 KB
 * gzip) when the browser is idle after the page has loaded, or at once when
 * the visitor reaches for it (pointer or keyboard focus inside it), so it
 * never competes with the first paint. This part is a few hundred bytes.
 *
 * Until copy.ts has defined the element, a click on one of its buttons or
 * mail links is held (its default action stopped) and clicked again once
 * the element is defined, so the first copy works however early it comes.
 * Values typed into the fill-in panel meanwhile stay in their fields, and
 * copy.ts takes them when it starts. `data-armed` tells the stylesheet that
 * the controls can be shown: a click on them is no longer lost.
 */
const HELD = '[data-action], [data-mail]';

let loading: Promise<unknown> | undefined;
const loadCopy = () => (loading ??= import('./copy.ts'));

const held: HTMLElement[] = [];
function hold(e: Event) {
  if (customElements.get('mk-copy')) return;
  const control = (e.target as Element).closest<HTMLElement>(`mk-copy ${HELD.split(', ').join(', mk-copy ')}`);
  if (!control) return;
  e.preventDefault();
  e.stopImmediatePropagation();
  if (!held.includes(control)) held.push(control);
  void loadCopy();
}

if (document.querySelector('mk-copy')) {
  // Only pages whose templates vary by voice load the switch (src/scripts/voice.ts).
  if (document.querySelector('[data-voice]')) void import('./voice.ts').then((m) => m.startVoice());
  // Capture phase on the document: runs before any listener the element could have.
  document.addEventListener('click', hold, true);
  for (const el of document.querySelectorAll<HTMLElement>('mk-copy')) {
    el.addEventListener('pointerdown', loadCopy, { once: true });
    el.addEventListener('focusin', loadCopy, { once: true });
    el.dataset.armed = '';
  }
  void customElements.whenDefined('mk-copy').then(() => {
    document.removeEventListener('click', hold, true);
    // The element is upgraded in the same task as define(); replay after it.
    queueMicrotask(() => {
      for (const control of held.splice(0)) control.click();
    });
  });
  const idle = () => ('requestIdleCallback' in window ? requestIdleCallback(() => void loadCopy(), { timeout: 2000 }) : setTimeout(loadCopy, 200));
  if (document.readyState === 'complete') idle();
  else addEventListener('load', idle, { once: true });
}

export {};
