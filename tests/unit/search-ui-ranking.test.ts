/**
 * How the dialog reads a query before and after Pagefind (src/scripts/search-ui.ts):
 * the query's words (ё folded, Thai segmented) and the keyword boost that puts
 * a template whose own keyword holds every word typed, in any order and give
 * or take an ending, ahead of pages that hold the words scattered. No DOM.
 */
import { describe, expect, it } from 'vitest';
import { SearchUI } from '../../src/scripts/search-ui.ts';

function ui(tag: string, query?: string): SearchUI {
  const u = Object.create(SearchUI.prototype) as SearchUI;
  Object.assign(u, { s: { tag }, words: [] });
  if (query !== undefined) u.words = u.wordsOf(query);
  return u;
}

describe('query words', () => {
  it('folds ё into е, which is how the Russian index holds it (a query with ё found nothing)', () => {
    expect(ui('ru').wordsOf('Отменённое  членство')).toEqual(['отмененное', 'членство']);
  });
  it('segments unspaced Thai into words', () => {
    expect(ui('th').wordsOf('ยกเลิกสมาชิก').length).toBeGreaterThan(1);
  });
});

describe('keyword cover', () => {
  it('holds every word in one keyword, in another order and with other endings (Bulgarian has no stemmer)', () => {
    expect(ui('bg', 'потвърждението за анулиране').keywordCovers('отказ, анулиране потвърждение')).toBe(2);
    expect(ui('sl', 'stari ceni').keywordCovers('ohranitev stare cene, nova cena')).toBe(2);
  });
  it('needs the words in one keyword, not spread over two', () => {
    expect(ui('en', 'refund card').keywordCovers('refund approved, card expired')).toBe(0);
  });
  it('gives a lower rank when one of three or more words is missing, and none for two words with one missing', () => {
    expect(ui('sl', 'ostane na stari ceni').keywordCovers('ohranitev stare cene')).toBe(0.5);
    expect(ui('en', 'refund status').keywordCovers('refund approved')).toBe(0);
  });
  it('does not take a short shared start for the same word', () => {
    expect(ui('en', 'charge').keywordCovers('change plan')).toBe(0);
  });
  it('compares Thai without spaces, each segment inside one keyword', () => {
    expect(ui('th', 'ยกเลิกสมาชิก').keywordCovers('ยกเลิก การเป็นสมาชิก')).toBe(2);
    expect(ui('th', 'ยกเลิกสมาชิก').keywordCovers('คืนเงิน')).toBe(0);
  });
});
