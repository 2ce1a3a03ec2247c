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

export const DESIGN_VERSION = 2;

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

const svgDocument = (body: string[]) =>
  [
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}" font-family="${families.map((f) => f.name).join(', ')}">`,
    ...body,
    '</svg>',
  ].join('');

/** The card's parts: everything bold (background, site name, title) and the regular description lines. */
function cardParts(input: CardInput): { dir: 'ltr' | 'rtl'; bold: string[]; regular: string[] } {
  const dir = directionOf(input.title, input.dir);
  const { title, description } = layoutCard(input);
  // Text starts at the start edge: the left for ltr, the right for rtl. resvg anchors "start" on the
  // left whatever the direction, so right-to-left lines are anchored at their end on the right edge.
  const startX = dir === 'rtl' ? CARD_WIDTH - band - pad : band + pad;
  const anchor = dir === 'rtl' ? 'direction="rtl" text-anchor="end"' : 'text-anchor="start"';
  const bandX = dir === 'rtl' ? CARD_WIDTH - band : 0;
  const text = (s: string, y: number, size: number, weight: Weight, fill: string) =>
    `<text x="${startX}" y="${y}" font-size="${size}" font-weight="${weight}" fill="${fill}" ${anchor}>${spans(s, weight, dir)}</text>`;
  // The envelope mark beside the site name, mirrored with the layout.
  const markX = dir === 'rtl' ? startX - 56 : startX;
  const nameX = dir === 'rtl' ? startX - 76 : startX + 76;
  const bold = [
    `<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="${colors.bg}"/>`,
    `<rect x="${bandX}" width="${band}" height="${CARD_HEIGHT}" fill="${colors.accent}"/>`,
    `<g transform="translate(${markX} 76)"><rect width="56" height="40" rx="6" fill="${colors.accent}"/><path d="M6 8 L28 24 L50 8" fill="none" stroke="${colors.soft}" stroke-width="4" stroke-linejoin="round" stroke-linecap="round"/></g>`,
    `<text x="${nameX}" y="108" font-size="36" font-weight="700" fill="${colors.accent}" ${anchor}>${spans(input.siteName, 700, dir)}</text>`,
  ];
  let y = titleTop;
  for (const line of title.lines) {
    y += title.lineHeight;
    bold.push(text(line, y - Math.round(title.lineHeight * 0.28), title.size, 700, colors.text));
  }
  const regular: string[] = [];
  if (description) {
    y += 24;
    for (const line of description.lines) {
      y += description.lineHeight;
      regular.push(text(line, y - Math.round(description.lineHeight * 0.3), description.size, 400, colors.muted));
    }
  }
  return { dir, bold, regular };
}

/** The card as one SVG document (fonts referenced by family name; renderCard supplies the files). */
export function cardSvg(input: CardInput): string {
  const { bold, regular } = cardParts(input);
  return svgDocument([...bold, ...regular]);
}

/**
 * Renders a card to PNG with only the fonts its text needs.
 *
 * In a line that holds right-to-left text, resvg 2.6 does not match the
 * weight: every run takes the first loaded face of its family, so "Mailkit"
 * inside a bold Arabic title came out regular. Right-to-left cards are
 * therefore drawn in two passes, each with its weight's faces loaded first:
 * the regular description as a transparent layer, placed as an image in the
 * bold pass. Left-to-right cards take one pass (the weight matches there).
 */
export function renderCard(input: CardInput): Buffer {
  const needed = familiesFor(`${input.siteName} ${input.title} ${input.description ?? ''}`);
  const files = (first: Weight, second: Weight) => [...needed.map((f) => fontFile(f, first)), ...needed.map((f) => fontFile(f, second))];
  const render = (svg: string, first: Weight) =>
    new Resvg(svg, { font: { loadSystemFonts: false, fontFiles: files(first, first === 700 ? 400 : 700), defaultFontFamily: 'Noto Sans' }, fitTo: { mode: 'original' } })
      .render()
      .asPng();
  const { dir, bold, regular } = cardParts(input);
  if (dir === 'ltr' || regular.length === 0) return render(svgDocument([...bold, ...regular]), 700);
  const layer = render(svgDocument(regular), 400);
  return render(svgDocument([...bold, `<image width="${CARD_WIDTH}" height="${CARD_HEIGHT}" xlink:href="data:image/png;base64,${layer.toString('base64')}"/>`]), 700);
}
