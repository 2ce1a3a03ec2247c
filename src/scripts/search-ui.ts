/**
 * The search UI on top of Pagefind's JavaScript API (not its bundled UIs:
 * this one is a few KB, speaks every locale from our own dictionaries,
 * Slovenian included, mirrors for right-to-left, and follows the ARIA
 * combobox pattern). Loaded on demand by src/scripts/search.ts.
 *
 * One Pagefind index per language: pagefind.js picks the one matching
 * <html lang>, so a page searches its own language. Each template is a
 * record of its own (src/lib/search/records.ts) whose `href` meta is its
 * anchor on the category page; category pages and guides are pages whose
 * best section is shown. Pagefind ranks them all together, one result each.
 *
 * Query handling (issue 14), before the results are shown:
 * - A query word that only matches through a one- or two-letter index word
 *   (Pagefind falls back to the longest index word that starts the query
 *   word: `devolución` → `de`) or matches nothing is dropped, and the status
 *   line says so, instead of ranking results by how often "de" occurs.
 * - Thai is written without spaces and Pagefind splits a query into very
 *   common pieces; the unsplit phrase is tried first, the split query only
 *   when the phrase finds nothing.
 * - A query that finds nothing is offered in English, with a link.
 */
// Not ../i18n/plural.ts: importing it from both this chunk and the copy module
// would make Vite split it into a third file, one more request on every category page.
type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
const pluralize = (forms: Plural, tag: string, count: number) => (forms[new Intl.PluralRules(tag).select(count)] ?? forms.other).replace('{count}', String(count));

/**
 * What it says (src/lib/search/strings.ts): the tag, `loading` and `error`
 * come with the form (data-strings); the rest is fetched from strings.json
 * next to the search page, together with Pagefind, and is there before any
 * result is shown.
 */
interface Strings {
  tag: string;
  loading: string;
  error: string;
  noResults: string;
  results: Plural;
  dropped: Plural;
  tryEnglish: string;
  /** The default locale's search page, or '' on the default locale. */
  englishSearch: string;
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
  /** The indexed text; `locations` are word positions in it. */
  content: string;
  locations: number[];
  meta: { title?: string; href?: string; category?: string; keywords?: string };
  sub_results: SubResult[];
}
interface Result {
  id: string;
  score: number;
  data(): Promise<ResultData>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(q: string, o?: Record<string, unknown>): Promise<{ results: Result[] }>;
  /** Fetches the index chunks a search for `q` needs, without searching. */
  preload(q: string, o?: Record<string, unknown>): Promise<void>;
}
interface Item {
  title: string;
  page: string;
  url: string;
  excerpt: string;
}

/** How many results' data to fetch per batch ("show more" fetches the next). */
const BATCH = 8;
/** Quiet time after the last key before searching: shorter, and typing at 40 ms a key searches (and fetches index chunks for) every prefix. */
const DEBOUNCE_MS = 60;
/** Index words shorter than this only count for query words as short (issue 14: `de`, `с`, `c`). */
const MIN_MATCH = 3;

const thai = /[\u0E00-\u0E7F]/;
/** How many leading characters two words share. */
const shared = (a: string, b: string) => {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
};
/**
 * Russian writes ё or е for the same letter, and people type either. The
 * index holds е (Pagefind's Russian stemmer folds ё when it indexes) but a
 * query's ё reaches the index as typed: `отменённое` found nothing,
 * `отмененное` the template. Query words are folded before searching.
 */
const yo = (t: string) => t.replace(/ё/g, 'е');
/**
 * Word characters only, as Pagefind indexes them. Marks count: Thai vowels
 * and tone marks are combining characters (ยกเลิก without its ิ is not a word).
 */
const bare = (word: string) => word.replace(/[^\p{L}\p{M}\p{N}]/gu, '');
/** The words that say something: Pagefind matches "de" or "за" almost everywhere; Thai words are short. */
const tellingWords = (words: string[]) => words.filter((w) => bare(w).length >= MIN_MATCH || (thai.test(w) && w.length >= 2));
/** Two words are the same but for their endings: they share all but the last two letters of the shorter, and at least three. */
const sameWord = (a: string, b: string) => shared(a, b) >= Math.max(MIN_MATCH, Math.min(a.length, b.length) - 2);

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
  form: HTMLFormElement;
  hint: HTMLElement;
  /** Pagefind, set up, once the strings it needs for results (strings.json) have arrived too. */
  pagefind: Promise<Pagefind>;
  pending: Result[] = [];
  /**
   * Pagefind calls one after another: with two in flight (search, or a
   * result's data()), one gets the other's word positions (checked on 1.6).
   */
  queue: Promise<unknown> = Promise.resolve();
  /** Per query word: does it match an index word of its own (cached: the index does not change)? */
  matched = new Map<string, Promise<boolean>>();
  /**
   * Pagefind's results per query and filter, cached for the same reason: a
   * word typed again (the next word of a query, a corrected typo) costs
   * nothing. A cached result's data() reads the word positions it was found
   * with, not the latest search's.
   */
  searches = new Map<string, Promise<{ results: Result[] }>>();
  items: Item[] = [];
  active = -1;
  run = 0;
  words: string[] = [];
  onNavigate: (() => void) | undefined;

  constructor(root: HTMLElement, onNavigate?: () => void) {
    this.root = root;
    this.onNavigate = onNavigate;
    const form = (this.form = root.querySelector<HTMLFormElement>('[data-search-form]')!);
    this.hint = root.querySelector('[data-search-hint]')!;
    this.input = form.querySelector('[data-search-input]')!;
    this.category = form.querySelector('[data-search-category]')!;
    this.status = root.querySelector('[data-search-status]')!;
    this.list = root.querySelector('[data-search-results]')!;
    this.moreButton = root.querySelector('[data-search-more]')!;
    this.s = JSON.parse(form.dataset.strings!) as Strings;

    this.status.textContent = this.s.loading;
    const later = fetch(new URL('strings.json', form.action)).then((r) => (r.ok ? (r.json() as Promise<Partial<Strings>>) : Promise.reject(new Error(`${r.url}: ${r.status}`))));
    this.pagefind = Promise.all([import(/* @vite-ignore */ `${form.dataset.bundle}pagefind.js`) as Promise<Pagefind>, later]).then(async ([pf, strings]) => {
      Object.assign(this.s, strings);
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
      this.showHint('');
      this.form.dataset.searchDone = '';
      return;
    }
    let pf: Pagefind;
    try {
      pf = await this.pagefind;
    } catch {
      return;
    }
    // While the visitor is still typing, fetch and decode the index chunks the
    // words so far need (preload does not search), so the search that runs
    // after the pause finds them ready: most of a query's time in Bulgarian,
    // Russian and Thai was loading chunks after the last key.
    for (const word of this.wordsOf(query)) {
      const w = bare(word);
      if (w) void pf.preload(w, category ? { filters: { category } } : {}).catch(() => undefined);
    }
    // Debounce: a newer keystroke within the quiet time takes over.
    await new Promise((r) => setTimeout(r, DEBOUNCE_MS));
    if (run !== this.run) return;
    const { results, dropped } = await this.find(pf, query, category ? { filters: { category } } : {});
    if (run !== this.run) return;
    this.words = this.wordsOf(query).filter((w) => !dropped.includes(w));
    this.pending = results;
    await this.more(run, true);
    if (run !== this.run) return;
    const count = this.items.length;
    const droppedNote = dropped.length ? ' ' + pluralize(this.s.dropped, this.s.tag, dropped.length).replace('{words}', dropped.map((w) => `“${w}”`).join(', ')) : '';
    this.status.textContent = (count ? pluralize(this.s.results, this.s.tag, count) : this.s.noResults.replace('{query}', query)) + droppedNote;
    this.showHint(count ? '' : query);
    this.form.dataset.searchDone = query;
  }

  /** On no results, the same query on the English search page (not on the English site itself). */
  showHint(query: string) {
    this.hint.replaceChildren();
    this.hint.hidden = !query || !this.s.englishSearch;
    if (this.hint.hidden) return;
    const a = document.createElement('a');
    a.href = `${this.s.englishSearch}?q=${encodeURIComponent(query)}`;
    a.hreflang = 'en';
    a.textContent = this.s.tryEnglish.replace('{query}', query);
    this.hint.append(a);
  }

  /**
   * Runs the query with the handling described at the top of this file.
   * Returns Pagefind's results and the query words that were dropped.
   */
  async find(pf: Pagefind, query: string, options: Record<string, unknown>): Promise<{ results: Result[]; dropped: string[] }> {
    const words = this.wordsOf(query);
    const quoted = thai.test(query) && !query.includes('"') ? `"${query}"` : '';
    // Every index chunk this query can need, fetched at once: the searches
    // below run one at a time (see queue), and each would otherwise wait for
    // its own chunk in turn (bg, ru and th several-word queries were 250 ms).
    // preload() only fetches and loads chunks, it does not search, so it is
    // safe beside a running search.
    await Promise.all([...new Set([...words.map(bare).filter(Boolean), quoted].filter(Boolean))].map((q) => pf.preload(q, options).catch(() => undefined)));
    // Thai: the unsplit phrase first; what the split query finds after it.
    const phrase = quoted ? (await this.query(pf, quoted, options)).results : [];
    const ok = await this.matchAll(pf, words);
    const dropped = words.filter((_, i) => !ok[i]);
    const kept = words.filter((_, i) => ok[i]);
    const first = (results: Result[]) => {
      const seen = new Set(phrase.map((r) => r.id));
      return { results: [...phrase, ...results.filter((r) => !seen.has(r.id))], dropped };
    };
    const telling = tellingWords(kept);
    if (telling.length < 2) return first(kept.length ? (await this.query(pf, kept.join(' '), options)).results : []);
    // Several words: Pagefind wants every one of them in a result, so one word
    // the template does not use (a colloquial "still", "hasn't") hides it,
    // and a long FAQ that happens to hold all of them wins. Each word is
    // searched alone (the same index chunks: no more bytes), and a result
    // ranks by its summed score times the square of the share of words it
    // holds.
    const per = await Promise.all(telling.map((w) => this.query(pf, w, options)));
    const tally = new Map<string, { result: Result; words: number; score: number }>();
    for (const { results } of per) {
      for (const r of results) {
        const t = tally.get(r.id) ?? { result: r, words: 0, score: 0 };
        t.words++;
        t.score += r.score;
        tally.set(r.id, t);
      }
    }
    const rank = (t: { words: number; score: number }) => t.score * (t.words / telling.length) ** 2;
    return first([...tally.values()].sort((a, b) => rank(b) - rank(a)).map((t) => t.result));
  }

  /** The query's words: split at spaces, or by Intl.Segmenter for Thai, which has none (Pagefind segments the same way). */
  wordsOf(query: string): string[] {
    const lower = yo(query.toLocaleLowerCase(this.s.tag));
    if (!thai.test(lower) || lower.includes('"')) return lower.split(/\s+/).filter(Boolean);
    return [...new Intl.Segmenter(this.s.tag, { granularity: 'word' }).segment(lower)].filter((s) => s.isWordLike).map((s) => s.segment);
  }

  query(pf: Pagefind, q: string, options: Record<string, unknown> = {}): Promise<{ results: Result[] }> {
    const key = JSON.stringify([q, options]);
    let found = this.searches.get(key);
    if (!found) {
      found = this.serial(() => pf.search(q, options));
      this.searches.set(key, found);
      // A failed search (a chunk that did not load) is tried again next time.
      found.catch(() => this.searches.delete(key));
    }
    return found;
  }

  serial<T>(job: () => Promise<T>): Promise<T> {
    const next = this.queue.then(job);
    this.queue = next.catch(() => undefined);
    return next;
  }

  /**
   * Whether each word finds index words of its own. Pagefind falls back to the
   * longest index word that starts a word it does not know (`devolución` →
   * `de`, `recieved` → `rec`); a match must share all but the last four
   * letters of the word, and at least three. Checked on each word's first
   * result (cached per word: the index does not change).
   */
  matchAll(pf: Pagefind, words: string[]): Promise<boolean[]> {
    // Short words, Thai (segmented by Pagefind, its pieces are legitimately short) and phrase syntax are left to Pagefind.
    const leftToPagefind = (word: string) => bare(word).length < MIN_MATCH || thai.test(word) || word.includes('"');
    const todo = [...new Set(words.filter((w) => !leftToPagefind(w)).map(bare))].filter((w) => !this.matched.has(w));
    if (todo.length) {
      const tops = (async () => {
        // The same searches the several-word ranking runs (cached), one at a time; then the
        // first results' data in one turn of the queue, distinct pages at once: each data()
        // fetches a fragment, and one word after another they were most of the time of a
        // several-word query. Pagefind 1.6 keeps one object per page and data() writes the
        // search's word positions into it, so a page that is the first result of several
        // words is read once per word, in turn, and what is needed is copied at once.
        const firsts = await Promise.all(todo.map(async (w) => (await this.query(pf, w)).results[0]));
        return this.serial(async () => {
          const pages: ({ content: string; locations: number[] } | undefined)[] = firsts.map(() => undefined);
          const byPage = new Map<string, number[]>();
          firsts.forEach((r, i) => r && byPage.set(r.id, [...(byPage.get(r.id) ?? []), i]));
          await Promise.all(
            [...byPage.values()].map(async (indexes) => {
              for (const i of indexes) {
                const { content, locations } = await firsts[i]!.data();
                pages[i] = { content, locations: [...locations] };
              }
            }),
          );
          return pages;
        });
      })();
      todo.forEach((w, i) => {
        const known = tops.then((pages) => {
          const top = pages[i];
          if (!top) return false;
          const text = top.content.split(/\s+/);
          const need = Math.max(MIN_MATCH, w.length - 4);
          return top.locations.some((at) => shared(bare(text[at] ?? '').toLocaleLowerCase(this.s.tag), w) >= Math.min(need, w.length));
        });
        // A failed check (a fragment that did not load) is tried again next time.
        known.catch(() => this.matched.delete(w));
        this.matched.set(w, known);
      });
    }
    return Promise.all(words.map((word) => (leftToPagefind(word) ? true : this.matched.get(bare(word))!)));
  }

  reset() {
    this.items = [];
    this.active = -1;
    this.list.replaceChildren();
    this.input.removeAttribute('aria-activedescendant');
    this.input.setAttribute('aria-expanded', 'false');
    this.moreButton.hidden = true;
  }

  titleHolds(title: string): boolean {
    const squash = (t: string) => yo(t.toLocaleLowerCase(this.s.tag)).replace(/[^\p{L}\p{N}]/gu, '');
    const q = squash(this.words.join(''));
    return q.length >= MIN_MATCH && squash(title).includes(q);
  }

  /**
   * The query is one of the result's own keywords, as typed (case and spaces
   * aside): its authors declared that this template, category or guide is
   * what people mean by those words.
   */
  keywordHit(keywords: string | undefined): boolean {
    if (!keywords) return false;
    // Thai is typed without spaces and segmented into words here: compare it without them.
    const norm = (t: string) => yo(t.toLocaleLowerCase(this.s.tag)).replace(/\s+/g, thai.test(t) ? '' : ' ').trim();
    const q = norm(this.words.join(' '));
    return q.length > 0 && keywords.split(',').some((k) => norm(k) === q);
  }

  /**
   * Every word typed is in one of the result's keywords, give or take an
   * ending (Bulgarian, Slovenian and Thai have no stemmer in Pagefind, so
   * `потвърждението` must still meet the keyword `потвърждение за …`), in any
   * order: "refund card not received" is covered by "refund not received on
   * card". A keyword is a whole thing people say about this template, so a
   * result that holds the query in one keyword is what was meant, more than
   * one that holds the words scattered through a FAQ. Thai keywords are
   * compared without spaces, the query's segments each inside one keyword.
   */
  keywordCovers(keywords: string | undefined): number {
    if (!keywords) return 0;
    const words = tellingWords(this.words).map(bare);
    if (words.length === 0) return 0;
    let best = 0;
    for (const keyword of keywords.split(',')) {
      const k = yo(keyword.toLocaleLowerCase(this.s.tag));
      const joined = k.replace(/\s+/g, '');
      const kws = k.split(/\s+/).map(bare);
      const held = words.filter((w) => (thai.test(w) ? joined.includes(w) : kws.some((kw) => sameWord(w, kw)))).length;
      best = Math.max(best, held);
    }
    return best === words.length ? 2 : words.length >= 3 && best === words.length - 1 ? 0.5 : 0;
  }

  /** Two or more words, each starting a word of the title, give or take an ending (email/emails). */
  titleHasWords(title: string): boolean {
    const lower = title.toLocaleLowerCase(this.s.tag);
    const words = tellingWords(this.words).map(bare);
    const titleWords = lower.split(/\s+/).map(bare);
    const inTitle = (w: string) => (thai.test(w) ? lower.includes(w) : titleWords.some((t) => sameWord(w, t)));
    return words.length >= 2 && words.every(inTitle);
  }

  /** One item per result: a template record opens its anchor; a page opens itself or its best section. */
  item(page: ResultData): Item {
    const title = page.meta.title ?? page.url;
    if (page.meta.href) {
      const base = (this.form.dataset.base ?? '/').replace(/\/$/, '');
      return { title, page: page.meta.category ?? '', url: `${base}${page.meta.href}`, excerpt: page.excerpt };
    }
    // A page whose title holds every word typed is what was asked for (a category or guide by name).
    const titleHit = this.words.length > 0 && this.words.every((w) => title.toLocaleLowerCase(this.s.tag).includes(w));
    const best = titleHit ? undefined : [...page.sub_results].sort((a, b) => score(b) - score(a))[0];
    return best && best.url !== page.url ? { title: best.title, page: title, url: best.url, excerpt: best.excerpt } : { title, page: '', url: page.url, excerpt: page.excerpt };
  }

  async more(run: number, fresh = false) {
    const batch = this.pending.splice(0, BATCH);
    const pages = await this.serial(() => Promise.all(batch.map((r) => r.data())));
    if (run !== this.run) return;
    if (fresh) this.reset();
    const items: Item[] = pages.map((page) => this.item(page));
    // What was asked for by name goes first: a title holding the whole query
    // ("Refund approved", a Thai title typed without spaces) or one of the
    // result's keywords typed exactly ("dunning emails"), or a category or
    // guide whose title holds every word typed ("subscription cancellation emails").
    if (fresh) {
      const boost = (item: Item, i: number) =>
        this.titleHolds(item.title) || this.keywordHit(pages[i]!.meta.keywords)
          ? 3
          : Math.max(this.keywordCovers(pages[i]!.meta.keywords), !pages[i]!.meta.href && this.titleHasWords(item.title) ? 1 : 0);
      const order = items.map((item, i) => ({ item, rank: boost(item, i), i }));
      order.sort((a, b) => b.rank - a.rank || a.i - b.i);
      items.splice(0, items.length, ...order.map((o) => o.item));
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
