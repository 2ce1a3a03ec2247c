/**
 * Share cards cached by a hash of everything that decides their pixels: the
 * text, language and direction, the design version, the font packages'
 * versions and resvg's version. An unchanged page is copied from the cache,
 * not rendered again; a changed title, a new design or a font update gives
 * a new key. Old entries are never read again and cost only disk space
 * (`rm -rf node_modules/.cache/mailkit-og` clears them).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { DESIGN_VERSION, renderCard, type CardInput } from './card.ts';
import { fontVersions } from './fonts.ts';

export const defaultCacheDir = join(process.cwd(), 'node_modules', '.cache', 'mailkit-og');

const resvgVersion = (createRequire(import.meta.url)('@resvg/resvg-js/package.json') as { version: string }).version;
let fonts: string[] | undefined;

export function cardKey(input: CardInput): string {
  fonts ??= fontVersions();
  const { title, description = '', siteName, lang, dir } = input;
  return createHash('sha256')
    .update(JSON.stringify({ design: DESIGN_VERSION, resvg: resvgVersion, fonts, title, description, siteName, lang, dir }))
    .digest('hex')
    .slice(0, 32);
}

export interface CardStats {
  rendered: number;
  reused: number;
}

export class CardCache {
  readonly stats: CardStats = { rendered: 0, reused: 0 };
  readonly dir: string;
  constructor(dir: string = defaultCacheDir) {
    this.dir = dir;
    mkdirSync(dir, { recursive: true });
  }

  /** The card's PNG, from the cache when its inputs were rendered before. */
  get(input: CardInput): Buffer {
    const file = join(this.dir, `${cardKey(input)}.png`);
    if (existsSync(file)) {
      this.stats.reused++;
      return readFileSync(file);
    }
    const png = renderCard(input);
    this.stats.rendered++;
    // Write then rename, so a build stopped mid-write never leaves a torn PNG to be reused.
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, png);
    renameSync(tmp, file);
    return png;
  }
}
