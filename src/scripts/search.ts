/**
 * <mk-search>: the header search, on every page. This file stays tiny: it
 * opens the dialog (click, "/", Ctrl/Cmd+K) and only then imports the search
 * UI, which in turn loads Pagefind. A page view that never opens search
 * fetches nothing from pagefind/.
 */
type UI = { focus(): void };
let ui: Promise<UI> | undefined;

const load = (root: HTMLElement, onNavigate?: () => void) =>
  (ui ??= import('./search-ui.ts').then(({ SearchUI }) => new SearchUI(root, onNavigate)));

class MkSearch extends HTMLElement {
  connectedCallback() {
    this.querySelector('[data-search-open]')!.addEventListener('click', (e) => {
      e.preventDefault();
      this.open();
    });
    document.addEventListener('keydown', (e) => {
      const typing = (e.target as Element).closest?.('input, textarea, select, [contenteditable]');
      if (((e.key === 'k' || e.key === 'K') && (e.ctrlKey || e.metaKey)) || (e.key === '/' && !typing && !e.ctrlKey && !e.metaKey && !e.altKey)) {
        e.preventDefault();
        this.open();
      }
    });
    const dialog = this.querySelector('dialog');
    dialog?.addEventListener('click', (e) => {
      // A click on the backdrop (the dialog element itself, outside its box) closes it.
      if (e.target === dialog) dialog.close();
    });
    dialog?.querySelector('[data-search-close]')!.addEventListener('click', () => dialog.close());
  }

  open() {
    const page = document.querySelector<HTMLElement>('mk-search-page');
    if (page) {
      page.querySelector('input')!.focus();
      return;
    }
    const dialog = this.querySelector('dialog')!;
    if (!dialog.open) dialog.showModal();
    dialog.querySelector('input')!.focus();
    void load(dialog, () => dialog.close());
  }
}

/** The search page: runs the query from ?q= at once. */
class MkSearchPage extends HTMLElement {
  connectedCallback() {
    void load(this);
  }
}

customElements.define('mk-search', MkSearch);
customElements.define('mk-search-page', MkSearchPage);
