/**
 * "Your voice" (issue 16): switches every voice choice on the page
 * (`[data-voice]`, rendered by src/components/EmailInline.astro) to the
 * option the visitor picks in the fill-in panel, and remembers the pick.
 *
 * - The server-rendered page shows each locale's default option; the others
 *   are `hidden`. Switching toggles `hidden`, so copy (src/scripts/copy.ts,
 *   which skips hidden nodes), the mail links and a manual selection all
 *   take the visible words.
 * - The pick lives in localStorage under its own key, by axis ("speaker" →
 *   "male"), so a Thai and a Russian page share the writer's gender. It is
 *   separate from the placeholder values so the two never overwrite each other.
 * - Loaded by the copy loader (src/scripts/copy-loader.ts) at once, on pages
 *   that have choices only, so a remembered voice shows as early as possible
 *   and pages without choices (English) do not pay for it.
 * - The change is announced in the page's status region; `mailkit:voice` tells
 *   <mk-copy> to rebuild its mail links.
 */
export const VOICE_KEY = 'mailkit:voice';
type Voice = Record<string, string>;

function read(): Voice {
  try {
    const v: unknown = JSON.parse(localStorage.getItem(VOICE_KEY) ?? '{}');
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Voice) : {};
  } catch {
    return {}; // private mode or a corrupt entry: the page's defaults
  }
}

/** Shows, in every choice and radio group, the option `voice` picks (or the page's default). */
function apply(voice: Voice) {
  for (const choice of document.querySelectorAll<HTMLElement>('[data-voice]')) {
    const options = [...choice.children] as HTMLElement[];
    const want = voice[choice.dataset.voice!];
    // An option this choice does not have (a stale entry): leave the default.
    if (!want || !options.some((o) => o.dataset.option === want)) continue;
    for (const o of options) o.hidden = o.dataset.option !== want;
  }
  for (const input of document.querySelectorAll<HTMLInputElement>('input[data-voice-input]')) {
    const want = voice[input.dataset.voiceInput!];
    input.checked = want ? want === input.value : input.defaultChecked;
  }
  document.dispatchEvent(new CustomEvent('mailkit:voice'));
}

function announce(message: string) {
  const status = document.querySelector<HTMLElement>('mk-copy [data-status]');
  if (!status) return;
  status.classList.remove('error');
  status.textContent = '';
  requestAnimationFrame(() => (status.textContent = message));
}

export function startVoice() {
  if (!document.querySelector('[data-voice], input[data-voice-input]')) return;
  // A pick made before this ran (a fast click) wins over the stored one.
  const voice = read();
  for (const input of document.querySelectorAll<HTMLInputElement>('input[data-voice-input]:checked')) {
    if (!input.defaultChecked) voice[input.dataset.voiceInput!] = input.value;
  }
  if (Object.keys(voice).length) apply(voice);

  document.addEventListener('change', (e) => {
    const input = e.target as HTMLInputElement;
    if (!input.matches?.('input[data-voice-input]')) return;
    const next = { ...read(), [input.dataset.voiceInput!]: input.value };
    try {
      localStorage.setItem(VOICE_KEY, JSON.stringify(next));
    } catch {
      // Storage refused: the switch still works for this page view.
    }
    apply(next);
    const said = input.closest<HTMLElement>('[data-said]')?.dataset.said;
    const label = input.labels?.[0]?.textContent?.trim() ?? input.value;
    if (said) announce(said.replace('{option}', label));
  });
  // Another tab changed the voice: follow it.
  addEventListener('storage', (e) => {
    if (e.key === VOICE_KEY) apply(read());
  });
}
