/**
 * The search UI on top of Pagefind's JavaScript API (not its bundled UIs:
 * this one is a few KB, speaks every locale from our own dictionaries,
 * Slovenian included, mirrors for right-to-left, and follows the ARIA
 * combobox pattern). Loaded on demand by src/scripts/search.ts.
 *
 * One Pagefind index per language: pagefind.js picks the one matching
 * <html lang>, so a page searches its own language. Results are the
 * templates (Pagefind sub-results: each template has an id and
 * data-pagefind-title) and land on their anchor.
 */
// Not ../i18n/plural.ts: importing it from both this chunk and the copy module
// would make Vite split it into a third file, one more request on every category page.
type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
const pluralize = (forms: Plural, tag: string, count: number) => (forms[new Intl.PluralRules(tag).select(count)] ?? forms.other).replace('{count}', String(count));

interface Strings {
  tag: string;
  loading: string;
  error: string;
  noResults: string;
  results: Plural;
}
interface Location {
  balanced_score: number;
}
interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  weighted_locations?: Location[];
}
interface ResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results: SubResult[];
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  debouncedSearch(q: string, o: Record<string, unknown>, ms: number): Promise<{ results: { data(): Promise<ResultData> }[] } | null>;
}
interface Item {
  title: string;
  page: string;
  url: string;
  excerpt: string;
}

/** How many pages' data to fetch per batch ("show more" fetches the next). */
const BATCH = 5;
/** Sub-results shown per page, best first. */
const PER_PAGE = 3;

const score = (s: SubResult) => (s.weighted_locations ?? []).reduce((sum, l) => sum + l.balanced_score, 0);

/** Pagefind's excerpt as nodes: its text and <mark> highlights, nothing else survives. */
function excerpt(html: string): DocumentFragment {
  const tpl = document.createElement('template');
  tpl.innerHTML = html;
  const out = document.createDocumentFragment();
  for (const node of tpl.content.childNodes) {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      out.append(mark);
    } else {
      out.append(node.textContent ?? '');
    }
  }
  return out;
}

export class SearchUI {
  root: HTMLElement;
  input: HTMLInputElement;
  category: HTMLSelectElement;
  status: HTMLElement;
  list: HTMLElement;
  moreButton: HTMLButtonElement;
  s: Strings;
  pagefind: Promise<Pagefind>;
  pending: { data(): Promise<ResultData> }[] = [];
  items: Item[] = [];
  active = -1;
  run = 0;
  words: string[] = [];
  onNavigate: (() => void) | undefined;

  constructor(root: HTMLElement, onNavigate?: () => void) {
    this.root = root;
    this.onNavigate = onNavigate;
    const form = root.querySelector<HTMLFormElement>('[data-search-form]')!;
    this.input = form.querySelector('[data-search-input]')!;
    this.category = form.querySelector('[data-search-category]')!;
    this.status = root.querySelector('[data-search-status]')!;
    this.list = root.querySelector('[data-search-results]')!;
    this.moreButton = root.querySelector('[data-search-more]')!;
    this.s = JSON.parse(form.dataset.strings!) as Strings;

    this.status.textContent = this.s.loading;
    this.pagefind = (import(/* @vite-ignore */ `${form.dataset.bundle}pagefind.js`) as Promise<Pagefind>).then(async (pf) => {
      await pf.options({ baseUrl: form.dataset.base, excerptLength: 24 });
      return pf;
    });
    this.pagefind.then(
      async (pf) => {
        if (this.status.textContent === this.s.loading) this.status.textContent = '';
        // The categories of this language's index, by name.
        const categories = Object.keys((await pf.filters()).category ?? {}).sort((a, b) => a.localeCompare(b, this.s.tag));
        const wanted = this.category.dataset.wanted ?? this.category.value;
        this.category.append(...categories.map((name) => new Option(name, name, false, name === wanted)));
        if (wanted && this.category.value === wanted && this.input.value) void this.search();
      },
      () => (this.status.textContent = this.s.error),
    );

    // The search page: take the query from the URL.
    const params = new URLSearchParams(location.search);
    if (!onNavigate && params.get('q')) {
      this.input.value = params.get('q')!;
      // Options arrive with the index; remember which one the URL asked for.
      if (params.get('category')) this.category.dataset.wanted = params.get('category')!;
    }

    form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.go(Math.max(this.active, 0));
    });
    this.input.addEventListener('input', () => void this.search());
    this.category.addEventListener('change', () => void this.search());
    this.input.addEventListener('keydown', (e) => this.key(e));
    this.moreButton.addEventListener('click', () => void this.more(this.run));
    this.list.addEventListener('click', (e) => {
      const a = (e.target as Element).closest('a');
      if (a) {
        e.preventDefault();
        this.go(Number(a.closest('li')!.dataset.index));
      }
    });
    if (this.input.value) void this.search();
  }

  focus() {
    this.input.focus();
  }

  key(e: KeyboardEvent) {
    // The search page's field (no dialog to close): Esc clears it, as the
    // combobox pattern suggests and as type="search" used to. In the dialog
    // Esc is left to the <dialog>, which closes and returns focus.
    if (e.key === 'Escape' && !this.onNavigate && this.input.value) {
      e.preventDefault();
      this.input.value = '';
      void this.search();
      return;
    }
    const n = this.items.length;
    if (!n) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      this.select(e.key === 'ArrowDown' ? (this.active + 1) % n : (this.active - 1 + n) % n);
    } else if (e.key === 'Home' && this.active >= 0) {
      e.preventDefault();
      this.select(0);
    } else if (e.key === 'End' && this.active >= 0) {
      e.preventDefault();
      this.select(n - 1);
    }
  }

  select(index: number) {
    this.active = index;
    for (const li of this.list.children) li.setAttribute('aria-selected', String(Number((li as HTMLElement).dataset.index) === index));
    const li = this.list.querySelector<HTMLElement>(`[data-index="${index}"]`);
    if (li) {
      this.input.setAttribute('aria-activedescendant', li.id);
      li.scrollIntoView({ block: 'nearest' });
    }
  }

  go(index: number) {
    const item = this.items[index];
    if (!item) return;
    const target = new URL(item.url, location.href);
    this.onNavigate?.();
    if (target.pathname === location.pathname && target.hash) {
      // Same page: move to the template and focus it, so keyboard users land there too.
      location.hash = target.hash;
      document.getElementById(decodeURIComponent(target.hash.slice(1)))?.focus({ preventScroll: true });
    } else {
      location.assign(target.href);
    }
  }

  async search() {
    const run = ++this.run;
    const query = this.input.value.trim();
    const category = this.category.value;
    if (!this.onNavigate) {
      // The search page keeps its URL in step, so a search can be linked and bookmarked.
      const url = new URL(location.href);
      url.searchParams.set('q', query);
      if (category) url.searchParams.set('category', category);
      else url.searchParams.delete('category');
      history.replaceState(null, '', url);
    }
    if (!query) {
      this.reset();
      this.status.textContent = '';
      return;
    }
    let pf: Pagefind;
    try {
      pf = await this.pagefind;
    } catch {
      return;
    }
    this.words = query.toLocaleLowerCase(this.s.tag).split(/\s+/).filter(Boolean);
    const found = await pf.debouncedSearch(query, category ? { filters: { category } } : {}, 60);
    if (found === null || run !== this.run) return; // a newer keystroke took over
    this.pending = found.results;
    await this.more(run, true);
    if (run !== this.run) return;
    const count = this.items.length;
    this.status.textContent = count
      ? pluralize(this.s.results, this.s.tag, count)
      : this.s.noResults.replace('{query}', query);
  }

  reset() {
    this.items = [];
    this.active = -1;
    this.list.replaceChildren();
    this.input.removeAttribute('aria-activedescendant');
    this.input.setAttribute('aria-expanded', 'false');
    this.moreButton.hidden = true;
  }

  async more(run: number, fresh = false) {
    const batch = this.pending.splice(0, BATCH);
    const pages = await Promise.all(batch.map((r) => r.data()));
    if (run !== this.run) return;
    if (fresh) this.reset();
    const items: Item[] = pages.flatMap((page) => {
      const title = page.meta.title ?? page.url;
      const subs = [...page.sub_results].sort((a, b) => score(b) - score(a)).slice(0, PER_PAGE);
      return subs.length
        ? subs.map((s) => ({ title: s.title, page: title, url: s.url, excerpt: s.excerpt }))
        : [{ title, page: '', url: page.url, excerpt: page.excerpt }];
    });
    // A template whose title holds every word typed is what the visitor is
    // after: it goes first, ahead of longer sections (FAQ) with more matches.
    if (fresh) {
      const hit = (item: Item) => this.words.every((w) => item.title.toLocaleLowerCase(this.s.tag).includes(w));
      items.sort((a, b) => Number(hit(b)) - Number(hit(a)));
    }
    // Everything for this batch is in hand: one DOM update, in the same frame.
    const start = this.items.length;
    this.items.push(...items);
    this.list.append(
      ...items.map((item, i) => {
        const li = document.createElement('li');
        li.id = `${this.list.id}-${start + i}`;
        li.dataset.index = String(start + i);
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        const a = document.createElement('a');
        a.href = item.url;
        a.tabIndex = -1;
        const title = document.createElement('strong');
        title.textContent = item.title;
        a.append(title);
        if (item.page && item.page !== item.title) {
          const page = document.createElement('span');
          page.className = 'result-page';
          page.textContent = item.page;
          a.append(page);
        }
        const text = document.createElement('span');
        text.className = 'result-excerpt';
        text.append(excerpt(item.excerpt));
        a.append(text);
        li.append(a);
        return li;
      }),
    );
    this.input.setAttribute('aria-expanded', String(this.items.length > 0));
    this.moreButton.hidden = this.pending.length === 0;
  }
}
