/**
 * Line breaking for share cards. SVG has no automatic wrapping, so we break
 * lines ourselves and let resvg draw each line as one <text> (resvg shapes
 * it with rustybuzz and orders it with the Unicode bidi algorithm).
 *
 * Break opportunities come from Intl.Segmenter's word boundaries in the
 * text's language: ICU segments Thai and Japanese with its dictionaries, so
 * unspaced text breaks between words, never inside one (and a Thai vowel or
 * tone mark never leaves its consonant). Widths come from fontkit, which
 * shapes with the same OpenType tables resvg uses.
 */
import type * as fontkit from 'fontkit';
import { families, familiesFor, openFont, type Family, type Weight } from './fonts.ts';

/** Scripts written without spaces between words: a line may break between any two of their words. */
const unspaced = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]/u;
const breakAfter = /[\s\-‐–—/]$/u;
/** Opening brackets and quotes stay with the word that follows. */
const opening = /[\p{Ps}\p{Pi}]$/u;

/** Splits text into the smallest pieces a line may start with, in logical order. */
export function breakUnits(text: string, lang: string): string[] {
  const units: string[] = [];
  let current = '';
  for (const { segment, isWordLike } of new Intl.Segmenter(lang, { granularity: 'word' }).segment(text)) {
    // A line may start with a word or an opening bracket, never with a space, comma or closing mark.
    const canStartLine = isWordLike === true || /^[\p{Ps}\p{Pi}]/u.test(segment);
    const canBreak =
      current !== '' &&
      canStartLine &&
      !opening.test(current) &&
      (breakAfter.test(current) || unspaced.test(current.slice(-1)) || unspaced.test(segment[0]!));
    if (canBreak) {
      units.push(current);
      current = '';
    }
    current += segment;
  }
  if (current) units.push(current);
  return units;
}

/**
 * Splits text into runs by the first family (in fallback order) with a glyph
 * for each character. The card names each run's family itself: left to its
 * own fallback, resvg draws missing characters from a regular-weight face.
 */
export function fontRuns(text: string, weight: Weight): { family: Family; font: fontkit.Font; text: string }[] {
  const fams = familiesFor(text).map((family) => ({ family, font: openFont(family, weight) }));
  const runs: { family: Family; font: fontkit.Font; text: string }[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    const last = runs.at(-1);
    // Marks, joiners and spaces stay in the current run so shaping sees whole clusters.
    const pick = last && /[\p{M}\u200c\u200d\s]/u.test(ch) ? last : (fams.find((f) => f.font.hasGlyphForCodePoint(cp)) ?? fams[0]!);
    if (last && last.family === pick.family) last.text += ch;
    else runs.push({ ...pick, text: ch });
  }
  return runs;
}

/**
 * Characters no card font can draw (an emoji, a script we have no family
 * for): they would show as empty boxes, so the build warns about them.
 */
export function uncovered(text: string): string[] {
  const missing = new Set<string>();
  for (const ch of text) {
    if (/[\s\p{M}\p{Cc}\p{Cf}]/u.test(ch)) continue;
    const cp = ch.codePointAt(0)!;
    // In fallback order, opening a font only when the ones before it lack the character.
    if (!families.some((f) => openFont(f, 400).hasGlyphForCodePoint(cp))) missing.add(ch);
  }
  return [...missing];
}

/** Shaped widths in em, per weight and text: shaping is the slow part, and words recur across cards and sizes. */
const emWidths = new Map<string, number>();

/** The shaped advance width of text at a font size. */
export function measure(text: string, size: number, weight: Weight): number {
  const key = `${weight}\u0000${text}`;
  let em = emWidths.get(key);
  if (em === undefined) {
    em = fontRuns(text, weight).reduce((sum, r) => sum + r.font.layout(r.text).advanceWidth / r.font.unitsPerEm, 0);
    emWidths.set(key, em);
  }
  return em * size;
}

const graphemes = (s: string) => [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(s)].map((g) => g.segment);

/**
 * Greedy line filling. Returns null when the text needs more than maxLines
 * lines, so the caller can try a smaller size. A single unit wider than the
 * line (a very long word) is split between graphemes as a last resort.
 */
export function wrap(text: string, opts: { lang: string; size: number; weight: Weight; maxWidth: number; maxLines: number }): string[] | null {
  const { lang, size, weight, maxWidth, maxLines } = opts;
  // Widths of pieces, summed: a line is never shaped across a break opportunity anyway
  // (the break falls at a space or between words), and measuring each piece once keeps
  // the layout linear in the text's length.
  const widths = new Map<string, number>();
  const width = (s: string) => {
    let w = widths.get(s);
    if (w === undefined) widths.set(s, (w = measure(s, size, weight)));
    return w;
  };
  const lines: string[] = [];
  let line = '';
  let lineWidth = 0;
  const push = () => {
    if (line.trim()) lines.push(line.trimEnd());
    line = '';
    lineWidth = 0;
  };
  const add = (piece: string) => {
    line += piece;
    lineWidth += width(piece);
  };
  for (const unit of breakUnits(text.replace(/\s+/g, ' ').trim(), lang)) {
    if (lineWidth + width(unit.trimEnd()) <= maxWidth) {
      add(unit);
      continue;
    }
    push();
    if (width(unit.trimEnd()) <= maxWidth) {
      add(unit);
      continue;
    }
    for (const g of graphemes(unit)) {
      if (line && lineWidth + width(g) > maxWidth) push();
      add(g);
    }
  }
  push();
  return lines.length <= maxLines ? lines : null;
}

/** Paragraph direction from the first strong character (the Unicode bidi rule P2), for the card's alignment. */
export function directionOf(text: string, fallback: 'ltr' | 'rtl' = 'ltr'): 'ltr' | 'rtl' {
  const m = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}]|\p{L}/u.exec(text);
  if (!m) return fallback;
  return /\p{L}/u.test(m[0]) && !/[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}]/u.test(m[0]) ? 'ltr' : 'rtl';
}
