/**
 * The fonts a share card may need, one Noto family per script, from npm
 * (@expo-google-fonts/*: the Google Fonts TTFs as published, because resvg
 * reads TrueType/OpenType only, not WOFF or WOFF2).
 *
 * A card loads Noto Sans (Latin, Cyrillic, Greek) always and each other
 * script's family only when its text contains that script, so the 5 MB
 * Japanese font is read only for cards with kana or kanji.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { readFileSync } from 'node:fs';
import * as fontkit from 'fontkit';

const require = createRequire(import.meta.url);

export type Weight = 400 | 700;

export interface Family {
  /** The family name inside the font files, as SVG's font-family names it. */
  readonly name: string;
  readonly pkg: string;
  /** File stem inside the package, e.g. NotoSansThai → 400Regular/NotoSansThai_400Regular.ttf */
  readonly stem: string;
  /** Text that needs this family; undefined = always loaded. */
  readonly script?: RegExp;
}

/** In fallback order: the first family that has a glyph draws it. */
export const families: readonly Family[] = [
  { name: 'Noto Sans', pkg: '@expo-google-fonts/noto-sans', stem: 'NotoSans' },
  { name: 'Noto Sans Thai', pkg: '@expo-google-fonts/noto-sans-thai', stem: 'NotoSansThai', script: /\p{Script=Thai}/u },
  { name: 'Noto Sans Arabic', pkg: '@expo-google-fonts/noto-sans-arabic', stem: 'NotoSansArabic', script: /\p{Script=Arabic}/u },
  {
    name: 'Noto Sans JP',
    pkg: '@expo-google-fonts/noto-sans-jp',
    stem: 'NotoSansJP',
    script: /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]/u,
  },
];

const weightDir: Record<Weight, string> = { 400: '400Regular', 700: '700Bold' };

function packageDir(pkg: string): string {
  return dirname(require.resolve(`${pkg}/package.json`));
}

export function fontFile(family: Family, weight: Weight): string {
  return join(packageDir(family.pkg), weightDir[weight], `${family.stem}_${weightDir[weight]}.ttf`);
}

/** The families a card with this text needs, in fallback order. */
export function familiesFor(text: string): Family[] {
  return families.filter((f) => !f.script || f.script.test(text));
}

/** Package name@version of every family, for the cache key: a font update re-renders every card. */
export function fontVersions(): string[] {
  return families.map((f) => {
    const { version } = JSON.parse(readFileSync(join(packageDir(f.pkg), 'package.json'), 'utf8')) as { version: string };
    return `${f.pkg}@${version}`;
  });
}

const opened = new Map<string, fontkit.Font>();

/** fontkit's view of one font file (for measuring), opened once per process. */
export function openFont(family: Family, weight: Weight): fontkit.Font {
  const file = fontFile(family, weight);
  let font = opened.get(file);
  if (!font) {
    const f = fontkit.openSync(file);
    if (!('layout' in f)) throw new Error(`${file} is a font collection; share cards need a single font.`);
    font = f as fontkit.Font;
    opened.set(file, font);
  }
  return font;
}
