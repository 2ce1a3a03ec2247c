/**
 * One share card (the picture Slack, Teams, LinkedIn or WhatsApp show for a
 * link): 1200×630, the site name, the page title large, and the description
 * when it fits whole. Drawn as SVG and rasterized by resvg, which shapes
 * every line with rustybuzz (Arabic joining, Thai mark placement) and lays
 * out mixed-direction text with the Unicode bidi algorithm; the layout
 * mirrors for right-to-left titles.
 *
 * Bump DESIGN_VERSION whenever the picture changes: it is part of the cache key.
 */
import { Resvg } from '@resvg/resvg-js';
import { families, familiesFor, fontFile, type Weight } from './fonts.ts';
import { directionOf, fontRuns, wrap } from './layout.ts';
import { CARD_HEIGHT, CARD_WIDTH } from './path.ts';

export { CARD_HEIGHT, CARD_WIDTH };

export const DESIGN_VERSION = 1;

export interface CardInput {
  /** The page title, without the site name. */
  title: string;
  /** Shown under the title only when it fits whole in three lines. */
  description?: string;
  siteName: string;
  /** BCP-47 tag of the page, for word breaking. */
  lang: string;
  /** The page's direction, used when the title has no strong character. */
  dir: 'ltr' | 'rtl';
}

const colors = { bg: '#fbfaf7', text: '#1f2328', muted: '#59606a', accent: '#0b5a8f', soft: '#e6f0f7' };
const band = 24;
const pad = 80;
const textWidth = CARD_WIDTH - band - 2 * pad;
const titleTop = 170;
const bottom = CARD_HEIGHT - 56;
const titleSizes = [64, 58, 52, 46, 40] as const;
const descSize = 30;

const escapeXml = (s: string) => s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

interface Block {
  lines: string[];
  size: number;
  lineHeight: number;
}

/** Thai stacks vowels and tone marks above and below; Arabic has deep descenders: both get more leading. */
const leading = (text: string) => (/[\p{Script=Thai}\p{Script=Arabic}]/u.test(text) ? 1.35 : 1.2);

function layoutCard(input: CardInput): { title: Block; description?: Block } {
  const lang = input.lang;
  for (const size of titleSizes) {
    const lineHeight = Math.round(size * leading(input.title));
    const maxLines = Math.floor((bottom - titleTop) / lineHeight);
    const lines = wrap(input.title, { lang, size, weight: 700, maxWidth: textWidth, maxLines });
    if (!lines) continue;
    const title = { lines, size, lineHeight };
    const room = bottom - titleTop - lines.length * lineHeight - 24;
    const descLineHeight = Math.round(descSize * (leading(input.description ?? '') + 0.2));
    const maxDescLines = Math.min(3, Math.floor(room / descLineHeight));
    const desc = input.description && maxDescLines > 0 ? wrap(input.description, { lang, size: descSize, weight: 400, maxWidth: textWidth, maxLines: maxDescLines }) : null;
    return desc ? { title, description: { lines: desc, size: descSize, lineHeight: descLineHeight } } : { title };
  }
  throw new Error(`Share card: the title "${input.title}" does not fit in the card even at ${titleSizes.at(-1)}px; shorten it.`);
}

/**
 * A line's runs, each in its own family. resvg lays a line out as a
 * left-to-right paragraph whatever `direction` says, so a right-to-left line
 * is wrapped in RIGHT-TO-LEFT EMBEDDING … POP DIRECTIONAL FORMATTING: the
 * bidi algorithm then orders it as an RTL paragraph ("Mailkit" or a final
 * full stop inside Arabic land at the left end, where they belong).
 */
function spans(line: string, weight: Weight, dir: 'ltr' | 'rtl'): string {
  const runs = fontRuns(line, weight);
  if (dir === 'rtl') {
    // Inside the runs, not around them: text outside a <tspan> shifts resvg's span styles.
    runs[0]!.text = `\u202b${runs[0]!.text}`;
    runs.at(-1)!.text += '\u202c';
  }
  return runs.map((r) => `<tspan font-family="${r.family.name}">${escapeXml(r.text)}</tspan>`).join('');
}

/** The card as an SVG document (fonts referenced by family name; renderCard supplies the files). */
export function cardSvg(input: CardInput): string {
  const dir = directionOf(input.title, input.dir);
  const { title, description } = layoutCard(input);
  const names = families.map((f) => f.name).join(', ');
  // Text starts at the start edge: the left for ltr, the right for rtl. resvg anchors "start" on the
  // left whatever the direction, so right-to-left lines are anchored at their end on the right edge;
  // direction="rtl" still sets the bidi paragraph level, so "Mailkit" inside Arabic lands in order.
  const startX = dir === 'rtl' ? CARD_WIDTH - band - pad : band + pad;
  const anchor = dir === 'rtl' ? 'direction="rtl" text-anchor="end"' : 'text-anchor="start"';
  const bandX = dir === 'rtl' ? CARD_WIDTH - band : 0;
  const text = (s: string, y: number, size: number, weight: Weight, fill: string) =>
    `<text x="${startX}" y="${y}" font-size="${size}" font-weight="${weight}" fill="${fill}" ${anchor}>${spans(s, weight, dir)}</text>`;
  const parts: string[] = [];
  let y = titleTop;
  for (const line of title.lines) {
    y += title.lineHeight;
    parts.push(text(line, y - Math.round(title.lineHeight * 0.28), title.size, 700, colors.text));
  }
  if (description) {
    y += 24;
    for (const line of description.lines) {
      y += description.lineHeight;
      parts.push(text(line, y - Math.round(description.lineHeight * 0.3), description.size, 400, colors.muted));
    }
  }
  // The envelope mark beside the site name, mirrored with the layout.
  const markX = dir === 'rtl' ? startX - 56 : startX;
  const nameX = dir === 'rtl' ? startX - 76 : startX + 76;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}" font-family="${names}">`,
    `<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="${colors.bg}"/>`,
    `<rect x="${bandX}" width="${band}" height="${CARD_HEIGHT}" fill="${colors.accent}"/>`,
    `<g transform="translate(${markX} 76)"><rect width="56" height="40" rx="6" fill="${colors.accent}"/><path d="M6 8 L28 24 L50 8" fill="none" stroke="${colors.soft}" stroke-width="4" stroke-linejoin="round" stroke-linecap="round"/></g>`,
    `<text x="${nameX}" y="108" font-size="36" font-weight="700" fill="${colors.accent}" ${anchor}>${spans(input.siteName, 700, dir)}</text>`,
    ...parts,
    '</svg>',
  ].join('');
}

/** Renders a card to PNG with only the fonts its text needs. */
export function renderCard(input: CardInput): Buffer {
  const needed = familiesFor(`${input.siteName} ${input.title} ${input.description ?? ''}`);
  const resvg = new Resvg(cardSvg(input), {
    font: {
      loadSystemFonts: false,
      fontFiles: needed.flatMap((f) => [fontFile(f, 400), fontFile(f, 700)]),
      defaultFontFamily: 'Noto Sans',
    },
    fitTo: { mode: 'original' },
  });
  return resvg.render().asPng();
}
