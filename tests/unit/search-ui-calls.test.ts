/**
 * How the dialog drives Pagefind for a query of several words
 * (src/scripts/search-ui.ts, find): every word's index chunks are preloaded
 * at once before any search, searches never overlap (two in flight mix up
 * their word positions in Pagefind 1.6), and a word is searched once however
 * many steps need it (the word check and the ranking), and not again when the
 * next query repeats it. A fake Pagefind records the calls; no DOM is needed.
 */
import { describe, expect, it } from 'vitest';
import { SearchUI } from '../../src/scripts/search-ui.ts';

type Call = { kind: 'preload' | 'search' | 'data'; q: string; at: number };

/** A Pagefind that knows each word as a page of its own and logs every call, with how many searches were in flight. */
function fakePagefind() {
  const calls: Call[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  let tick = 0;
  const pause = () => new Promise((r) => setTimeout(r, 1));
  const pf = {
    async options() {},
    async filters() {
      return {};
    },
    async preload(q: string) {
      calls.push({ kind: 'preload', q, at: tick++ });
      await pause();
    },
    async search(q: string) {
      calls.push({ kind: 'search', q, at: tick++ });
      maxInFlight = Math.max(maxInFlight, ++inFlight);
      await pause();
      inFlight--;
      const words = q.split(' ');
      return {
        results: words.map((w) => ({
          id: w,
          score: 1,
          data: async () => {
            calls.push({ kind: 'data', q: w, at: tick++ });
            return { url: `/${w}/`, excerpt: '', content: w, locations: [0], meta: { title: w }, sub_results: [] };
          },
        })),
      };
    },
  };
  return { pf, calls, maxInFlight: () => maxInFlight };
}

function bareUI(tag = 'bg'): SearchUI {
  const ui = Object.create(SearchUI.prototype) as SearchUI;
  Object.assign(ui, { s: { tag }, queue: Promise.resolve(), matched: new Map(), searches: new Map() });
  return ui;
}

describe('the dialog’s Pagefind calls for several words', () => {
  it('preloads every word before the first search, never overlaps searches, and searches each word once', async () => {
    const { pf, calls, maxInFlight } = fakePagefind();
    const ui = bareUI();
    const { results, dropped } = await ui.find(pf as never, 'отказан възстановяване сума', {});
    expect(dropped).toEqual([]);
    expect(results.map((r) => r.id).sort()).toEqual(['възстановяване', 'отказан', 'сума']);
    const firstSearch = calls.findIndex((c) => c.kind === 'search');
    expect(calls.slice(0, firstSearch).filter((c) => c.kind === 'preload').map((c) => c.q).sort()).toEqual(['възстановяване', 'отказан', 'сума']);
    expect(maxInFlight()).toBe(1);
    const searches = calls.filter((c) => c.kind === 'search').map((c) => c.q);
    expect(searches.sort()).toEqual(['възстановяване', 'отказан', 'сума']);
    // The word check reads every word's first result in one turn, after the searches, not one search and data() per word.
    const firstData = calls.findIndex((c) => c.kind === 'data');
    expect(calls.slice(firstData).filter((c) => c.kind === 'search')).toEqual([]);
  });

  it('reads a page that is the first result of several words once per word, not at the same time (Pagefind shares one object per page)', async () => {
    const { pf } = fakePagefind();
    // Both words find the same page first; its data() writes the positions of the search it came from into one shared object.
    const shared = { url: '/p/', excerpt: '', content: 'отказан сума', locations: [] as number[], meta: { title: 'p' }, sub_results: [] };
    let reading = 0;
    let overlapped = false;
    const page = (locations: number[]) => ({
      id: 'p',
      score: 1,
      data: async () => {
        overlapped ||= reading > 0;
        reading++;
        await new Promise((r) => setTimeout(r, 1));
        shared.locations = locations;
        reading--;
        return shared;
      },
    });
    pf.search = async (q: string) => ({ results: [page(q === 'отказан' ? [0] : [1])] });
    const ui = bareUI();
    const { dropped } = await ui.find(pf as never, 'отказан сума', {});
    expect(overlapped).toBe(false);
    expect(dropped).toEqual([]);
  });

  it('does not search a word again for the next query that repeats it', async () => {
    const { pf, calls } = fakePagefind();
    const ui = bareUI();
    await ui.find(pf as never, 'отказан възстановяване', {});
    const before = calls.filter((c) => c.kind === 'search').length;
    await ui.find(pf as never, 'отказан възстановяване сума', {});
    expect(calls.filter((c) => c.kind === 'search').slice(before).map((c) => c.q)).toEqual(['сума']);
  });

  it('searches a word again under another category filter', async () => {
    const { pf, calls } = fakePagefind();
    const ui = bareUI();
    await ui.find(pf as never, 'отказан сума', {});
    await ui.find(pf as never, 'отказан сума', { filters: { category: 'Възстановявания' } });
    expect(calls.filter((c) => c.kind === 'search' && c.q === 'отказан').length).toBe(2);
  });
});
