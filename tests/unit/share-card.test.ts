/**
 * Share cards: line breaking in spaced and unspaced scripts, direction,
 * the PNG itself (size, dimensions, only the fonts a card needs), the card
 * paths pages declare, and the <title> length rule.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { breakUnits, directionOf, measure, uncovered, wrap } from '../../src/lib/share-card/layout.ts';
import { cardSvg, renderCard, type CardInput } from '../../src/lib/share-card/card.ts';
import { familiesFor } from '../../src/lib/share-card/fonts.ts';
import { CardCache, cardKey } from '../../src/lib/share-card/cache.ts';
import { cardPath } from '../../src/lib/share-card/path.ts';
import { cardRequests, writeCards } from '../../src/integrations/share-cards.ts';
import { documentTitle, graphemeCount } from '../../src/lib/seo/title.ts';
import { pngSize } from '../support/png.ts';

const thai = 'เทมเพลตอีเมลแจ้งการคืนเงินที่ลูกค้าเข้าใจได้ทันทีและไม่ต้องถามซ้ำ';
const japanese = '返金リクエストへの返信メールテンプレート：承認・却下・一部返金のすべてに対応';
const long = 'Refund request email templates for every situation your support team meets in a week';

describe('line breaking', () => {
  it('splits unspaced Thai between dictionary words, never before a vowel or tone mark', () => {
    const units = breakUnits(thai, 'th');
    expect(units.join('')).toBe(thai);
    expect(units.length).toBeGreaterThan(8);
    for (const u of units) expect(u, u).not.toMatch(/^\p{M}/u);
    // Words the dictionary knows stay whole.
    expect(units).toContain('ลูกค้า');
  });

  it('breaks spaced text only after spaces or hyphens, keeping an opening bracket with its word', () => {
    expect(breakUnits('Cancel (politely) a follow-up', 'en')).toEqual(['Cancel ', '(politely) ', 'a ', 'follow-', 'up']);
  });

  it('breaks Japanese between words and keeps punctuation on the line before', () => {
    const units = breakUnits(japanese, 'ja');
    expect(units.join('')).toBe(japanese);
    for (const u of units.slice(1)) expect(u).not.toMatch(/^[、。：・）]/u);
  });

  it('wraps a long title into lines that each fit, and refuses when the lines run out', () => {
    const opts = { lang: 'en', size: 64, weight: 700 as const, maxWidth: 1016, maxLines: 4 };
    const lines = wrap(long, opts)!;
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(long);
    for (const line of lines) expect(measure(line, 64, 700)).toBeLessThanOrEqual(1016);
    expect(wrap(long, { ...opts, maxLines: 1 })).toBeNull();
    const th = wrap(thai, { ...opts, lang: 'th' })!;
    expect(th.length).toBeGreaterThan(1);
    expect(th.join('')).toBe(thai);
  });

  it('takes the direction from the first strong character', () => {
    expect(directionOf('قوالب Mailkit')).toBe('rtl');
    expect(directionOf('Mailkit قوالب')).toBe('ltr');
    expect(directionOf('2026', 'rtl')).toBe('rtl');
  });
});

describe('the card', () => {
  const input = (title: string, lang: string, dir: 'ltr' | 'rtl' = 'ltr'): CardInput => ({ title, description: 'A short line.', siteName: 'Mailkit', lang, dir });

  it('is a 1200×630 PNG of reasonable size in every script', () => {
    for (const [title, lang, dir] of [
      [long, 'en'],
      ['Шаблони за имейли при прекратяване на абонамент', 'bg'],
      [thai, 'th'],
      ['قوالب رسائل البريد الإلكتروني لطلبات استرداد الأموال', 'ar', 'rtl'],
      [japanese, 'ja'],
    ] as const) {
      const png = renderCard(input(title, lang, dir));
      expect(pngSize(png), lang).toEqual({ width: 1200, height: 630 });
      expect(png.length, lang).toBeLessThan(120_000);
    }
  });

  it('has a font for every character of our languages, and names the ones it lacks', () => {
    expect(uncovered(`${long} Шаблони Slovenščina € ${thai} قوالب ${japanese} «»—…`)).toEqual([]);
    expect(uncovered('Refunds 📨 ok ᐃᓄᒃᑎᑐᑦ')).toEqual(['📨', 'ᐃ', 'ᓄ', 'ᒃ', 'ᑎ', 'ᑐ', 'ᑦ']);
  });

  it('loads the Japanese font only for cards with Japanese text', () => {
    expect(familiesFor(`Mailkit ${long}`).map((f) => f.name)).toEqual(['Noto Sans']);
    expect(familiesFor(`Mailkit ${japanese}`).map((f) => f.name)).toEqual(['Noto Sans', 'Noto Sans JP']);
    expect(familiesFor(`Mailkit ${thai}`).map((f) => f.name)).toEqual(['Noto Sans', 'Noto Sans Thai']);
  });

  it('mirrors for right-to-left titles and escapes the text', () => {
    const svg = cardSvg(input('قوالب <b>&', 'ar', 'rtl'));
    expect(svg).toContain('direction="rtl" text-anchor="end"');
    expect(svg).toContain('&#60;b&#62;&#38;');
    expect(svg).not.toContain('<b>');
    expect(cardSvg(input('Templates', 'en'))).not.toContain('rtl');
  });
});

describe('the cache', () => {
  it('renders each distinct input once and re-renders when the text changes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mailkit-og-'));
    try {
      const a: CardInput = { title: 'Refund request email templates', siteName: 'Mailkit', lang: 'en', dir: 'ltr' };
      const first = new CardCache(dir);
      const png = first.get(a);
      expect(first.stats).toMatchObject({ rendered: 1, reused: 0 });
      const second = new CardCache(dir);
      expect(second.get(a).equals(png)).toBe(true);
      second.get({ ...a, title: 'Refund templates' });
      expect(second.stats).toMatchObject({ rendered: 1, reused: 1 });
      expect(cardKey({ ...a, lang: 'en-GB' })).not.toBe(cardKey(a));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('card paths', () => {
  it('give every page its own file', () => {
    expect(cardPath('/')).toBe('/og/index.png');
    expect(cardPath('/en/')).toBe('/og/en.png');
    expect(cardPath('/en/refund-requests/')).toBe('/og/en/refund-requests.png');
    expect(cardPath('/en/guides/')).toBe('/og/en/guides.png');
    expect(cardPath('/en/guides/x/')).toBe('/og/en/guides/x.png');
    expect(cardPath('/en/404.html')).toBe('/og/en/404.png');
    expect(cardPath('/en/404')).toBe('/og/en/404.png');
  });
});

describe('<title>', () => {
  it('counts graphemes, so Thai vowels and tone marks do not count twice', () => {
    expect(graphemeCount('ที่')).toBe(1);
    expect(graphemeCount('Mailkit')).toBe(7);
  });

  it('keeps the site name while the whole fits in 60, drops it after, and rejects a title over 60', () => {
    expect(documentTitle('Refund templates', 'Mailkit', '/en/x/')).toBe('Refund templates · Mailkit');
    const fifty5 = 'x'.repeat(55);
    expect(documentTitle(fifty5, 'Mailkit', '/en/x/')).toBe(fifty5);
    expect(() => documentTitle('x'.repeat(61), 'Mailkit', '/en/x/')).toThrow(/\/en\/x\/: the title .* is 61 characters.*Shorten/);
  });
});

describe('reading the built pages', () => {
  const head = (image: string, title = 'Refunds') =>
    `<!doctype html><html lang="th" dir="ltr"><head><title>x</title><meta property="og:site_name" content="Mailkit"><meta property="og:title" content="${title}"><meta property="og:description" content="d"><meta property="og:image" content="${image}"></head><body></body></html>`;
  const site = (pages: Record<string, string>) => {
    const dir = mkdtempSync(join(tmpdir(), 'mailkit-pages-'));
    for (const [path, html] of Object.entries(pages)) {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), html);
    }
    return dir;
  };

  it('takes each card from its page head, under SITE and BASE', () => {
    const dir = site({ 'th/index.html': head('https://example.org/sub/og/th.png'), 'index.html': '<html><head></head></html>' });
    try {
      const [req, ...rest] = cardRequests(dir, 'https://example.org', '/sub');
      expect(rest).toEqual([]);
      expect(req!.file).toBe(join(dir, 'og', 'th.png'));
      expect(req!.input).toEqual({ title: 'Refunds', description: 'd', siteName: 'Mailkit', lang: 'th', dir: 'ltr' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a card on another host, and two pages that claim one card with different text', () => {
    const other = site({ 'en/index.html': head('https://cdn.example.net/og/en.png') });
    const clash = site({ 'en/a/index.html': head('https://example.org/og/en.png', 'A'), 'en/b/index.html': head('https://example.org/og/en.png', 'B') });
    try {
      expect(() => cardRequests(other, 'https://example.org', '/')).toThrow(/en\/index\.html: og:image is https:\/\/cdn\.example\.net\/og\/en\.png, expected a card under https:\/\/example\.org\/og\//);
      expect(() => cardRequests(clash, 'https://example.org', '/')).toThrow(/both name https:\/\/example\.org\/og\/en\.png as their card/);
    } finally {
      rmSync(other, { recursive: true, force: true });
      rmSync(clash, { recursive: true, force: true });
    }
  });

  it('writes each card where its page says, and warns about characters no font covers', async () => {
    const dir = site({ 'en/index.html': head('https://example.org/og/en.png', 'Refunds 📨') });
    const cacheDir = mkdtempSync(join(tmpdir(), 'mailkit-og-'));
    try {
      const warnings: string[] = [];
      const run = await writeCards(dir, 'https://example.org', '/', new CardCache(cacheDir), (m) => warnings.push(m));
      expect(run).toMatchObject({ written: 1, rendered: 1, reused: 0 });
      expect(pngSize(readFileSync(join(dir, 'og', 'en.png')))).toEqual({ width: 1200, height: 630 });
      expect(warnings).toEqual([expect.stringMatching(/^en\/index\.html: its share card has no font for "📨" \(U\+1F4E8\)/)]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
      rmSync(cacheDir, { recursive: true, force: true });
    }
  });
});
