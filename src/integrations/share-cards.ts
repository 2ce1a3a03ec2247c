import type { AstroIntegration } from 'astro';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'node-html-parser';
import { listFiles } from '../lib/fs/files.ts';
import { CardCache, defaultCacheDir } from '../lib/share-card/cache.ts';
import type { CardInput } from '../lib/share-card/card.ts';
import { releaseRenderMemory } from '../lib/share-card/memory.ts';
import { uncovered } from '../lib/share-card/layout.ts';

/** What one built page asks for: the card file it names in og:image and the text to draw. */
export interface CardRequest {
  page: string;
  file: string;
  input: CardInput;
}

/**
 * Reads every built page's <head> and returns the cards they declare. Any
 * page whose head has og:image under `${site}${base}og/` gets a card, so a
 * new page type that uses BaseLayout (or components/SocialMeta.astro) needs
 * nothing here.
 */
export function cardRequests(root: string, origin: string, base: string): CardRequest[] {
  const prefix = `${origin}${base.replace(/\/?$/, '/')}`;
  const out = new Map<string, CardRequest>();
  for (const file of listFiles(root).filter((f) => f.endsWith('.html'))) {
    const html = readFileSync(file, 'utf8');
    const head = parse(html.slice(0, html.indexOf('</head>') + 7));
    const meta = (p: string) => head.querySelector(`meta[property="${p}"]`)?.getAttribute('content');
    const image = meta('og:image');
    if (!image) continue;
    const page = relative(root, file);
    if (!image.startsWith(`${prefix}og/`)) {
      throw new Error(`${page}: og:image is ${image}, expected a card under ${prefix}og/ (SITE and BASE of this build).`);
    }
    const htmlEl = head.querySelector('html');
    const input: CardInput = {
      title: meta('og:title') ?? '',
      description: meta('og:description') ?? '',
      siteName: meta('og:site_name') ?? '',
      lang: htmlEl?.getAttribute('lang') ?? 'en',
      dir: htmlEl?.getAttribute('dir') === 'rtl' ? 'rtl' : 'ltr',
    };
    if (!input.title || !input.siteName) throw new Error(`${page}: has og:image but no og:title or og:site_name to draw on the card.`);
    const target = join(root, decodeURIComponent(image.slice(prefix.length)));
    const earlier = out.get(target);
    if (earlier && JSON.stringify(earlier.input) !== JSON.stringify(input)) {
      throw new Error(`${page} and ${earlier.page} both name ${image} as their card but show different text; give each page its own card path.`);
    }
    out.set(target, { page, file: target, input });
  }
  return [...out.values()];
}

export interface CardRun {
  written: number;
  rendered: number;
  reused: number;
  bytes: number;
  /** Wall time of the whole step: reading the pages, rendering or reusing, writing. */
  ms: number;
}

/** Draws (or reuses) and writes every card the built site at `root` declares. */
export async function writeCards(
  root: string,
  origin: string,
  base: string,
  cache: CardCache,
  warn: (message: string) => void = () => {},
): Promise<CardRun> {
  const started = performance.now();
  const requests = cardRequests(root, origin, base);
  for (const r of requests) {
    const missing = uncovered(`${r.input.siteName}${r.input.title}${r.input.description ?? ''}`);
    if (missing.length) {
      warn(`${r.page}: its share card has no font for ${missing.map((c) => `"${c}" (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`).join(', ')}, drawn as empty boxes; add a Noto family for it in src/lib/share-card/fonts.ts or leave it out of the title and description.`);
    }
  }
  let bytes = 0;
  for (const r of requests) {
    const rendered = cache.stats.rendered;
    const png = cache.get(r.input);
    if (cache.stats.rendered !== rendered && cache.stats.rendered % 10 === 0) await releaseRenderMemory();
    mkdirSync(dirname(r.file), { recursive: true });
    writeFileSync(r.file, png);
    bytes += png.length;
  }
  return { written: requests.length, rendered: cache.stats.rendered, reused: cache.stats.reused, bytes, ms: performance.now() - started };
}

/**
 * Writes one 1200×630 PNG per built page (src/lib/share-card/), once per
 * build, after Astro has written the pages: pages only declare their card's
 * URL. Unchanged cards come from the cache (node_modules/.cache/mailkit-og/,
 * or SHARE_CARD_CACHE), so a rebuild re-renders only what changed.
 */
export function shareCards(options: { cacheDir?: string } = {}): AstroIntegration {
  let origin = '';
  let base = '/';
  return {
    name: 'mailkit:share-cards',
    hooks: {
      'astro:config:done': ({ config }) => {
        origin = new URL(config.site ?? 'http://localhost:4321').origin;
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const cache = new CardCache(options.cacheDir ?? process.env.SHARE_CARD_CACHE ?? defaultCacheDir);
        const run = await writeCards(fileURLToPath(dir), origin, base, cache, (m) => logger.warn(m));
        // One line that tests/unit/share-card-build.test.ts and scripts/bench.ts read back: keep its shape.
        logger.info(
          `share cards: ${run.written} written (${run.rendered} rendered, ${run.reused} from cache) in ${Math.round(run.ms)} ms, ` +
            `${Math.round(run.bytes / Math.max(1, run.written) / 1024)} KB average`,
        );
      },
    },
  };
}
